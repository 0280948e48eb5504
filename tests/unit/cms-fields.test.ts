import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import keystaticConfig from '../../tools/cms/keystatic.config';
import { authorFieldHints, opinionFieldHints } from '../../tools/cms/field-hints';
import { authorSchema, cmsFields, opinionCmsSchema } from '../../tools/cms/schema-fields';

interface KeystaticField {
  kind: string;
  fields?: Record<string, KeystaticField>;
  element?: KeystaticField;
  options?: readonly { value: string }[];
  defaultValue?: () => unknown;
  parse?: (value: unknown, extra?: unknown) => unknown;
}

/** A schema's fields as the CMS must offer them: nested objects and arrays of objects included. */
function zodOutline(schema: z.ZodType): unknown {
  let inner = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
  if (inner instanceof z.ZodObject) {
    return Object.fromEntries(
      Object.entries(inner.shape as Record<string, z.ZodType>).map(([key, child]) => [
        key,
        zodOutline(child),
      ]),
    );
  }
  if (inner instanceof z.ZodArray) {
    const element = zodOutline(inner.element as z.ZodType);
    return typeof element === 'object' ? [element] : 'list';
  }
  if (inner instanceof z.ZodEnum) return `one of ${(inner.options as string[]).join(', ')}`;
  if (inner instanceof z.ZodBoolean) return 'yes/no';
  return 'value';
}

/** The same outline, read from the Keystatic fields. */
function cmsOutline(field: KeystaticField): unknown {
  if (field.kind === 'object') {
    return Object.fromEntries(Object.entries(field.fields!).map(([key, child]) => [key, cmsOutline(child)]));
  }
  if (field.kind === 'array') {
    const element = cmsOutline(field.element!);
    return typeof element === 'object' ? [element] : 'list';
  }
  if (field.options) return `one of ${field.options.map(({ value }) => value).join(', ')}`;
  if (typeof field.defaultValue?.() === 'boolean') return 'yes/no';
  if (Array.isArray(field.defaultValue?.())) return 'list';
  return 'value';
}

const collections = keystaticConfig.collections as unknown as Record<
  string,
  { schema: Record<string, KeystaticField> }
>;

describe('the CMS fields mirror the content schema (src/content-model/schema.ts)', () => {
  it('offers every op-ed field, and only those, plus the body', () => {
    const { body, ...fields } = collections['opinions']!.schema;
    expect(body?.kind).toBe('form');
    expect(cmsOutline({ kind: 'object', fields })).toEqual(zodOutline(opinionCmsSchema));
  });

  it('offers every author field, and only those, nested ones included', () => {
    expect(cmsOutline({ kind: 'object', fields: collections['authors']!.schema })).toEqual(
      zodOutline(authorSchema),
    );
  });

  it('stops the CMS, naming the field, when the schema gains one the CMS has no label for', () => {
    const grown = opinionCmsSchema.extend({
      corrections: z.array(z.strictObject({ date: z.string(), text: z.string() })).default([]),
    });
    expect(() => cmsFields(grown.shape, opinionFieldHints)).toThrow(
      'The CMS has no label for "corrections". Add it to tools/cms/field-hints.ts.',
    );
    const hints = { ...opinionFieldHints, corrections: { label: 'Corrections' } };
    expect(() => cmsFields(grown.shape, hints)).toThrow(/no label for "corrections.date"/);
    const labelled = {
      ...opinionFieldHints,
      corrections: { label: 'Corrections', fields: { date: { label: 'Date' }, text: { label: 'Text' } } },
    };
    const fields = cmsFields(grown.shape, labelled) as unknown as Record<string, KeystaticField>;
    expect(cmsOutline({ kind: 'object', fields })).toEqual(zodOutline(grown));
  });

  it('stops the CMS, naming the field, for a kind of field it cannot edit', () => {
    const odd = z.strictObject({ wordCount: z.bigint() });
    expect(() => cmsFields(odd.shape, { wordCount: { label: 'Words' } })).toThrow(
      /no field for "wordCount" \(a bigint/,
    );
  });

  it('has a label for every author field', () => {
    expect(Object.keys(authorFieldHints)).toEqual(Object.keys(authorSchema.shape));
  });
});

describe('saving in the CMS', () => {
  const { tags, title } = collections['opinions']!.schema as Record<
    string,
    KeystaticField & { validate: (value: unknown) => unknown }
  >;
  const tag = (tags as unknown as { element: { validate: (value: unknown) => unknown } }).element;

  it('refuses what the build refuses, in the words npm run check uses', () => {
    const message = opinionCmsSchema.shape.tags.safeParse(['Bad Tag']).error!.issues[0]!.message;
    expect(message).toMatch(/lower-case letters or digits joined by hyphens/);
    expect(() => tag.validate('Bad Tag')).toThrow(message);
    expect(tag.validate('presidential-election')).toBe('presidential-election');
  });

  it('checks the headline itself, not its file name', () => {
    // Keystatic counts the spaces as text; the schema trims them, as the build does.
    expect(() => title!.validate({ name: '   ', slug: 'x' })).toThrow(/title is empty/);
    expect(title!.validate({ name: 'A headline', slug: 'a-headline' })).toEqual({
      name: 'A headline',
      slug: 'a-headline',
    });
  });
});

describe('dates in the CMS', () => {
  const published = collections['opinions']!.schema['published']!;

  it('keeps the text the file holds, offset and all', () => {
    expect(published.parse!('2030-01-01T09:00:00+06:00', undefined)).toBe('2030-01-01T09:00:00+06:00');
  });

  it('shows an unquoted YAML date (an instant, offset lost) in Almaty time with the offset of that day', () => {
    expect(published.parse!(new Date('2019-06-10T04:00:00Z'), undefined)).toBe('2019-06-10T10:00:00+06:00');
    expect(published.parse!(new Date('2025-06-10T04:00:00Z'), undefined)).toBe('2025-06-10T09:00:00+05:00');
  });
});
