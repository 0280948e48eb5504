import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { authorSchemaWith, opinionSchema, standardsPageSchema, topicSchema } from './content-model/schema';
import { buildSettings } from './config/env';
import { verbatimFrontmatterGlob } from './content-model/loader';
import { uniqueOpinionIds } from './content-model/opinion-id';
import { authorIds, referenceProblems, topicIds } from './content-model/reference-checks';

const { contentDir } = buildSettings();
const opinionId = uniqueOpinionIds(`${contentDir}/opinions`);

const opinions = defineCollection({
  loader: verbatimFrontmatterGlob({
    pattern: '**/*.mdx',
    base: `${contentDir}/opinions`,
    // Op-eds are rendered to HTML as they load (loader.ts); nothing reads
    // the raw text afterwards, and keeping it would double the data store.
    retainBody: false,
    generateId: ({ entry }) => opinionId(entry),
    check: (data, filePath) => referenceProblems(data, filePath, authorIds(contentDir), topicIds(contentDir)),
  }),
  schema: ({ image }) => opinionSchema(reference('authors'), reference('opinions'), image()),
});

const authors = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${contentDir}/authors` }),
  schema: ({ image }) => authorSchemaWith(image()),
});

const topics = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${contentDir}/topics` }),
  schema: topicSchema,
});

/** The outlet's own pages, one MDX file per page per language: content/pages/<lang>/<page>.mdx. */
const pages = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: `${contentDir}/pages` }),
  schema: standardsPageSchema,
});

export const collections = { opinions, authors, topics, pages };
