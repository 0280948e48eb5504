import { z } from 'astro/zod';
import { locales } from '../config/site';
import { parseOffsetDateTime } from './offset-date-time';

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
      error: `${field} is not a real date and time with its time zone offset (a date alone, or a time without +HH:MM, is not enough). Write it like  ${field}: "2019-06-10T09:00:00+06:00"  (+06:00 is Almaty time).`,
    });

const text = (field: string, max: number, example: string) =>
  z
    .string({ error: `${field} is missing. Add a line like  ${field}: "${example}"` })
    .trim()
    .min(1, { error: `${field} is empty. Write it between the quotes:  ${field}: "${example}"` })
    .max(max, { error: `${field} is longer than ${max} characters. Shorten it.` });

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

export const authorSchema = z.strictObject({
  /** Name as printed in the byline. */
  name: z.string().trim().min(1, { error: 'name is empty' }),
  /** One line on who the author is, shown on the author page. */
  bio: z.string().trim().min(1, { error: 'bio is empty' }),
  /** Links to the author elsewhere (their own site, profiles). */
  links: z
    .array(z.strictObject({ label: z.string().min(1), url: z.url({ protocol: /^https?$/ }) }))
    .default([]),
});
