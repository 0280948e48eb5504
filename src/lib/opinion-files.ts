import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Locale } from '../config/site';
import { authorSchema, opinionFileSchema } from '../schemas/opinion';
import { parseFrontmatter, readFrontmatter } from './frontmatter';
import { opinionIdFromPath } from './opinion-id';
import { buildTime, isPublished, newestFirst } from './publication';

/**
 * Published op-eds read straight from the content folder, for the steps that
 * run outside Astro's content layer: the sitemap serializer (after the build)
 * and drawing social images ahead (alongside it). Files go through the
 * collection's own schema and publication rule, so they read exactly as the
 * build reads them; a file the schema refuses is left out (the content check
 * and the build report it).
 */
export interface OpinionFile {
  id: string;
  /** Relative to the opinions folder. */
  filePath: string;
  data: {
    title: string;
    lang: Locale;
    /** Author ids, in byline order. */
    authors: string[];
    /** Date-time with offset, as written. */
    published: string;
    updated: string | undefined;
    translationOf?: { id: string } | undefined;
  };
}

/** Published op-eds at `now`, newest first (the order of getPublishedOpinions). */
export function readPublishedOpinionFiles(opinionsDir: string, now = buildTime()): OpinionFile[] {
  const files = readdirSync(opinionsDir, { recursive: true, encoding: 'utf-8' }).filter((file) =>
    file.endsWith('.mdx'),
  );
  const opinions = files.flatMap((file): OpinionFile[] => {
    let parsed;
    try {
      parsed = opinionFileSchema.safeParse(readFrontmatter(readFileSync(join(opinionsDir, file), 'utf-8')));
    } catch {
      return [];
    }
    if (!parsed.success || !isPublished(parsed.data, { now, preview: false })) return [];
    const { title, lang, authors, published, updated, translationOf } = parsed.data;
    return [
      {
        id: opinionIdFromPath(file),
        filePath: file,
        data: {
          title,
          lang,
          authors,
          published,
          updated,
          translationOf: translationOf === undefined ? undefined : { id: translationOf },
        },
      },
    ];
  });
  return opinions.sort(newestFirst);
}

/** Author names by id, from the authors folder; files the schema refuses are left out. */
export function readAuthorNames(authorsDir: string): Map<string, string> {
  const names = new Map<string, string>();
  if (!existsSync(authorsDir)) return names;
  for (const file of readdirSync(authorsDir, { encoding: 'utf-8' })) {
    const id = /^(.+)\.ya?ml$/.exec(file)?.[1];
    if (!id) continue;
    try {
      const parsed = authorSchema.safeParse(parseFrontmatter(readFileSync(join(authorsDir, file), 'utf-8')));
      if (parsed.success) names.set(id, parsed.data.name);
    } catch {
      // An unreadable author file is reported by the content check and the build.
    }
  }
  return names;
}
