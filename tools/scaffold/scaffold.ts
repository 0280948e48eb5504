import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { slugFromHeadline } from '../../src/content-model/slug.ts';
import { authorIds, topicIds } from '../../src/content-model/reference-checks.ts';
import { parseOffsetDateTime } from '../../src/content-model/offset-date-time.ts';

/**
 * `npm run new`: the logic behind the scaffold, kept here so it is
 * unit-tested; tools/scaffold/new-opinion.ts only parses arguments and prints.
 * Imports carry `.ts` because the CLI runs on Node's own type stripping.
 */
export interface ScaffoldOptions {
  headline: string;
  /** Author id (file name in content/authors/ without extension). */
  author?: string | undefined;
  /** Publication date-time with offset; defaults to now in Almaty. */
  date?: string | undefined;
  /** The content folder holding opinions/ and authors/. */
  contentDir: string;
  /** "Now", for tests. */
  now?: Date | undefined;
}

export interface ScaffoldResult {
  slug: string;
  path: string;
  /** The topics `tags:` may name (content/topics/ file names). */
  topics: string[];
}

/** A refusal the CLI prints as is. */
export class ScaffoldError extends Error {}

const DEFAULT_AUTHOR = 'guest-contributor';
/** Almaty (Asia/Almaty) is UTC+06:00 all year, without daylight saving. */
const ALMATY_OFFSET = '+06:00';

/** "2026-11-25T17:55:00+06:00": `now` as a wall-clock time in Almaty, to the minute. */
export function almatyNow(now: Date): string {
  const shifted = new Date(now.getTime() + 6 * 60 * 60 * 1000);
  return `${shifted.toISOString().slice(0, 16)}:00${ALMATY_OFFSET}`;
}

/** YAML double-quoted string: safe for any headline, including quotes and colons. */
function quoted(value: string): string {
  return JSON.stringify(value);
}

/** The new op-ed's text: complete frontmatter and a body showing each component. */
export function opinionTemplate(fields: { headline: string; author: string; published: string }): string {
  return `---
title: ${quoted(fields.headline)}
description: "One or two sentences that sum up the argument. Shown under the headline and in link previews."
published: "${fields.published}"
authors: [${fields.author}]
tags: []
lang: "en"
draft: true
---

First paragraph: the argument in a sentence or two. Write plain text; for a "less than" sign write &lt; (e.g. &lt;50%).

## A subhead

Numbered points get their own links. Each point starts with its ordinal word.

<Points>
  <Point>First, the first point.</Point>
  <Point>Second, the second point.</Point>
</Points>

## Another subhead

An image: put the file next to this op-ed (e.g. content/opinions/images/photo.jpg), then describe it.

{/* <Figure src="./images/photo.jpg" alt="What the photo shows, for readers who cannot see it" caption="What it means for the argument" credit="Photo: Name / Agency" /> */}

Closing paragraph.
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

  const published = options.date ?? almatyNow(options.now ?? new Date());
  if (!parseOffsetDateTime(published)) {
    throw new ScaffoldError(
      `--date "${published}" is not a date-time with its offset. Write it like 2026-06-10T09:00:00+06:00.`,
    );
  }

  const dir = join(options.contentDir, 'opinions');
  const path = join(dir, `${slug}.mdx`);
  if (existsSync(path)) {
    throw new ScaffoldError(
      `${path} already exists, so nothing was written. Open that file to edit it, or choose a different headline.`,
    );
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(path, opinionTemplate({ headline, author, published }), { flag: 'wx' });
  return { slug, path, topics: topicIds(options.contentDir) };
}
