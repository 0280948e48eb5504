import { describe, expect, it, vi } from 'vitest';
import { z } from 'astro/zod';
import keystaticConfig from '../../tools/cms/keystatic.config';
import { authorFieldHints, opinionFieldHints } from '../../tools/cms/field-hints';
import { authorCmsSchema, cmsFields, opinionCmsSchema } from '../../tools/cms/schema-fields';

// The site's own collections, as Astro defines them: references and images are plain text to the CMS.
vi.mock('astro:content', () => ({
  defineCollection: <T>(collection: T) => collection,
  reference: () => z.string(),
}));
const { collections: siteCollections } = await import('../../src/content.config');

interface KeystaticField {
  kind: string;
  parts?: Record<string, KeystaticField>;
  oneLine?: boolean;
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
  if (inner instanceof z.ZodUnion) return { either: (inner.options as z.ZodType[]).map(zodOutline) };
  if (inner instanceof z.ZodEnum) return `one of ${(inner.options as string[]).join(', ')}`;
  if (inner instanceof z.ZodBoolean) return 'yes/no';
  return 'value';
}

/** The same outline, read from the Keystatic fields. */
function cmsOutline(field: KeystaticField): unknown {
  if (field.parts) {
    const parts = cmsOutline({ kind: 'object', fields: field.parts });
    return field.oneLine ? { either: ['value', parts] } : parts;
  }
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

/**
 * Site collections the CMS does not edit, and why. Keystatic names each file
 * from a top-level text field; a topic's file name is its tag, which no field
 * holds, so topics are added by hand (EDITING.md, "Topics").
 */
const editedByHand: Record<string, string> = {
  topics: 'a topic file is named by its tag, which Keystatic cannot take from a field',
};

describe('the CMS fields mirror the content schema (src/content-model/schema.ts)', () => {
  /** A collection's fields as the site's content config defines them. */
  function siteSchema(name: string): z.ZodType {
    const { schema } = siteCollections[name as keyof typeof siteCollections] as { schema: unknown };
    return typeof schema === 'function'
      ? (schema as (context: unknown) => z.ZodType)({ image: () => z.string() })
      : (schema as z.ZodType);
  }
  /** The CMS collections that edit a site collection: by name, or one per language (pages-en…). */
  const cmsCollectionsOf = (name: string) =>
    Object.keys(collections).filter((key) => key === name || key.startsWith(`${name}-`));

  it('leaves out only collections named here with the reason', () => {
    for (const name of Object.keys(editedByHand)) expect(Object.keys(siteCollections)).toContain(name);
    for (const name of Object.keys(editedByHand)) expect(cmsCollectionsOf(name)).toEqual([]);
  });

  it.each(Object.keys(siteCollections).filter((name) => !(name in editedByHand)))(
    'offers every field of the %s collection, and only those, plus the body',
    (name) => {
      const editing = cmsCollectionsOf(name);
      expect(editing, `tools/cms/keystatic.config.ts has no collection for content/${name}/`).not.toEqual([]);
      for (const key of editing) {
        const { body, ...fields } = collections[key]!.schema;
        if (body) expect(body.kind).toBe('form');
        expect(cmsOutline({ kind: 'object', fields }), key).toEqual(zodOutline(siteSchema(name)));
      }
    },
  );

  it('stops the CMS, naming the field, when the schema gains one the CMS has no label for', () => {
    const images = { directory: 'content/opinions/images', publicPath: './images/' };
    const grown = opinionCmsSchema.extend({
      sources: z.array(z.strictObject({ date: z.string(), text: z.string() })).default([]),
    });
    expect(() => cmsFields(grown.shape, opinionFieldHints, images)).toThrow(
      'The CMS has no label for "sources". Add it to tools/cms/field-hints.ts.',
    );
    const hints = { ...opinionFieldHints, sources: { label: 'Sources' } };
    expect(() => cmsFields(grown.shape, hints, images)).toThrow(/no label for "sources.date"/);
    const labelled = {
      ...opinionFieldHints,
      sources: { label: 'Sources', fields: { date: { label: 'Date' }, text: { label: 'Text' } } },
    };
    const fields = cmsFields(grown.shape, labelled, images) as unknown as Record<string, KeystaticField>;
    expect(cmsOutline({ kind: 'object', fields })).toEqual(zodOutline(grown));
  });

  it('stops the CMS, naming the field, for a kind of field it cannot edit', () => {
    const odd = z.strictObject({ wordCount: z.bigint() });
    expect(() => cmsFields(odd.shape, { wordCount: { label: 'Words' } })).toThrow(
      /no field for "wordCount" \(a bigint/,
    );
  });

  it('has a label for every author field', () => {
    expect(Object.keys(authorFieldHints)).toEqual(Object.keys(authorCmsSchema.shape));
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

describe('fields saved as one value', () => {
  type Group = Omit<KeystaticField, 'parse'> & {
    parse: (value: unknown) => Record<string, unknown>;
    serialize: (value: Record<string, unknown>) => { value: unknown };
    validate: (value: Record<string, unknown>) => unknown;
  };
  const { bio } = collections['authors']!.schema as unknown as Record<string, Group>;
  const { withdrawn } = collections['opinions']!.schema as unknown as Record<string, Group>;
  const saved = (field: Group, stored: unknown) => field.serialize(field.parse(stored)).value;

  it('keeps a bio written once for every language, or per language, as the file had it', () => {
    expect(saved(bio!, 'Teaches politics.')).toBe('Teaches politics.');
    expect(saved(bio!, { en: 'Teaches.', kk: 'Сабақ береді.' })).toEqual({
      en: 'Teaches.',
      kk: 'Сабақ береді.',
    });
    expect(saved(bio!, { ru: 'Преподаёт.' })).toEqual({ ru: 'Преподаёт.' });
  });

  it('refuses a bio in no language, in the words npm run check uses', () => {
    expect(() => bio!.validate(bio!.parse(undefined))).toThrow(
      /bio must be one line of text, or one per language/,
    );
  });

  it('leaves out a withdrawal left empty, and refuses one half filled in', () => {
    expect(saved(withdrawn!, undefined)).toBeUndefined();
    const stored = { date: '2024-02-01T18:00:00+06:00', reason: 'Asked by the author.' };
    expect(saved(withdrawn!, stored)).toEqual(stored);
    expect(() => withdrawn!.validate(withdrawn!.parse({ date: stored.date }))).toThrow(/reason is missing/);
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
