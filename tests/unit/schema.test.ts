import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { opinionFileSchema } from '../../src/content-model/schema';

const schema = opinionFileSchema;

function frontmatterOf(path: string): Record<string, unknown> {
  const source = readFileSync(path, 'utf-8');
  const raw = /^---\n([\s\S]*?)\n---/.exec(source)![1]!;
  return yaml.load(raw, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
}

const seed = frontmatterOf('content/opinions/kazakhstan-after-the-2019-election.mdx');

function messages(data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('opinion schema', () => {
  it('accepts the seed op-ed and fills defaults', () => {
    const parsed = schema.parse(seed);
    expect(parsed.lang).toBe('en');
    expect(parsed.draft).toBe(false);
    expect(parsed.published).toBe('2019-06-10T10:00:00+06:00');
  });

  it('rejects a missing or empty headline, saying how to fix it', () => {
    const { title: _title, ...untitled } = seed;
    expect(messages(untitled)[0]).toMatch(/^title: title is missing/);
    expect(messages({ ...seed, title: '   ' })[0]).toMatch(/^title: title is empty/);
  });

  it('rejects an unknown key and lists the allowed ones', () => {
    const [message] = messages({ ...seed, titel: 'x' });
    expect(message).toContain('Unknown field "titel"');
    expect(message).toContain('title, description, published');
  });

  it('rejects a date without an offset or an impossible date', () => {
    expect(messages({ ...seed, published: '2019-06-10' })[0]).toMatch(/^published: .*offset/);
    expect(messages({ ...seed, published: '2019-06-10T10:00:00' })[0]).toMatch(/^published: /);
    expect(messages({ ...seed, updated: '2019-13-01T10:00:00+06:00' })[0]).toMatch(/^updated: /);
  });

  it('requires at least one author', () => {
    expect(messages({ ...seed, authors: [] })[0]).toMatch(/^authors: authors is empty/);
  });

  it('rejects tags that would make bad URLs and unknown languages', () => {
    expect(messages({ ...seed, tags: ['Presidential Election'] })[0]).toMatch(/^tags\.0: /);
    expect(messages({ ...seed, lang: 'de' })[0]).toMatch(/^lang: lang must be one of: en, ru, kk/);
  });
});
