import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { headlineLanguage, scaffoldOpinion, siteNow } from '../../tools/scaffold/scaffold';
import { checkContent } from '../../tools/content-check/content-check';
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
    expect(data.published).toBe('2026-03-02T01:30:00+05:00');
    expect(data.lang).toBe('kk');
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

describe('headlineLanguage', () => {
  it.each([
    ['Жаңа Қазақстан: не күтеміз?', 'kk'],
    ['Өзгеріс керек', 'kk'],
    ['После выборов: что дальше для Казахстана', 'ru'],
    ['Казахстан и Qazaqstan', 'ru'],
    ['After the 2019 election', 'en'],
    ['2030', 'en'],
  ])('%s → %s', (headline, lang) => {
    expect(headlineLanguage(headline)).toBe(lang);
  });
});

describe('the scaffold in each language', () => {
  it.each([
    ['After the vote', 'en', 'First, the first point.'],
    ['После выборов', 'ru', 'Во-первых, первый пункт.'],
    ['Сайлаудан кейін', 'kk', 'Біріншіден, бірінші тармақ.'],
  ])('"%s" is a %s op-ed with placeholders in %s that pass npm run check', async (headline, lang, point) => {
    const dir = contentFolder();
    const { path } = scaffoldOpinion({ headline, contentDir: dir, now: new Date('2026-06-01T06:00:00Z') });
    expect(frontmatter(path)).toMatchObject({ lang });
    expect(readFileSync(path, 'utf-8')).toContain(`<Point>${point}</Point>`);
    expect(await checkContent(dir)).toEqual([]);
  });

  it('--lang overrides the headline, and refuses a language the site has not', () => {
    const dir = contentFolder();
    const { path } = scaffoldOpinion({ headline: 'Kazakh in Latin letters', lang: 'kk', contentDir: dir });
    expect(frontmatter(path)).toMatchObject({ lang: 'kk' });
    expect(readFileSync(path, 'utf-8')).toContain('Біріншіден');
    expect(() => scaffoldOpinion({ headline: 'Other', lang: 'de', contentDir: dir })).toThrow(
      /--lang "de" is not a site language. Use one of: en, ru, kk/,
    );
  });
});

describe('siteNow: the site zone (Asia/Almaty) offset from the IANA database', () => {
  it.each([
    // Kazakhstan moved from UTC+6 to UTC+5 at 00:00 on 1 March 2024 (18:00 UTC on 29 February).
    ['2019-06-10T04:00:59Z', '2019-06-10T10:00:00+06:00'],
    ['2024-02-29T17:59:00Z', '2024-02-29T23:59:00+06:00'],
    ['2024-02-29T18:00:00Z', '2024-02-29T23:00:00+05:00'],
    ['2026-06-10T04:00:00Z', '2026-06-10T09:00:00+05:00'],
  ])('%s is %s', (instant, expected) => {
    const written = siteNow(new Date(instant));
    expect(written).toBe(expected);
    expect(new Date(written).getTime()).toBe(new Date(instant).setUTCSeconds(0));
  });
});
