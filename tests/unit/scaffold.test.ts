import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { almatyNow, scaffoldOpinion } from '../../tools/scaffold/scaffold';
import { opinionSchema } from '../../src/content-model/schema';
import { z } from 'astro/zod';

function contentFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'scaffold-'));
  mkdirSync(join(dir, 'authors'));
  writeFileSync(join(dir, 'authors', 'guest-contributor.yaml'), 'name: Guest\nbio: A guest.\n');
  writeFileSync(join(dir, 'authors', 'aigerim.yaml'), 'name: Aigerim\nbio: A writer.\n');
  mkdirSync(join(dir, 'topics'));
  writeFileSync(
    join(dir, 'topics', 'elections.yaml'),
    'name:\n  en: Elections\n  ru: Выборы\n  kk: Сайлау\n',
  );
  return dir;
}

function frontmatter(path: string): unknown {
  const source = readFileSync(path, 'utf-8');
  return yaml.load(/^---\n([\s\S]*?)\n---/.exec(source)![1]!, { schema: yaml.CORE_SCHEMA });
}

describe('scaffoldOpinion', () => {
  it('writes an op-ed whose frontmatter passes the schema', () => {
    const dir = contentFolder();
    const { path, slug, topics } = scaffoldOpinion({
      headline: 'Жаңа Қазақстан: "what" next?',
      contentDir: dir,
      now: new Date('2026-03-01T20:30:00Z'),
    });
    expect(slug).toBe('zhana-qazaqstan-what-next');
    expect(path).toBe(join(dir, 'opinions', 'zhana-qazaqstan-what-next.mdx'));
    const data = opinionSchema(z.string(), z.string()).parse(frontmatter(path));
    expect(data.title).toBe('Жаңа Қазақстан: "what" next?');
    expect(data.published).toBe('2026-03-02T02:30:00+06:00');
    expect(data.authors).toEqual(['guest-contributor']);
    expect(readFileSync(path, 'utf-8')).toContain('<Points>');
    // What the command offers for `tags:`.
    expect(topics).toEqual(['elections']);
  });

  it('uses --author and --date', () => {
    const dir = contentFolder();
    const { path } = scaffoldOpinion({
      headline: 'Later',
      author: 'aigerim',
      date: '2030-01-01T09:00:00+06:00',
      contentDir: dir,
    });
    expect(frontmatter(path)).toMatchObject({ authors: ['aigerim'], published: '2030-01-01T09:00:00+06:00' });
  });

  it('refuses an unknown author, naming the known ones', () => {
    expect(() => scaffoldOpinion({ headline: 'X', author: 'nobody', contentDir: contentFolder() })).toThrow(
      /no author "nobody".*aigerim, guest-contributor/,
    );
  });

  it('refuses a date without offset', () => {
    expect(() =>
      scaffoldOpinion({ headline: 'X', date: '2030-01-01T09:00', contentDir: contentFolder() }),
    ).toThrow(/not a date-time with its offset/);
  });

  it('refuses to overwrite an existing op-ed', () => {
    const dir = contentFolder();
    const first = scaffoldOpinion({ headline: 'Same', contentDir: dir });
    writeFileSync(first.path, 'edited');
    expect(() => scaffoldOpinion({ headline: 'Same', contentDir: dir })).toThrow(/already exists/);
    expect(readFileSync(first.path, 'utf-8')).toBe('edited');
  });
});

describe('almatyNow', () => {
  it('is the Almaty wall-clock time with +06:00', () => {
    expect(almatyNow(new Date('2019-06-10T04:00:59Z'))).toBe('2019-06-10T10:00:00+06:00');
  });
});
