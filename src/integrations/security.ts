import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sourcesFingerprint } from '../lib/build-fingerprint.ts';
import { renderHeadersFile } from '../lib/deploy/headers-file.ts';
import { describeUnsafeMarkup, findUnsafeMarkup, type UnsafeMarkup } from '../lib/security/output-safety.ts';
import { CleanVerdicts } from '../lib/clean-verdicts.ts';

/** What decides a verdict besides the file itself: the rules and the HTML parser's version. */
const CHECKER_SOURCES = ['src/lib/security', 'package-lock.json'];

/**
 * After the build: refuses to publish markup that could run code (see
 * src/lib/security/output-safety.ts), then writes `_headers` for Netlify /
 * Cloudflare Pages from src/config/headers.ts. List it last, so it sees
 * every other integration's output.
 */
export function security(): AstroIntegration {
  let verdicts: CleanVerdicts | undefined;
  return {
    name: 'opinion-site:security',
    hooks: {
      'astro:config:setup': ({ config }) => {
        // Parsing every page was most of a rebuild after one edit: a page
        // found safe is not parsed again while its bytes and the rules stay the same.
        verdicts = new CleanVerdicts(
          fileURLToPath(new URL('output-safety.json', config.cacheDir)),
          sourcesFingerprint(fileURLToPath(config.root), CHECKER_SOURCES, []),
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/'));
        const unsafe: UnsafeMarkup[] = [];
        for (const file of files.filter((name) => /\.(html?|xml|svg|json)$/i.test(name))) {
          const content = readFileSync(join(outDir, file), 'utf-8');
          unsafe.push(...(await verdicts!.check(file, content, () => findUnsafeMarkup(file, content))));
        }
        if (unsafe.length > 0) throw new Error(describeUnsafeMarkup(unsafe));
        verdicts!.save();
        logger.info(
          `${files.length} files checked: no scripts, event attributes or javascript: links slipped in`,
        );
        writeFileSync(join(outDir, '_headers'), renderHeadersFile(files));
        logger.info('_headers written');
      },
    },
  };
}
