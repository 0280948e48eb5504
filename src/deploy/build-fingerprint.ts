import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A hash of the source files (folders recursively) and extra values that a
 * build cache's results depend on: when any of them changes, the cache's
 * old results no longer match and everything is worked out again.
 */
export function sourcesFingerprint(
  root: string,
  sources: readonly string[],
  extra: readonly string[],
): string {
  const hash = createHash('sha256');
  const add = (path: string) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) add(join(path, name));
      return;
    }
    hash.update(`${path}\n`).update(readFileSync(path)).update('\n');
  };
  for (const source of sources) add(join(root, source));
  for (const value of extra) hash.update(`${value}\n`);
  return hash.digest('hex');
}
