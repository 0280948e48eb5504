import { collection, config, fields } from '@keystatic/core';
import { block, mark, wrapper } from '@keystatic/core/content-components';
import { createElement } from 'react';
import { buildSettings } from '../../src/config/env.ts';
import { locales } from '../../src/config/site.ts';
import { authorFieldHints, opinionFieldHints, standardsPageFieldHints } from './field-hints.ts';
import {
  authorCmsSchema,
  cmsFields,
  contentPath,
  opinionCmsSchema,
  slugField,
  standardsPageSchema,
} from './schema-fields.ts';

/**
 * `npm run cms`: Keystatic in local mode, reading and writing the same
 * files an editor writes by hand (content/opinions/<slug>.mdx,
 * content/authors/<id>.yaml, content/pages/<lang>/<page>.mdx). The fields
 * come from the content schema (tools/cms/schema-fields.ts); the body offers
 * the op-ed's components.
 */
const content = contentPath(buildSettings().contentDir);

/** The body's components, as src/components/opinion-components.ts renders them. */
const components = {
  Points: wrapper({
    label: 'Numbered points',
    description: 'A list of points, each starting with its ordinal word: First, Second…',
    schema: {
      id: fields.text({
        label: 'Link name (optional)',
        description: 'Gives the points stable links, e.g. how-it-differed. Leave empty to use the subhead.',
      }),
    },
  }),
  // A point is written on one line, <Point>First, …</Point>, which MDX reads as inline text: a mark here.
  Point: mark({
    label: 'Point',
    icon: createElement(
      'svg',
      { viewBox: '0 0 24 24', width: 18, height: 18, 'aria-hidden': true },
      createElement('text', { x: 2, y: 18, fontSize: 16, fontWeight: 700, fill: 'currentColor' }, '1.'),
    ),
    schema: {},
    style: { backgroundColor: '#e8f0fe', outline: '1px solid #9ab' },
  }),
  Figure: block({
    label: 'Figure',
    description: 'An image in the text, with what it shows, a caption and a credit.',
    schema: {
      src: fields.image({
        label: 'Image',
        directory: `${content}/opinions/images`,
        publicPath: './images/',
        validation: { isRequired: true },
      }),
      alt: fields.text({ label: 'What it shows', validation: { isRequired: true } }),
      caption: fields.text({ label: 'Caption' }),
      credit: fields.text({ label: 'Credit', description: 'e.g. Photo: Name / Agency' }),
    },
  }),
};

const opinionFields = cmsFields(opinionCmsSchema.shape, opinionFieldHints, {
  directory: `${content}/opinions/images`,
  publicPath: './images/',
});
const authorFields = cmsFields(authorCmsSchema.shape, authorFieldHints, {
  directory: `${content}/authors/photos`,
  publicPath: './photos/',
});
const pageFields = cmsFields(standardsPageSchema.shape, standardsPageFieldHints);
const languageNames = { en: 'English', ru: 'Russian', kk: 'Kazakh' } as const;

/** The outlet's pages of one language; their file names are fixed (about, submit…), so edit, don't add. */
const pagesIn = (lang: (typeof locales)[number]) =>
  collection({
    label: `Outlet pages (${languageNames[lang]})`,
    slugField: 'title',
    path: `${content}/pages/${lang}/*`,
    entryLayout: 'content',
    format: { contentField: 'body' },
    schema: {
      ...pageFields,
      title: slugField(pageFields.title),
      body: fields.mdx({
        label: 'Text',
        extension: 'mdx',
        options: { heading: [2], code: false, codeBlock: false, image: false, table: false, divider: false },
      }),
    },
  });

export default config({
  storage: { kind: 'local' },
  ui: { brand: { name: 'The Steppe Opinion' } },
  collections: {
    opinions: collection({
      label: 'Op-eds',
      slugField: 'title',
      path: `${content}/opinions/*`,
      entryLayout: 'content',
      format: { contentField: 'body' },
      schema: {
        ...opinionFields,
        title: slugField(opinionFields.title),
        body: fields.mdx({
          label: 'Text',
          extension: 'mdx',
          options: {
            heading: [2],
            strikethrough: false,
            code: false,
            codeBlock: false,
            table: false,
            image: false,
            divider: false,
            blockquote: false,
          },
          components,
        }),
      },
    }),
    authors: collection({
      label: 'Authors',
      slugField: 'name',
      path: `${content}/authors/*`,
      format: { data: 'yaml' },
      schema: { ...authorFields, name: slugField(authorFields.name) },
    }),
    ...Object.fromEntries(locales.map((lang) => [`pages-${lang}`, pagesIn(lang)])),
  },
});
