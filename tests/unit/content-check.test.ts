import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CleanVerdicts } from '../../src/deploy/clean-verdicts';
import { checkContent } from '../../tools/content-check/content-check';
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
    expect(await checkContent('tests/fixtures/read-on-archive')).toEqual([]);
  });

  it('names the topic file and the language whose name is missing, and the tag once the topic is gone', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'check-topics-'));
    const content = join(scratch, 'content');
    cpSync('tests/fixtures/topic-unknown', content, { recursive: true });
    writeFileSync(join(content, 'topics', 'economi.yaml'), 'name:\n  en: Economy\n  ru: Экономика\n');
    const problems = await checkContent(content);
    expect(problems.join('\n')).toMatch(
      /topics\/economi\.yaml: name\.kk — name\.kk is missing\. Under name: add the line\s+kk: "…".*Fix: correct the field in the topic’s file/,
    );
    expect(problems.join('\n')).not.toMatch(/no topic “economi”/);
    rmSync(join(content, 'topics', 'economi.yaml'));
    expect((await checkContent(content)).join('\n')).toMatch(/tags\.1 — there is no topic “economi”/);
    rmSync(scratch, { recursive: true, force: true });
  });

  it('checks a remembered clean op-ed again when an image it shows disappears', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'check-verdicts-'));
    const content = join(scratch, 'content');
    cpSync('tests/fixtures/figure-images', content, { recursive: true });
    const verdictFile = join(scratch, 'verdicts.json');
    const run = async () => {
      const verdicts = new CleanVerdicts(verdictFile, 'rules');
      const problems = await checkContent(content, verdicts);
      verdicts.save();
      return problems;
    };
    expect(await run()).toEqual([]);
    expect(await run()).toEqual([]);
    rmSync(join(content, 'opinions/images/steppe.jpg'));
    expect((await run()).join('\n')).toMatch(
      /with-figures\.mdx:\d+: image — the lead image “\.\/images\/steppe\.jpg” was not found/,
    );
  });
});
