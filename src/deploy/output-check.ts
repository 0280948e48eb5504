import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sourcesFingerprint } from './build-fingerprint.ts';
import { renderHeadersFile } from './headers-file.ts';
import { findPackageJSON } from 'node:module';
import { carriesMarkup, describeUnsafeMarkup, findUnsafeMarkup, type UnsafeMarkup } from './output-safety.ts';
import { CleanVerdicts } from './clean-verdicts.ts';

/** What decides a verdict besides the file itself: the checker's own code (rules, and which files it reads). */
export const CHECKER_SOURCES = ['src/deploy/output-safety.ts', 'src/deploy/output-check.ts'];
/** The parsers the rules read files with: a new version may see elements the old one did not. */
export const CHECKER_PARSERS = ['parse5', 'sax'];

/** `name@version` of each parser, as installed. */
export function checkerParserVersions(): string[] {
  return CHECKER_PARSERS.map((name) => {
    const manifest = findPackageJSON(name, import.meta.url);
    if (!manifest) throw new Error(`The output check's parser ${name} is not installed: run npm ci.`);
    return `${name}@${(JSON.parse(readFileSync(manifest, 'utf-8')) as { version: string }).version}`;
  });
}

/**
 * Refuses to publish markup that could run code (see
 * src/deploy/output-safety.ts), then writes `_headers` for Netlify /
 * Cloudflare Pages from src/deploy/headers.ts. List it last, so it sees
 * every other integration's output.
 */
export function outputCheck(): AstroIntegration {
  let verdicts: CleanVerdicts | undefined;
  /** Size and modification time of each file checked in this build. */
  const checked = new Map<string, string>();

  /** Checks every file not checked yet in this build, or changed since; returns all files. */
  async function checkOutput(outDir: string): Promise<string[]> {
    const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/'));
    const unsafe: UnsafeMarkup[] = [];
    for (const file of files.filter(carriesMarkup)) {
      const { size, mtimeMs } = statSync(join(outDir, file));
      const version = `${size}:${mtimeMs}`;
      if (checked.get(file) === version) continue;
      checked.set(file, version);
      const content = readFileSync(join(outDir, file), 'utf-8');
      unsafe.push(...(await verdicts!.check(file, content, () => findUnsafeMarkup(file, content))));
    }
    if (unsafe.length > 0) throw new Error(describeUnsafeMarkup(unsafe));
    return files;
  }

  return {
    name: 'opinion-site:security',
    hooks: {
      'astro:config:setup': ({ config }) => {
        // Parsing every page was most of a rebuild after one edit: a page
        // found safe is not parsed again while its bytes and the rules stay the same.
        verdicts = new CleanVerdicts(
          fileURLToPath(new URL('output-safety.json', config.cacheDir)),
          sourcesFingerprint(fileURLToPath(config.root), CHECKER_SOURCES, checkerParserVersions()),
        );
      },
      // Astro's pages and feeds, as soon as they are written. In a first
      // build, parsing them is most of the check, and
      // it runs while social images are still being drawn on the other core.
      'astro:build:generated': async ({ dir }) => {
        await checkOutput(fileURLToPath(dir));
      },
      // Then what the other integrations added (sitemap, search index) and
      // anything changed since.
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = await checkOutput(outDir);
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
