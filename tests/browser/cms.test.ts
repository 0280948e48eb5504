import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { buildContent, type FixtureBuild } from '../support/build-fixture';
import { startCms, type RunningCms } from '../support/cms';
import { readPage, textOf } from '../support/site';

const seed = 'kazakhstan-after-the-2019-election';
const created = 'three-reasons-the-steppe-needs-trains';

/** What a reader gets of an op-ed page: its words, its points and its subheads, each with its link. */
function readerView(page: Document) {
  const article = page.querySelector('article')!;
  return {
    text: textOf(article),
    points: [...article.querySelectorAll('.body ol > li')].map((item) => `${item.id}: ${textOf(item)}`),
    subheads: [...article.querySelectorAll('.body h2')].map((heading) => `${heading.id}: ${textOf(heading)}`),
    disclaimer: textOf(page.querySelector('.disclaimer')),
  };
}

/** Asks `read` every 200 ms until `done` accepts its answer; fails with `failure` after 30 s. */
async function poll<T>(failure: string, read: () => T | Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(failure);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const readOrEmpty = (path: string) => {
  try {
    return readFileSync(path, 'utf-8');
  } catch {
    return '';
  }
};

/** Waits until `path` holds something other than `before` (or exists at all). */
function written(path: string, before = ''): Promise<string> {
  return poll(
    `The CMS did not write ${path}`,
    () => readOrEmpty(path),
    (now) => now !== '' && now !== before,
  );
}

/** Opens a CMS page and waits for its form: a first visit may reload once while Vite prepares the CMS's code. */
async function openForm(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('textbox', { name: 'Headline' }).waitFor({ timeout: 90_000 });
}

/**
 * The editor's steps: open the seed op-ed and save it with nothing changed.
 * Keystatic enables Save only once something differs, so the draft box is
 * ticked and saved, then unticked and saved: the file ends as the CMS writes
 * the op-ed as it was.
 */
async function saveSeedUnchanged(page: Page, cms: RunningCms) {
  const file = join(cms.contentDir, 'opinions', `${seed}.mdx`);
  const before = readFileSync(file, 'utf-8');
  await openForm(page, `${cms.origin}/keystatic/collection/opinions/item/${seed}`);
  const form = {
    headline: await page.getByRole('textbox', { name: 'Headline' }).inputValue(),
    published: await page.getByRole('textbox', { name: 'Publication time' }).inputValue(),
  };
  const draft = page.getByRole('checkbox', { name: /^Draft/ });
  const save = page.getByRole('button', { name: 'Save', exact: true });
  await draft.check();
  await save.click();
  const asDraft = await written(file, before);
  // The first save makes the dev server reload the op-ed, and a change made while
  // Keystatic takes that in can be dropped: untick and save again until the file changes.
  let tried = 0;
  const publish = async () => {
    if (Date.now() - tried > 3_000) {
      tried = Date.now();
      if (await draft.isChecked()) await draft.uncheck();
      await save.click();
    }
    return readOrEmpty(file);
  };
  const after = await poll(`The CMS did not write ${file}`, publish, (now) => now !== '' && now !== asDraft);
  return { form, before, asDraft, after };
}

/** The editor's steps: a new op-ed with a headline, standfirst, author, two paragraphs, a subhead and three points. */
async function createOpEd(page: Page, cms: RunningCms): Promise<string> {
  await openForm(page, `${cms.origin}/keystatic/collection/opinions/create`);
  await page.getByRole('textbox', { name: 'Headline' }).fill('Three reasons the steppe needs trains');
  await page.getByRole('textbox', { name: 'Standfirst' }).fill('Roads alone will not join our cities.');
  await page.getByRole('textbox', { name: 'Publication time' }).fill('2026-01-15T09:00:00+05:00');
  await page.getByRole('combobox', { name: 'Authors' }).click();
  await page.keyboard.type('guest');
  await page.getByRole('option', { name: /guest/i }).click();

  await page.getByRole('textbox', { name: 'Text' }).click();
  await page.keyboard.type('Distances here are measured in days.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Trains could make them hours.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Why trains');
  await page.getByRole('button', { name: 'Text block' }).click();
  await page.getByRole('option', { name: 'Heading 2' }).click();
  await page.getByRole('textbox', { name: 'Text' }).getByText('Why trains').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('/');
  await page.getByRole('option', { name: /^Numbered points/ }).click();
  for (const [index, point] of [
    'First, they carry freight.',
    'Second, they are safe.',
    'Third, they last.',
  ].entries()) {
    if (index > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(point);
    await page.keyboard.press('Shift+Home');
    await page.getByRole('checkbox', { name: 'Point' }).click();
    await page.keyboard.press('End');
  }
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  return written(join(cms.contentDir, 'opinions', `${created}.mdx`));
}

describe('npm run cms (Keystatic, local mode), then npm run build', () => {
  let cms: RunningCms;
  let browser: Browser;
  let original: FixtureBuild;
  let built: FixtureBuild;
  let seedSave: Awaited<ReturnType<typeof saveSeedUnchanged>>;
  let createdSource: string;

  beforeAll(async () => {
    // Builds and the CMS share the project's .astro/ folder: never both at once.
    original = buildContent('content');
    cms = await startCms('content');
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    try {
      seedSave = await saveSeedUnchanged(page, cms);
      createdSource = await createOpEd(page, cms);
    } catch (error) {
      await page.screenshot({ path: 'test-results/cms-failure.png' });
      throw new Error(`${(error as Error).message}\nThe CMS printed:\n${cms.output()}`);
    } finally {
      await cms.stop();
    }
    built = buildContent(cms.contentDir);
  }, 400_000);

  afterAll(async () => {
    await browser?.close();
    await cms?.stop();
    cms?.remove();
  });

  it('opens the seed op-ed with its fields as written, the date with its offset', () => {
    expect(seedSave.form).toEqual({
      headline: 'After the 2019 election: what’s next for Kazakhstan',
      published: '2019-06-10T10:00:00+06:00',
    });
  });

  it('saves the seed unchanged: every word, point and subhead of the built page is the same', () => {
    expect(original.status, original.output).toBe(0);
    expect(built.status, built.output).toBe(0);
    const path = `/opinion/${seed}/`;
    expect(readerView(readPage(path, built.outDir))).toEqual(readerView(readPage(path, original.outDir)));
    expect(seedSave.asDraft).toMatch(/^draft: true$/m);
    expect(seedSave.after).toMatch(/^draft: false$/m);
    // The same instant in the same words: the CMS never rewrites a date into UTC.
    expect(seedSave.after).toMatch(/^published: '2019-06-10T10:00:00\+06:00'$/m);
  });

  it('writes a new op-ed as MDX that npm run build publishes with its points structured and the disclaimer', () => {
    expect(createdSource).toMatch(/^title: Three reasons the steppe needs trains$/m);
    expect(built.status, built.output).toBe(0);
    const view = readerView(readPage(`/opinion/${created}/`, built.outDir));
    expect(view.points).toEqual([
      'why-trains-1: 1 First, they carry freight.',
      'why-trains-2: 2 Second, they are safe.',
      'why-trains-3: 3 Third, they last.',
    ]);
    expect(view.subheads).toEqual(['why-trains: Why trains']);
    expect(view.text).toContain('Distances here are measured in days. Trains could make them hours.');
    expect(view.disclaimer).toMatch(
      /^Publications in the Opinion section do not reflect the opinions of the editorial staff and are the personal opinions of authors\./,
    );
  });
});
