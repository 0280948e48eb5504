import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECKER_SOURCES } from '../../src/deploy/output-check';
import { PIPELINE_SOURCES } from '../../src/markdown/mdx-compile-cache';
import { RULE_SOURCES } from '../../tools/content-check/content-check';

/**
 * Remembered verdicts and compiles are keyed by a hash of these sources: a
 * path that no longer exists would let a rule change go unnoticed.
 */
describe('the sources each build cache is keyed by', () => {
  it.each([
    ['output check', CHECKER_SOURCES],
    ['MDX compile cache', PIPELINE_SOURCES],
    ['content check', RULE_SOURCES],
  ])('all exist (%s)', (_, sources) => {
    expect(sources.filter((source) => !existsSync(source))).toEqual([]);
  });
});
