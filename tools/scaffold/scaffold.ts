import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasKazakhLetter, slugFromHeadline } from '../../src/content-model/slug.ts';
import { authorIds, topicIds } from '../../src/content-model/reference-checks.ts';
import { parseOffsetDateTime, zonedDateTime } from '../../src/content-model/offset-date-time.ts';
import { isLocale, locales, site, type Locale } from '../../src/config/site.ts';
import { placeholders } from './templates.ts';

/**
 * `npm run new`: the logic behind the scaffold, kept here so it is
 * unit-tested; tools/scaffold/new-opinion.ts only parses arguments and prints.
 * Imports carry `.ts` because the CLI runs on Node's own type stripping.
 */
export interface ScaffoldOptions {
  headline: string;
  /** Author id (file name in content/authors/ without extension). */
  author?: string | undefined;
  /** Publication date-time with offset; defaults to now in the site's time zone. */
  date?: string | undefined;
  /** The op-ed's language; defaults to the one the headline is written in. */
  lang?: string | undefined;
  /** The content folder holding opinions/ and authors/. */
  contentDir: string;
  /** "Now", for tests. */
  now?: Date | undefined;
}

export interface ScaffoldResult {
  slug: string;
  path: string;
  lang: Locale;
  /** The topics `tags:` may name (content/topics/ file names). */
  topics: string[];
}

/** A refusal the CLI prints as is. */
export class ScaffoldError extends Error {}

const DEFAULT_AUTHOR = 'guest-contributor';

/** "2026-11-25T17:55:00+05:00": `now` as the wall-clock time in the site's zone, with that zone's offset then. */
export function siteNow(now: Date): string {
  return zonedDateTime(now, site.timeZone);
}

/** The headline's language: Cyrillic with a Kazakh letter is kk, other Cyrillic ru, anything else en. */
export function headlineLanguage(headline: string): Locale {
  if (!/\p{Script=Cyrillic}/u.test(headline)) return 'en';
  return hasKazakhLetter(headline) ? 'kk' : 'ru';
}

/** YAML double-quoted string: safe for any headline, including quotes and colons. */
function quoted(value: string): string {
  return JSON.stringify(value);
}

/** The new op-ed's text: complete frontmatter and a body showing each component, in `lang`. */
export function opinionTemplate(fields: {
  headline: string;
  author: string;
  published: string;
  lang: Locale;
}): string {
  const text = placeholders[fields.lang];
  return `---
title: ${quoted(fields.headline)}
description: ${quoted(text.description)}
published: "${fields.published}"
authors: [${fields.author}]
tags: []
lang: "${fields.lang}"
draft: true
---

${text.opening}

## ${text.subhead}

${text.pointsNote}

<Points>
  <Point>${text.points[0]}</Point>
  <Point>${text.points[1]}</Point>
</Points>

## ${text.anotherSubhead}

${text.imageNote}

{/* <Figure src="./images/photo.jpg" alt=${quoted(text.figure.alt)} caption=${quoted(text.figure.caption)} credit=${quoted(text.figure.credit)} /> */}

${text.closing}
`;
}

/** Creates content/opinions/<slug>.mdx; refuses to overwrite or to name an unknown author. */
export function scaffoldOpinion(options: ScaffoldOptions): ScaffoldResult {
  const headline = options.headline.trim();
  if (!headline) {
    throw new ScaffoldError('Give the headline in quotes:  npm run new -- "Your headline"');
  }
  const slug = slugFromHeadline(headline);
  if (!slug) {
    throw new ScaffoldError(
      `The headline "${headline}" has no letters or digits to build a file name from. Use a headline with words.`,
    );
  }

  const author = options.author ?? DEFAULT_AUTHOR;
  const known = authorIds(options.contentDir);
  if (!known.includes(author)) {
    throw new ScaffoldError(
      `There is no author "${author}" (no file ${join(options.contentDir, 'authors', `${author}.yaml`)}). ` +
        `Use one of: ${known.join(', ') || '(none yet)'} — or add the author's YAML file first.`,
    );
  }

  const now = options.now ?? new Date();
  const published = options.date ?? siteNow(now);
  if (!parseOffsetDateTime(published)) {
    throw new ScaffoldError(
      `--date "${published}" is not a date-time with its offset. Write it like ${siteNow(now)} (now in ${site.timeZone}).`,
    );
  }

  const lang = options.lang ?? headlineLanguage(headline);
  if (!isLocale(lang)) {
    throw new ScaffoldError(`--lang "${lang}" is not a site language. Use one of: ${locales.join(', ')}.`);
  }

  const dir = join(options.contentDir, 'opinions');
  const path = join(dir, `${slug}.mdx`);
  if (existsSync(path)) {
    throw new ScaffoldError(
      `${path} already exists, so nothing was written. Open that file to edit it, or choose a different headline.`,
    );
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(path, opinionTemplate({ headline, author, published, lang }), { flag: 'wx' });
  return { slug, path, lang, topics: topicIds(options.contentDir) };
}
