import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { findUnsafeMarkup, type UnsafeMarkup } from './output-safety';

/**
 * Files already found safe, by a hash of the checker and the file's bytes.
 * Parsing every page is most of a rebuild's time after one edit, and the
 * verdict on the same bytes under the same rules cannot change; unsafe files
 * are never remembered, so they fail every build.
 */
export class SafeFiles {
  readonly #file: string;
  readonly #fingerprint: string;
  readonly #known: Set<string>;
  readonly #found = new Set<string>();
  readonly #findUnsafe: typeof findUnsafeMarkup;

  constructor(file: string, fingerprint: string, findUnsafe = findUnsafeMarkup) {
    this.#file = file;
    this.#fingerprint = fingerprint;
    this.#findUnsafe = findUnsafe;
    this.#known = new Set(existsSync(file) ? (JSON.parse(readFileSync(file, 'utf-8')) as string[]) : []);
  }

  /** The unsafe markup in a built file, from the rules or, for bytes found safe before, from memory. */
  check(name: string, content: string): UnsafeMarkup[] {
    const key = createHash('sha256')
      .update(this.#fingerprint)
      .update(name)
      .update('\0')
      .update(content)
      .digest('hex');
    if (this.#known.has(key)) {
      this.#found.add(key);
      return [];
    }
    const unsafe = this.#findUnsafe(name, content);
    if (unsafe.length === 0) this.#found.add(key);
    return unsafe;
  }

  /** Keeps this build's verdicts only, so the file does not grow with every edit. */
  save(): void {
    mkdirSync(dirname(this.#file), { recursive: true });
    writeFileSync(this.#file, JSON.stringify([...this.#found]));
  }
}
