import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
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

/** Every file under `outDir`, relative, with `/` separators. */
export function builtFiles(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/**
 * Refuses to publish markup that could run code (see
 * src/deploy/output-safety.ts), then writes `_headers` for Netlify /
 * Cloudflare Pages from src/deploy/headers.ts. tools/build.mjs runs it on
 * the finished site in the staging folder, before anything is published.
 */
export class OutputCheck {
  // Parsing every page was most of a rebuild after one edit: a page found
  // safe is not parsed again while its bytes and the rules stay the same.
  readonly #verdicts: CleanVerdicts;
  /** Size and modification time of each file checked in this build. */
  readonly #checked = new Map<string, string>();

  constructor(root: string, cacheDir: string) {
    this.#verdicts = new CleanVerdicts(
      join(cacheDir, 'output-safety.json'),
      sourcesFingerprint(root, CHECKER_SOURCES, checkerParserVersions()),
    );
  }

  /** Checks each of `files` not checked yet in this build, or changed since; throws naming every unsafe one. */
  async check(outDir: string, files: readonly string[]): Promise<void> {
    const unsafe: UnsafeMarkup[] = [];
    for (const file of files.filter(carriesMarkup)) {
      const { size, mtimeMs } = statSync(join(outDir, file));
      const version = `${size}:${mtimeMs}`;
      if (this.#checked.get(file) === version) continue;
      this.#checked.set(file, version);
      const content = readFileSync(join(outDir, file), 'utf-8');
      unsafe.push(...(await this.#verdicts.check(file, content, () => findUnsafeMarkup(file, content))));
    }
    if (unsafe.length > 0) throw new Error(describeUnsafeMarkup(unsafe));
  }

  /** Remembers this build's verdicts and writes `_headers` for the finished site's files. */
  finish(outDir: string, files: readonly string[]): void {
    this.#verdicts.save();
    writeFileSync(join(outDir, '_headers'), renderHeadersFile(files));
  }
}
