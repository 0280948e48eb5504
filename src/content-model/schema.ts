import { z } from 'astro/zod';
import { locales } from '../config/site';
import { parseOffsetDateTime } from './offset-date-time';
import { slugPattern } from './slug';

/**
 * The op-ed contract. The schema is a factory so unit tests can run it with
 * plain strings for references, while the collection passes Astro's
 * `reference('authors')` and `reference('opinions')`. Messages speak to editors: what is wrong and the fix.
 */
const offsetDateTime = (field: string) =>
  z
    .string({
      error: `${field} must be a date-time with its time zone offset, e.g. ${field}: 2019-06-10T09:00:00+06:00`,
    })
    .refine((value) => parseOffsetDateTime(value) !== undefined, {
      error: `${field} is not a real date and time with its time zone offset (a date alone, or a time without +HH:MM, is not enough). Write it like  ${field}: "2019-06-10T09:00:00+06:00"  (Almaty time is +05:00 since 1 March 2024, +06:00 before).`,
    });

const text = (field: string, max: number, example: string) =>
  z
    .string({ error: `${field} is missing. Add a line like  ${field}: "${example}"` })
    .trim()
    .min(1, { error: `${field} is empty. Write it between the quotes:  ${field}: "${example}"` })
    .max(max, { error: `${field} is longer than ${max} characters. Shorten it.` });

/** A correction or clarification note at the foot of an op-ed. */
const correctionSchema = z.strictObject({
  /** When the note was added: a date-time with offset, not before `published`. */
  date: offsetDateTime('date'),
  /** correction: a fact was wrong and is fixed; clarification: something was unclear and is explained. */
  kind: z.enum(['correction', 'clarification'], { error: 'kind must be correction or clarification' }),
  /** What was wrong or unclear, and what the op-ed says now, in the op-ed's language. */
  text: text('text', 600, 'An earlier version gave the wrong date of the vote. It was 9 June.'),
});

/** Why and when an op-ed was taken down; its address then answers 410 Gone with this notice. */
const withdrawnSchema = z.strictObject({
  /** When it was taken down: a date-time with offset. */
  date: offsetDateTime('date'),
  /** One or two sentences for readers on why, in the op-ed's language. */
  reason: text('reason', 600, 'The author asked us to withdraw it.'),
});

export const tagPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * `opinionRef` is Astro's `reference('opinions')` in the collection.
 * `imageRef` is Astro's `image()` in the collection (it resolves the path
 * relative to the MDX file and fails when the file is missing); the content
 * check passes its own file-exists check; unit tests leave the plain string.
 */
export function opinionSchema<
  Ref extends z.ZodType,
  OpinionRef extends z.ZodType,
  Img extends z.ZodType = z.ZodString,
>(authorRef: Ref, opinionRef: OpinionRef, imageRef: Img = z.string() as z.ZodType as Img) {
  const shape = {
    /** Headline, shown on the page, in link previews and in feeds. */
    title: text('title', 200, 'After the 2019 election: what’s next for Kazakhstan'),
    /** Standfirst: one or two sentences under the headline; also the share description. */
    description: text('description', 300, 'One or two sentences that sum up the argument.'),
    /** When it goes live: date-time with offset; a future time schedules it. */
    published: offsetDateTime('published'),
    /** When it was last meaningfully changed, shown to readers as "Updated". */
    updated: offsetDateTime('updated').optional(),
    /** Author ids: file names in content/authors/ without the extension. */
    authors: z
      .array(authorRef, { error: 'authors must be a list of author ids, e.g. authors: [guest-contributor]' })
      .min(1, { error: 'authors is empty. Name at least one author id from content/authors/.' }),
    /** Topics, lower-case words joined by hyphens, e.g. [kazakhstan, elections]. */
    tags: z
      .array(
        z.string().regex(tagPattern, {
          error:
            'each tag must be lower-case letters or digits joined by hyphens, e.g. presidential-election',
        }),
      )
      .default([]),
    /** Language the op-ed is written in. */
    lang: z.enum(locales, { error: `lang must be one of: ${locales.join(', ')}` }).default('en'),
    /** The op-ed this one translates: its file name without .mdx; the versions link to each other. */
    translationOf: opinionRef.optional(),
    /** A sentence from the op-ed to highlight; it is shown once, and hidden from screen readers. */
    pullQuote: z
      .string()
      .trim()
      .min(1, { error: 'pullQuote is empty: remove the line or fill it in.' })
      .optional(),
    /** true keeps it out of the published site; it still shows in `npm run dev`. */
    draft: z.boolean({ error: 'draft must be true or false' }).default(false),
    /** Lead image, a path relative to this file, e.g. ./images/steppe.jpg. */
    image: imageRef.optional(),
    /** What the lead image shows, for readers who cannot see it; required with `image`. */
    imageAlt: z
      .string()
      .trim()
      .min(1, { error: 'imageAlt is empty. Describe what the image shows, in one sentence.' })
      .optional(),
    /** Caption under the lead image. */
    imageCaption: z.string().trim().min(1).optional(),
    /** Who made the lead image, e.g. "Photo: Name / Agency". */
    imageCredit: z.string().trim().min(1).optional(),
    /** Corrections and clarifications, oldest first, each shown dated at the foot of the op-ed. */
    corrections: z
      .array(correctionSchema, {
        error: 'corrections must be a list of entries with date, kind and text (see EDITING.md)',
      })
      .default([]),
    /** Old file names (without .mdx) this op-ed was published under; each old address sends readers here. */
    oldAddresses: z
      .array(
        z.string().regex(slugPattern, {
          error:
            'each old address is the old file name without .mdx, e.g. oldAddresses: [kazakhstan-after-the-election]',
        }),
      )
      .default([]),
    /** Set when the op-ed is taken down on purpose: it leaves only a dated notice at its address. */
    withdrawn: withdrawnSchema.optional(),
  };
  return z
    .strictObject(shape, {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `Unknown field ${issue.keys.map((key) => `"${key}"`).join(', ')}. Check the spelling; allowed fields are: ${Object.keys(shape).join(', ')}.`
          : undefined,
    })
    .superRefine((data, context) => {
      if (data.image !== undefined && data.imageAlt === undefined) {
        context.addIssue({
          code: 'custom',
          path: ['imageAlt'],
          message:
            'the lead image has no alt text. Add a line like  imageAlt: "Voters queue outside a polling station in Almaty"  describing what it shows.',
        });
      }
      const published = parseOffsetDateTime(data.published)?.instant;
      data.corrections.forEach((correction, index) => {
        const date = parseOffsetDateTime(correction.date)?.instant;
        if (published && date && date < published) {
          context.addIssue({
            code: 'custom',
            path: ['corrections', index, 'date'],
            message: `the ${correction.kind} is dated ${correction.date}, before the op-ed was published (${data.published}). Write the date and time the note was added, on or after published`,
          });
        }
      });
    });
}

/**
 * The op-ed schema for steps outside Astro's content layer (the content
 * check, the sitemap, drawing social images ahead): references stay plain
 * ids. Built once: zod schemas are costly to build.
 */
export const opinionFileSchema = opinionSchema(z.string(), z.string());

/** One language's name of a topic: required, since links to the topic show it in every language. */
const topicName = (locale: (typeof locales)[number]) =>
  z
    .string({
      error: `name.${locale} is missing. Under name: add the line  ${locale}: "…"  with the name in that language`,
    })
    .trim()
    .min(1, { error: `name.${locale} is empty. Write the name in that language between the quotes.` });

/** One language's introduction to a topic: optional, a paragraph when given. */
const topicIntro = (locale: (typeof locales)[number]) =>
  z
    .string()
    .trim()
    .min(1, { error: `intro.${locale} is empty: remove the line or write the paragraph.` })
    .optional();

/** A topic, content/topics/<tag>.yaml: the file name is the tag op-eds list in `tags`. */
export const topicSchema = z.strictObject({
  /** The topic's name in each site language, shown on its page and in every link to it. */
  name: z.strictObject(
    {
      /** Name in English. */
      en: topicName('en'),
      /** Name in Russian. */
      ru: topicName('ru'),
      /** Name in Kazakh. */
      kk: topicName('kk'),
    },
    { error: 'name must give the name in each language: en: "…", ru: "…", kk: "…" on their own lines' },
  ),
  /** One paragraph introducing the topic on its page, per language; a language may leave it out. */
  intro: z
    .strictObject({
      /** Introduction in English. */
      en: topicIntro('en'),
      /** Introduction in Russian. */
      ru: topicIntro('ru'),
      /** Introduction in Kazakh. */
      kk: topicIntro('kk'),
    })
    .default({}),
});

/**
 * Text an author file gives once for every language, or per language
 * (`{ en: "…", ru: "…" }`); a language left out falls back to English, then
 * to the first one given (see `localizedText` in src/content-model/author-text.ts).
 */
const perLanguage = (field: string, max: number) => {
  const line = z
    .string()
    .trim()
    .min(1, { error: `${field} is empty. Write it, or remove the line.` })
    .max(max, { error: `${field} is longer than ${max} characters. Shorten it.` });
  return z.union(
    [
      line,
      z
        .strictObject(
          Object.fromEntries(locales.map((locale) => [locale, line.optional()])) as {
            [L in (typeof locales)[number]]: z.ZodOptional<typeof line>;
          },
        )
        .refine((value) => Object.values(value).some(Boolean), {
          error: `${field} has no language. Write  ${field}: "…"  or  ${field}: { en: "…", ru: "…" }`,
        }),
    ],
    { error: `${field} must be one line of text, or one per language like  ${field}: { en: "…", ru: "…" }` },
  );
};

/** `imageRef` is Astro's `image()` in the collection (the photo's path is relative to the author file). */
export function authorSchemaWith<Img extends z.ZodType = z.ZodString>(
  imageRef: Img = z.string() as z.ZodType as Img,
) {
  return z.strictObject({
    /** Name as printed in the byline. */
    name: z.string().trim().min(1, { error: 'name is empty' }),
    /** One sentence on who the author is, per language or once for all; ends each op-ed and heads the author page. */
    bio: perLanguage('bio', 300),
    /** A short role under the name in the byline, e.g. "Political scientist, Almaty"; per language or once. */
    role: perLanguage('role', 80).optional(),
    /** A small portrait, a path relative to this file, e.g. ./photos/aigerim.jpg; shown in the byline. */
    photo: imageRef.optional(),
    /** Links to the author elsewhere (their own site, profiles). */
    links: z
      .array(z.strictObject({ label: z.string().min(1), url: z.url({ protocol: /^https?$/ }) }))
      .default([]),
  });
}

/** The author schema for steps outside Astro's content layer: the photo stays a plain path. */
export const authorSchema = authorSchemaWith();

/**
 * An outlet page (About, Opinion-section policy, Corrections policy, Submit,
 * Contact): content/pages/<language>/<page>.mdx, e.g. content/pages/ru/about.mdx.
 */
export const standardsPageSchema = z.strictObject({
  /** Heading of the page and its name in the footer. */
  title: text('title', 80, 'Opinion-section policy'),
  /** One sentence on what the page says, for search results and previews. */
  description: text('description', 300, 'What an op-ed is, how we choose and edit them.'),
});
