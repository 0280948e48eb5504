import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { authorSchema, opinionSchema } from './schemas/opinion';
import { contentDir } from './config/content-dir';
import { verbatimFrontmatterGlob } from './lib/loaders/verbatim-frontmatter-glob';
import { opinionIdFromPath } from './lib/opinion-id';

const opinions = defineCollection({
  loader: verbatimFrontmatterGlob({
    pattern: '**/*.mdx',
    base: `${contentDir}/opinions`,
    generateId: ({ entry }) => opinionIdFromPath(entry),
  }),
  schema: ({ image }) => opinionSchema(reference('authors'), image()),
});

const authors = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${contentDir}/authors` }),
  schema: authorSchema,
});

export const collections = { opinions, authors };
