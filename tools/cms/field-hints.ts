import { locales, type Locale } from '../../src/config/site.ts';
import type { authorSchema, opinionFileSchema, standardsPageSchema } from '../../src/content-model/schema.ts';

/**
 * What the CMS tells editors about each field: the schema says what a field
 * holds, these say it in an editor's words. Typed by the schema's keys, so a
 * field added to the schema without a hint here fails the typecheck, and
 * tests/unit/cms-fields.test.ts fails too.
 */
export interface FieldHint {
  label: string;
  description?: string;
  /** How the field is edited when its type alone does not say. */
  widget?: 'headline' | 'date-time' | 'multiline';
  /** Labels of an enum's values. */
  options?: Record<string, string>;
  /** Hints of an object's own fields (e.g. each link of an author). */
  fields?: Record<string, FieldHint>;
}

type Hints<Shape> = { [Key in keyof Shape]-?: FieldHint };

export const opinionFieldHints: Hints<(typeof opinionFileSchema)['shape']> = {
  title: {
    label: 'Headline',
    widget: 'headline',
    description: 'Shown on the page, in link previews and in feeds. Its words also make the address.',
  },
  description: {
    label: 'Standfirst',
    widget: 'multiline',
    description: 'One or two sentences under the headline; also the description in link previews.',
  },
  published: {
    label: 'Publication time',
    widget: 'date-time',
    description:
      'When it goes live, with its time zone offset, e.g. 2026-06-10T09:00:00+05:00 (Almaty). A future time schedules it.',
  },
  updated: {
    label: 'Updated',
    widget: 'date-time',
    description: 'Fill in only after a meaningful change; readers see "Updated" with this date.',
  },
  authors: { label: 'Authors', description: 'In byline order. Add a new author under Authors first.' },
  tags: {
    label: 'Topics',
    description:
      'File names of topics in content/topics/, e.g. elections. A new topic is added by hand (EDITING.md, Topics).',
  },
  lang: {
    label: 'Language',
    description: 'The language the op-ed is written in.',
    options: { en: 'English', ru: 'Русский', kk: 'Қазақша' },
  },
  translationOf: {
    label: 'Translation of',
    description: 'Only for a translation: the op-ed it translates. The versions then link to each other.',
  },
  pullQuote: {
    label: 'Pull quote',
    widget: 'multiline',
    description: 'A sentence from the op-ed to highlight. Leave empty for none.',
  },
  draft: {
    label: 'Draft',
    description: 'While ticked, the op-ed stays off the site. Untick it to publish at the publication time.',
  },
  image: { label: 'Lead image', description: 'Shown above the text and in link previews.' },
  imageAlt: {
    label: 'Lead image: what it shows',
    description: 'One sentence for readers who cannot see the image. Required with a lead image.',
  },
  imageCaption: { label: 'Lead image: caption' },
  imageCredit: { label: 'Lead image: credit', description: 'e.g. Photo: Name / Agency' },
  corrections: {
    label: 'Corrections and clarifications',
    description:
      'Add one when something published was wrong (a correction) or unclear (a clarification). Never delete one once published.',
    fields: {
      date: {
        label: 'Added on',
        widget: 'date-time',
        description: 'When the note was added, with its offset; not before the publication time.',
      },
      kind: {
        label: 'Kind',
        options: {
          correction: 'Correction: a fact was wrong',
          clarification: 'Clarification: something was unclear',
        },
      },
      text: {
        label: 'What changed',
        widget: 'multiline',
        description:
          'One or two sentences, in the op-ed’s language: what was wrong or unclear, and what it says now.',
      },
    },
  },
  oldAddresses: {
    label: 'Old addresses',
    description: 'After a rename: the old file names, without .mdx. Links to them keep working.',
  },
  withdrawn: {
    label: 'Withdrawn',
    description:
      'Only when the op-ed is taken down on purpose: fill in both, and its address shows only this notice.',
    fields: {
      date: {
        label: 'Withdrawn on',
        widget: 'date-time',
        description: 'When it was taken down, with its offset.',
      },
      reason: { label: 'Why', widget: 'multiline', description: 'One or two sentences for readers.' },
    },
  },
};

const languageNames: Record<Locale, string> = { en: 'English', ru: 'Russian', kk: 'Kazakh' };

/** A text given once for every language or per language: one box per language, English first. */
function perLanguageHint(label: string, description: string, widget?: FieldHint['widget']): FieldHint {
  return {
    label,
    description,
    fields: Object.fromEntries(
      locales.map((lang) => [
        lang,
        { label: `${label} in ${languageNames[lang]}`, ...(widget ? { widget } : {}) },
      ]),
    ),
  };
}

export const authorFieldHints: Hints<(typeof authorSchema)['shape']> = {
  name: {
    label: 'Name',
    widget: 'headline',
    description: 'As printed in the byline. Its words make the file name.',
  },
  bio: perLanguageHint(
    'Bio',
    'One sentence on who the author is. English alone serves every language; add the others to show them instead.',
    'multiline',
  ),
  role: perLanguageHint(
    'Role',
    'A few words after the name in the byline, e.g. Political scientist, Almaty. Leave empty for none; never invent one.',
  ),
  photo: {
    label: 'Photo',
    description: 'A small square portrait, about 400 px. Leave empty for none.',
  },
  links: {
    label: 'Links',
    description: 'The author elsewhere: their own site, profiles.',
    fields: { label: { label: 'Link text' }, url: { label: 'Address (https://…)' } },
  },
};

export const standardsPageFieldHints: Hints<(typeof standardsPageSchema)['shape']> = {
  title: {
    label: 'Title',
    widget: 'headline',
    description: 'The page’s heading and its name in the footer. Keep the file name: the footer links to it.',
  },
  description: {
    label: 'Description',
    widget: 'multiline',
    description: 'One sentence on what the page says, for search results and link previews.',
  },
};
