import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Remembers which inputs a check found clean, so the next build checks only
 * what changed. A verdict is keyed by a hash of the check's fingerprint (its
 * rules' sources and versions), the input's name and everything the check
 * reads; the same key cannot get another verdict. Problems are never
 * remembered, so a faulty input fails every build. Used by the post-build
 * safety check and `npm run check`, which otherwise re-read every page and
 * every op-ed after a one-word edit.
 */
export class CleanVerdicts {
  readonly #file: string | undefined;
  readonly #fingerprint: string;
  readonly #known: Set<string>;
  readonly #found = new Set<string>();

  /** `file` undefined: remember nothing (every input is checked). */
  constructor(file: string | undefined, fingerprint: string) {
    this.#file = file;
    this.#fingerprint = fingerprint;
    this.#known = new Set(
      file && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf-8')) as string[]) : [],
    );
  }

  /** The problems `run` finds in an input, or none if the same input was found clean before. */
  async check<Problem>(
    name: string,
    content: string,
    run: () => readonly Problem[] | Promise<readonly Problem[]>,
  ): Promise<readonly Problem[]> {
    const key = createHash('sha256')
      .update(this.#fingerprint)
      .update('\0')
      .update(name)
      .update('\0')
      .update(content)
      .digest('hex');
    if (this.#known.has(key)) {
      this.#found.add(key);
      return [];
    }
    const problems = await run();
    if (problems.length === 0) this.#found.add(key);
    return problems;
  }

  /** Keeps this run's verdicts only, so the file does not grow with every edit. */
  save(): void {
    if (!this.#file) return;
    mkdirSync(dirname(this.#file), { recursive: true });
    writeFileSync(this.#file, JSON.stringify([...this.#found]));
  }
}
