import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { authorSchema, opinionSchema, topicSchema } from './content-model/schema';
import { contentDir } from './content-model/content-dir';
import { verbatimFrontmatterGlob } from './content-model/loader';
import { uniqueOpinionIds } from './content-model/opinion-id';
import { authorIds, referenceProblems, topicIds } from './content-model/reference-checks';

const opinionId = uniqueOpinionIds(`${contentDir}/opinions`);

const opinions = defineCollection({
  loader: verbatimFrontmatterGlob({
    pattern: '**/*.mdx',
    base: `${contentDir}/opinions`,
    // Op-eds render from their compiled MDX modules; nothing reads the raw
    // text, and keeping it would put every op-ed's text into the data store
    // module each page build loads (6 MB at 1,000 op-eds instead of 0.7 MB).
    retainBody: false,
    generateId: ({ entry }) => opinionId(entry),
    check: (data, filePath) => referenceProblems(data, filePath, authorIds(contentDir), topicIds(contentDir)),
  }),
  schema: ({ image }) => opinionSchema(reference('authors'), reference('opinions'), image()),
});

const authors = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${contentDir}/authors` }),
  schema: authorSchema,
});

const topics = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${contentDir}/topics` }),
  schema: topicSchema,
});

export const collections = { opinions, authors, topics };
