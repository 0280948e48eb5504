import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { DraftError, makeDraft, type DraftResult } from '../../tools/draft/draft';
import { textOf } from '../support/site';

const scratch = mkdtempSync(join(tmpdir(), 'drafts-'));
const cacheDir = join(scratch, 'cache');

async function draftOf(fixture: string, slug: string): Promise<{ result: DraftResult; page: Document }> {
  const result = await makeDraft({
    slug,
    contentDir: `tests/fixtures/${fixture}`,
    outFile: join(scratch, fixture, `${slug}.html`),
    cacheDir,
  });
  const page = parseHTML(readFileSync(result.file, 'utf-8')).document as unknown as Document;
  return { result, page };
}

/** Every URL the page would load by itself (not links a reader clicks). */
function loadedUrls(page: Document): string[] {
  const fromAttributes = [...page.querySelectorAll('[src], [srcset], link[href]')].flatMap((element) => [
    element.getAttribute('src') ?? '',
    element.getAttribute('srcset') ?? '',
    element.tagName === 'LINK' ? element.getAttribute('href')! : '',
  ]);
  const fromStyles = [...page.querySelectorAll('style')].flatMap((style) =>
    [...style.textContent!.matchAll(/url\(\s*['"]?([^'")]+)/g)].map((match) => match[1]!),
  );
  return [...fromAttributes, ...fromStyles].filter(Boolean);
}

describe('npm run draft: one file of the op-ed for its author', () => {
  let draft: { result: DraftResult; page: Document };
  let scheduled: { result: DraftResult; page: Document };
  let figures: { result: DraftResult; page: Document };

  beforeAll(async () => {
    draft = await draftOf('drafts-and-scheduled', 'draft-op-ed-unseen');
    scheduled = await draftOf('drafts-and-scheduled', 'scheduled-op-ed-unseen');
    figures = await draftOf('figure-images', 'with-figures');
  });

  it('renders a draft (draft: true) as readers will see it, with the disclaimer', () => {
    expect(draft.result.status).toBe('draft');
    expect(textOf(draft.page.querySelector('h1'))).toBe('Draft headline nobody should see');
    expect(textOf(draft.page.querySelector('.disclaimer'))).toContain('personal opinions of authors');
  });

  it('renders a scheduled op-ed before its time', () => {
    expect(scheduled.result.status).toBe('scheduled');
    expect(textOf(scheduled.page.querySelector('h1'))).toBe('Scheduled headline for the future');
  });

  it.each(['draft', 'scheduled', 'figures'])(
    '%s: says it is a draft, first thing, and asks not to be indexed',
    (which) => {
      const { page } = { draft, scheduled, figures }[which as 'draft']!;
      expect(textOf(page.body.firstElementChild)).toMatch(/^Draft, not published\./);
      expect(page.querySelector('meta[name="robots"]')!.getAttribute('content')).toBe('noindex, nofollow');
      expect(page.querySelector('title')!.textContent).toMatch(/^Draft: /);
    },
  );

  it.each(['draft', 'scheduled', 'figures'])(
    '%s: has no share tags, JSON-LD, feeds, search or scripts',
    (which) => {
      const { page } = { draft, scheduled, figures }[which as 'draft']!;
      const selectors = [
        'meta[property^="og:"]',
        'meta[name^="twitter:"]',
        'script[type="application/ld+json"]',
        'link[rel="alternate"]',
        'link[rel="canonical"]',
        'script',
        'a[href*="/search/"]',
        '[data-pagefind-body]',
        '.share',
      ];
      for (const selector of selectors) expect(page.querySelectorAll(selector).length, selector).toBe(0);
    },
  );

  it('carries its stylesheets and images inside the file', () => {
    expect(figures.page.querySelectorAll('style').length).toBeGreaterThan(0);
    const images = [...figures.page.querySelectorAll('img')];
    expect(images.map((image) => image.getAttribute('alt'))).toEqual([
      'A red field with a white sun',
      'A blue square with a white circle',
    ]);
    for (const url of loadedUrls(figures.page)) expect(url).toMatch(/^data:/);
    expect(images.every((image) => image.getAttribute('src')!.startsWith('data:image/jpeg;base64,'))).toBe(
      true,
    );
  });

  it('points the site links at the site’s address, not at the file system', () => {
    const site = figures.page.querySelector('.site-name')!.getAttribute('href');
    expect(site).toBe('https://opinion.example.kz/');
  });

  it('refuses an op-ed with content errors, with the check’s message, and writes nothing', async () => {
    const outFile = join(scratch, 'refused.html');
    const refusal = makeDraft({
      slug: 'figure-without-alt',
      contentDir: 'tests/fixtures/image-without-alt',
      outFile,
      cacheDir,
    });
    await expect(refusal).rejects.toThrow(DraftError);
    await expect(refusal).rejects.toThrow(
      /tests\/fixtures\/image-without-alt\/opinions\/figure-without-alt\.mdx:10: <Figure> alt — .*add alt="…"[\s\S]*No draft was written/,
    );
    expect(existsSync(outFile)).toBe(false);
  });

  it('refuses an unknown slug, naming one that exists', async () => {
    await expect(
      makeDraft({ slug: 'no-such-op-ed', contentDir: 'tests/fixtures/figure-images', cacheDir }),
    ).rejects.toThrow(/There is no op-ed "no-such-op-ed".*npm run draft -- with-figures/);
  });
});
