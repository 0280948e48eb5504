import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishingEnv } from '../../tools/publishing-env';
import { itHasNoAxeViolationsInEitherScheme } from '../support/axe';
import { useServedSite } from '../support/browser';
import { buildFixture } from '../support/build-fixture';
import { sitePaths } from '../support/site';
import { visit, type Visit } from '../support/visit';

/** tests/fixtures/trust-signals (see tests/built/trust-signals.test.ts), read in a browser. */
const build = buildFixture('trust-signals', { BUILD_TIME: '2026-12-01T00:00:00Z' });
if (!build.published) throw new Error(`The fixture did not build:\n${build.output}`);

const corrected = '/opinion/regional-reform-still-matters/';
const withdrawn = ['/opinion/taken-down-op-ed/', '/opinion/column-we-took-down/'];
const site = useServedSite(build.outDir);

describe.each([...sitePaths(build.outDir), ...withdrawn])('%s', (path) => {
  let visited: Visit;
  beforeAll(async () => {
    visited = await visit(site.browser, site.origin, path, { viewport: { width: 320, height: 640 } });
  });
  afterAll(() => visited?.close());

  itHasNoAxeViolationsInEitherScheme(() => visited.page);
});

describe('an old address in a browser', () => {
  it('lands the reader on the op-ed at once, with no script', async () => {
    const visited = await visit(site.browser, site.origin, '/opinion/regional-reform-matters/', {
      javaScriptEnabled: false,
    });
    try {
      await visited.page.waitForURL(`${site.origin}${corrected}`);
      expect(await visited.page.locator('h1').textContent()).toBe('Why regional reform still matters');
    } finally {
      await visited.close();
    }
  });
});

describe('the age notice', () => {
  it('is read once, before the headline', async () => {
    const visited = await visit(site.browser, site.origin, corrected);
    try {
      const header = await visited.page.locator('article header').ariaSnapshot();
      expect(header.match(/published in March 2024/g)).toHaveLength(1);
      expect(header.indexOf('published in March 2024')).toBeLessThan(header.indexOf('heading'));
    } finally {
      await visited.close();
    }
  });
});

describe('Lighthouse', () => {
  it.each([corrected, withdrawn[0]!])(
    'passes on %s',
    (path) => {
      const run = spawnSync(process.execPath, ['tools/gates/lighthouse.mjs', build.outDir, path], {
        encoding: 'utf-8',
        env: publishingEnv(process.env),
      });
      expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    },
    600_000,
  );
});
