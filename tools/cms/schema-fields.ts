import { fields, type ComponentSchema } from '@keystatic/core';
import { z } from 'astro/zod';
import { authorSchema, opinionSchema } from '../../src/content-model/schema.ts';
import { slugFromHeadline } from '../../src/content-model/slug.ts';
import { zonedDateTime } from '../../src/content-model/offset-date-time.ts';
import { site } from '../../src/config/site.ts';
import { contentDir } from '../../src/content-model/content-dir.ts';
import type { FieldHint } from './field-hints.ts';

/**
 * The CMS's fields, generated from the content schema (src/content-model/schema.ts),
 * so the two cannot drift apart: a field the schema gains appears in the CMS,
 * and one this generator cannot map stops the CMS with its name.
 * The schema's references (authors, translationOf, the lead image) are passed
 * in as marker schemas, so they are recognised by identity, not by name.
 */
export const markers = { author: z.string(), opinion: z.string(), image: z.string() };
export const opinionCmsSchema = opinionSchema(markers.author, markers.opinion, markers.image);
export { authorSchema };

/** Where the CMS reads and writes: the content folder, as a path from the project root. */
export function contentPath(contentDir: string): string {
  return contentDir.replace(/^\.\//, '');
}

const offsetDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A date-time edited as the text the file holds, offset included, so the
 * CMS never rewrites it into UTC. An unquoted date in YAML reaches the CMS
 * as an instant with its offset lost; it is shown in the site's zone, with
 * the offset that zone had then.
 */
function dateTimeField(hint: FieldHint, required: boolean) {
  const text = fields.text({
    label: hint.label,
    ...(hint.description ? { description: hint.description } : {}),
    ...(required ? { defaultValue: () => zonedDateTime(new Date(), site.timeZone) } : {}),
    validation: {
      isRequired: required,
      pattern: {
        regex: required ? offsetDateTime : new RegExp(`^$|${offsetDateTime.source}`),
        message: 'Write the date and time with its offset, e.g. 2026-06-10T09:00:00+05:00',
      },
    },
  });
  return {
    ...text,
    parse: (value: unknown, extra: Parameters<typeof text.parse>[1]) =>
      text.parse(value instanceof Date ? zonedDateTime(value, site.timeZone) : (value as string), extra),
  } as typeof text;
}

interface Context {
  key: string;
  hint: FieldHint;
}

/** Peels .optional() and .default(): whether the editor must fill the field, and what it defaults to. */
function unwrapped(schema: z.ZodType): { inner: z.ZodType; required: boolean; defaultValue: unknown } {
  let inner = schema;
  let defaultValue: unknown;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) {
    if (inner instanceof z.ZodDefault) defaultValue = inner.def.defaultValue;
    inner = inner.unwrap() as z.ZodType;
  }
  return { inner, required: !schema.safeParse(undefined).success, defaultValue };
}

/**
 * A field's editor, which also checks each value with the schema on saving,
 * so the CMS refuses what the build would, in the words `npm run check` uses
 * (e.g. a tag with capitals). Rules across fields (alt text with a lead image)
 * are left to `npm run check`.
 */
function field(schema: z.ZodType, context: Context): ComponentSchema {
  const editor = editorFor(schema, context);
  const { inner } = unwrapped(schema);
  const plainValue =
    [z.ZodString, z.ZodURL, z.ZodEnum, z.ZodBoolean].some((type) => inner instanceof type) &&
    !Object.values(markers).includes(inner as z.ZodString);
  if (!plainValue || editor.kind !== 'form') return editor;
  return {
    ...editor,
    validate: (value: unknown, extra?: unknown) => {
      const valid = (editor.validate as (value: unknown, extra?: unknown) => unknown)(value, extra);
      // A headline's value is its name and its file name; the schema checks the name.
      const plain = valid !== null && typeof valid === 'object' && 'name' in valid ? valid.name : valid;
      const checked = schema.safeParse(plain === '' ? undefined : plain);
      if (!checked.success) throw new Error(checked.error.issues[0]!.message);
      return valid;
    },
  } as ComponentSchema;
}

function editorFor(schema: z.ZodType, { key, hint }: Context): ComponentSchema {
  const { inner, required, defaultValue } = unwrapped(schema);
  const described = { label: hint.label, ...(hint.description ? { description: hint.description } : {}) };

  if (inner === markers.opinion) {
    return fields.relationship({ ...described, collection: 'opinions', validation: { isRequired: false } });
  }
  if (inner === markers.image) {
    return fields.image({
      ...described,
      directory: `${contentPath(contentDir)}/opinions/images`,
      publicPath: './images/',
    });
  }
  if (inner instanceof z.ZodArray) {
    const element = inner.element as z.ZodType;
    const min = inner.safeParse([]).success ? 0 : 1;
    if (element === markers.author) {
      return fields.multiRelationship({
        ...described,
        collection: 'authors',
        validation: { length: { min } },
      });
    }
    const item = field(element, {
      key,
      hint: { label: hint.label, ...(hint.fields ? { fields: hint.fields } : {}) },
    });
    return fields.array(item, {
      ...described,
      itemLabel: (props) => {
        const value: unknown = 'value' in props ? props.value : undefined;
        if (typeof value === 'string') return value;
        return (
          Object.values((value ?? {}) as Record<string, unknown>).find((part) => typeof part === 'string') ??
          ''
        );
      },
    });
  }
  if (inner instanceof z.ZodObject) {
    const shape = inner.shape as Record<string, z.ZodType>;
    return fields.object(
      Object.fromEntries(
        Object.entries(shape).map(([name, child]) => [
          name,
          field(child, { key: `${key}.${name}`, hint: hint.fields?.[name] ?? missingHint(`${key}.${name}`) }),
        ]),
      ),
      described,
    );
  }
  if (inner instanceof z.ZodEnum) {
    const values = inner.options as string[];
    return fields.select({
      ...described,
      options: values.map((value) => ({ value, label: hint.options?.[value] ?? value })),
      defaultValue: (defaultValue as string | undefined) ?? values[0]!,
    });
  }
  if (inner instanceof z.ZodBoolean) {
    return fields.checkbox({ ...described, defaultValue: (defaultValue as boolean | undefined) ?? false });
  }
  if (inner instanceof z.ZodURL) return fields.url({ ...described, validation: { isRequired: required } });
  if (inner instanceof z.ZodString) {
    if (hint.widget === 'date-time') return dateTimeField(hint, required);
    // An optional field may stay empty, whatever length it must have when filled.
    const length = {
      ...(required && inner.minLength ? { min: inner.minLength } : {}),
      ...(inner.maxLength ? { max: inner.maxLength } : {}),
    };
    if (hint.widget === 'headline') {
      return fields.slug({
        name: { ...described, validation: { isRequired: true, length } },
        slug: {
          label: 'File name (the address)',
          description: 'Made from the headline; an op-ed keeps its address once published.',
          generate: slugFromHeadline,
        },
      });
    }
    return fields.text({
      ...described,
      multiline: hint.widget === 'multiline',
      validation: { isRequired: required, length },
    });
  }
  throw new Error(
    `The CMS has no field for "${key}" (a ${inner.type} in src/content-model/schema.ts). Map that type in tools/cms/schema-fields.ts.`,
  );
}

function missingHint(key: string): never {
  throw new Error(`The CMS has no label for "${key}". Add it to tools/cms/field-hints.ts.`);
}

/** The Keystatic fields of every field of a schema, in the schema's order. */
export function cmsFields<Shape extends Record<string, z.ZodType>>(
  shape: Shape,
  hints: Record<string, FieldHint>,
): { [Key in keyof Shape]: ComponentSchema } {
  return Object.fromEntries(
    Object.entries(shape).map(([key, schema]) => [
      key,
      field(schema, { key, hint: hints[key] ?? missingHint(key) }),
    ]),
  ) as { [Key in keyof Shape]: ComponentSchema };
}

/** The field a collection names its entries by; its hint must make it a headline (a slug field). */
export function slugField(field: ComponentSchema): ReturnType<typeof fields.slug> {
  if (field.kind !== 'form' || field.formKind !== 'slug') {
    throw new Error(
      'The field that names the file must have widget: "headline" in tools/cms/field-hints.ts.',
    );
  }
  return field as ReturnType<typeof fields.slug>;
}
