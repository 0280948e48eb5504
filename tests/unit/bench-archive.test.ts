import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  archiveShape,
  describeArchive,
  generateArchive,
  opinionMarkdown,
  opinionMdx,
  topics,
  writeSiteContent,
} from '../../tools/bench/generate';
import { zonedDateTime } from '../../src/content-model/offset-date-time';
import { checkContent } from '../../tools/content-check/content-check';

const archive = generateArchive(1_000);
const { opinions, authors } = archive;
const columnist = authors[0]!.id;
const share = (count: number) => count / opinions.length;

describe("the bench's synthetic archive", () => {
  it('has hundreds of authors, every one with a byline', () => {
    expect(authors.length).toBeGreaterThanOrEqual(200);
    const bylines = new Set(opinions.flatMap((opinion) => opinion.authors));
    expect(bylines.size).toBe(authors.length);
  });

  it('has one columnist with about a tenth of the archive, and no other author near it', () => {
    const byAuthor = new Map<string, number>();
    for (const author of opinions.flatMap((opinion) => opinion.authors))
      byAuthor.set(author, (byAuthor.get(author) ?? 0) + 1);
    expect(share(byAuthor.get(columnist)!)).toBeGreaterThan(0.09);
    expect(share(byAuthor.get(columnist)!)).toBeLessThan(0.11);
    const others = [...byAuthor].filter(([author]) => author !== columnist).map(([, count]) => count);
    expect(Math.max(...others)).toBeLessThan(byAuthor.get(columnist)! / 2);
  });

  it('has about 50 topics, one of them on half the op-eds', () => {
    const used = new Set(opinions.flatMap((opinion) => opinion.tags));
    expect(used.size).toBe(topics.length);
    expect(topics.length).toBeGreaterThanOrEqual(45);
    const onMain = opinions.filter((opinion) => opinion.tags.includes(topics[0])).length;
    expect(share(onMain)).toBeGreaterThan(0.45);
    expect(share(onMain)).toBeLessThan(0.55);
    const onSecond = opinions.filter((opinion) => opinion.tags.includes(topics[1])).length;
    expect(onSecond).toBeLessThan(onMain / 2);
  });

  it('spreads the dates over 15 years, each with its offset', () => {
    const years = new Set(opinions.map((opinion) => opinion.published.slice(0, 4)));
    expect(years.size).toBe(archiveShape.years);
    const instants = opinions.map((opinion) => Date.parse(opinion.published));
    const spanYears = (Math.max(...instants) - Math.min(...instants)) / (365.25 * 24 * 3600 * 1000);
    expect(spanYears).toBeGreaterThan(14);
    expect(spanYears).toBeLessThanOrEqual(15);
    expect(opinions.every((opinion) => /[+-]\d\d:\d\d$/.test(opinion.published))).toBe(true);
  });

  it('dates in Almaty time with the offset of the day (UTC+6, UTC+5 from March 2024)', () => {
    expect(zonedDateTime(new Date('2019-06-10T04:00:00Z'), 'Asia/Almaty')).toBe('2019-06-10T10:00:00+06:00');
    expect(zonedDateTime(new Date('2025-06-10T05:00:00Z'), 'Asia/Almaty')).toBe('2025-06-10T10:00:00+05:00');
  });

  it('varies lengths and has subheads, numbered points and a few ru/kk translations', () => {
    const lengths = opinions.map((opinion) => opinionMdx(opinion).length);
    expect(Math.max(...lengths)).toBeGreaterThan(4 * Math.min(...lengths));
    expect(opinions.filter((o) => o.body.some((block) => block.kind === 'subhead')).length).toBeGreaterThan(
      500,
    );
    expect(opinions.filter((o) => o.body.some((block) => block.kind === 'points')).length).toBeGreaterThan(
      500,
    );
    const translations = opinions.filter((opinion) => opinion.translationOf !== undefined);
    expect(new Set(translations.map((opinion) => opinion.lang))).toEqual(new Set(['ru', 'kk']));
    expect(translations.length).toBeGreaterThan(2);
    expect(translations.length).toBeLessThan(opinions.length / 20);
  });

  it('is the same archive for the same seed, and another for another seed', () => {
    expect(generateArchive(1_000)).toEqual(archive);
    expect(generateArchive(1_000, 7)).not.toEqual(archive);
    expect(generateArchive(50).opinions).toHaveLength(50);
  });

  it('writes numbered points as <Points> for the site and as an ordered list for the plain reference', () => {
    const withPoints = opinions.find((opinion) => opinion.body.some((block) => block.kind === 'points'))!;
    expect(opinionMdx(withPoints)).toMatch(/<Points[^>]*>\n {2}<Point>First\. /);
    expect(opinionMarkdown(withPoints)).toMatch(/\n1\. First\. .*\n2\. Second\. /);
    expect(opinionMarkdown(withPoints)).not.toContain('<Point');
  });

  it('passes npm run check', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'bench-archive-'));
    try {
      writeSiteContent(scratch, generateArchive(120));
      expect(await checkContent(scratch)).toEqual([]);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('describes its shape in results.md as the archive is', () => {
    const described = describeArchive(archive);
    expect(described.opEds).toBe(1_000);
    expect(described.authors).toBe(authors.length);
    expect(described.columnistShare).toBe(
      share(opinions.filter((opinion) => opinion.authors.includes(columnist)).length),
    );
    expect(described.firstDate < described.lastDate).toBe(true);
  });
});
