import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import siteConfig from '../../astro.config.mjs';
import { assertBuilt, distDir, listFiles } from '../support/site';

/** The CMS (npm run cms) lives in tools/cms/ and loads only with its own config; the published site never has it. */
describe('the published site has no CMS in it', () => {
  assertBuilt();
  const files = listFiles(distDir);

  it('is built with no adapter and no React or Keystatic integration', () => {
    expect(siteConfig.adapter).toBeUndefined();
    const names = [siteConfig.integrations ?? []]
      .flat(2)
      .flatMap((integration) => (integration ? [integration.name] : []));
    expect(names.filter((name) => /react|keystatic/i.test(name))).toEqual([]);
  });

  it('has no CMS page or API', () => {
    expect(files.filter((file) => /keystatic/i.test(file))).toEqual([]);
  });

  it('mentions neither Keystatic nor React in any page, script, stylesheet or feed', () => {
    const text = files.filter((file) => /\.(html|js|mjs|css|xml|json|txt|webmanifest)$/.test(file));
    expect(text.length).toBeGreaterThan(0);
    const mentioning = text.filter((file) =>
      /keystatic|react-dom|astro-island/i.test(readFileSync(join(distDir, file), 'utf-8')),
    );
    expect(mentioning).toEqual([]);
  });
});
