import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { authorSchema, opinionFileSchema, standardsPageSchema } from '../../src/content-model/schema';

/** Every field an editor can write, and the fields inside the list and object ones. */
const fields = {
  'op-ed': Object.keys(opinionFileSchema.shape),
  correction: ['date', 'kind', 'text'],
  withdrawn: ['date', 'reason'],
  author: Object.keys(authorSchema.shape),
  'outlet page': Object.keys(standardsPageSchema.shape),
};

describe('EDITING.md', () => {
  const guide = readFileSync('EDITING.md', 'utf-8');
  it.each(Object.entries(fields))('explains every %s field', (_, names) => {
    expect(names.filter((name) => !guide.includes(`\`${name}\``))).toEqual([]);
  });
});
