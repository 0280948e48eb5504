import { describe, expect, it } from 'vitest';
import { buildFixture } from '../support/build-fixture';
import { editorErrorCases, expectedMessage } from '../support/editor-error-cases';

/**
 * Each mistake stops `npm run build`, publishes nothing, and says where and
 * what to do. The build runs `npm run check` first; the second block skips
 * it to prove the Astro build refuses the same content on its own.
 */
describe('npm run build stops on editor mistakes', () => {
  it.each(editorErrorCases)('$fixture', (errorCase) => {
    const build = buildFixture(errorCase.fixture);
    expect(build.status).not.toBe(0);
    expect(build.published).toBe(false);
    expect(build.output).toMatch(expectedMessage(errorCase));
    expect(build.output).toContain('nothing was published');
  });
});

describe('npm run build lists every problem before building', () => {
  it('names all six mistakes in two files in one run', () => {
    const build = buildFixture('several-mistakes-at-once');
    expect(build.status).not.toBe(0);
    expect(build.published).toBe(false);
    expect(build.output.match(/several-mistakes-at-once\/opinions\/.*\. Fix: /g)).toHaveLength(6);
    expect(build.output).toContain('6 problems');
  });
});

describe('the Astro build alone refuses the same content', () => {
  const alone = (fixture: string) => buildFixture(fixture, { SKIP_CONTENT_CHECK: '1' });
  // One case per guard in the pipeline: loader checks, file names, each remark plugin.
  const withFixMessages = [
    'author-unknown',
    'topic-unknown',
    'duplicate-slug',
    'lead-image-not-found',
    'image-without-alt',
    'unsafe-script',
    'unsafe-expression',
    'unknown-component',
    'unsafe-javascript-url',
    'address-claimed-twice',
    'old-address-is-live',
  ];

  it.each(editorErrorCases.filter(({ fixture }) => withFixMessages.includes(fixture)))(
    '$fixture',
    (errorCase) => {
      const build = alone(errorCase.fixture);
      expect(build.status).not.toBe(0);
      expect(build.published).toBe(false);
      expect(build.output).toMatch(expectedMessage(errorCase));
    },
  );

  it('names the file, the field and the fix for a misspelt field', () => {
    const build = alone('unknown-frontmatter-key');
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/misspelt-field/);
    expect(build.output).toMatch(/Unknown field "titel"\. Check the spelling/);
  });

  it('explains MDX it cannot read in plain words', () => {
    const errorCase = editorErrorCases.find(({ fixture }) => fixture === 'mdx-less-than-digit')!;
    const build = alone(errorCase.fixture);
    expect(build.status).not.toBe(0);
    expect(build.published).toBe(false);
    expect(build.output).toMatch(expectedMessage(errorCase));
  });
});
