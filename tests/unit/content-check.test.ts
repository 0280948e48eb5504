import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check';
import { editorErrorCases, expectedMessage } from '../support/editor-error-cases';

describe('npm run check (checkContent)', () => {
  it('passes the real content', async () => {
    expect(await checkContent('content')).toEqual([]);
  });

  it.each(editorErrorCases)('$fixture: names the file, line, field and fix', async (errorCase) => {
    const problems = await checkContent(`tests/fixtures/${errorCase.fixture}`);
    expect(problems.join('\n')).toMatch(expectedMessage(errorCase));
    expect(problems.every((line) => /Fix: |should start with|Write its text/.test(line))).toBe(true);
  });

  it('lists every problem in every file at once, top to bottom', async () => {
    const problems = await checkContent('tests/fixtures/several-mistakes-at-once');
    const summary = problems.map((line) => /opinions\/(.*?) —/.exec(line)?.[1]);
    expect(summary).toEqual([
      'first-broken.mdx:1: title',
      'first-broken.mdx:2: titel',
      'first-broken.mdx:4: published',
      'first-broken.mdx:5: authors.0',
      'second-broken.mdx:8: <Figure> alt',
      'second-broken.mdx:8: src',
    ]);
  });

  it('accepts op-eds with figures, drafts and scheduled dates', async () => {
    expect(await checkContent('tests/fixtures/figure-images')).toEqual([]);
    expect(await checkContent('tests/fixtures/drafts-and-scheduled')).toEqual([]);
  });
});
