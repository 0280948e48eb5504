import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { authorSchema, opinionSchema } from './schemas/opinion';
import { contentDir } from './config/content-dir';
import { verbatimFrontmatterGlob } from './lib/loaders/verbatim-frontmatter-glob';

const opinions = defineCollection({
  loader: verbatimFrontmatterGlob({ pattern: '**/*.mdx', base: `${contentDir}/opinions` }),
  schema: opinionSchema(reference('authors'), reference('opinions')),
});

const authors = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${contentDir}/authors` }),
  schema: authorSchema,
});

export const collections = { opinions, authors };
