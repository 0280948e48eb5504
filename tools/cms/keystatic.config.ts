import { config, collection, fields } from '@keystatic/core';
export default config({
  storage: { kind: 'local' },
  collections: {
    opinions: collection({
      label: 'Op-eds',
      slugField: 'title',
      path: 'content/opinions/*',
      format: { contentField: 'body' },
      schema: {
        title: fields.slug({ name: { label: 'Headline' } }),
        body: fields.mdx({ label: 'Body' }),
      },
    }),
  },
});
