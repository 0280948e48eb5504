import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { authorSchema, opinionFileSchema } from '../../src/content-model/schema';
import { localizedText } from '../../src/content-model/author-text';

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

describe('trust fields', () => {
  const correction = { date: '2019-06-12T09:00:00+06:00', kind: 'correction', text: 'It was 9 June.' };

  it('accepts corrections, old addresses and a withdrawal, and defaults the lists to empty', () => {
    expect(schema.parse(seed)).toMatchObject({ corrections: [], oldAddresses: [] });
    const parsed = schema.parse({
      ...seed,
      corrections: [correction],
      oldAddresses: ['old-name'],
      withdrawn: { date: '2020-01-01T09:00:00+06:00', reason: 'At the author’s request.' },
    });
    expect(parsed.corrections).toEqual([correction]);
  });

  it('refuses a correction of another kind, a path as an old address and a withdrawal without a reason', () => {
    expect(messages({ ...seed, corrections: [{ ...correction, kind: 'erratum' }] })).toEqual([
      'corrections.0.kind: kind must be correction or clarification',
    ]);
    expect(messages({ ...seed, oldAddresses: ['/opinion/old-name/'] })[0]).toMatch(
      /^oldAddresses\.0: each old address is the old file name without \.mdx/,
    );
    expect(messages({ ...seed, withdrawn: { date: '2020-01-01T09:00:00+06:00' } })[0]).toMatch(
      /^withdrawn\.reason: reason is missing/,
    );
  });

  it('accepts a correction at the very moment of publication, not a minute before', () => {
    expect(messages({ ...seed, corrections: [{ ...correction, date: seed.published }] })).toEqual([]);
    expect(messages({ ...seed, corrections: [{ ...correction, date: '2019-06-10T03:59:00Z' }] })[0]).toMatch(
      /^corrections\.0\.date: the correction is dated .* before the op-ed was published/,
    );
  });
});

describe('author schema', () => {
  const author = { name: 'Aigerim Nurlanova', bio: 'Political scientist.' };

  it('takes bio and role once for every language or per language, and a photo path', () => {
    expect(authorSchema.safeParse(author).success).toBe(true);
    const parsed = authorSchema.parse({
      ...author,
      role: { en: 'Political scientist, Almaty', ru: 'Политолог, Алматы' },
      photo: './photos/aigerim.jpg',
    });
    expect(localizedText(parsed.role, 'ru')).toBe('Политолог, Алматы');
    expect(localizedText(parsed.role, 'kk')).toBe('Political scientist, Almaty');
    expect(localizedText({ ru: 'Только по-русски.' }, 'en')).toBe('Только по-русски.');
  });

  it('refuses a language the site does not have, and a role with no language', () => {
    expect(authorSchema.safeParse({ ...author, role: { de: 'Politologin' } }).success).toBe(false);
    expect(authorSchema.safeParse({ ...author, role: {} }).success).toBe(false);
  });
});
