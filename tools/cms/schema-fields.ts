import {
  fields,
  type BasicFormField,
  type ComponentSchema,
  type FormFieldStoredValue,
} from '@keystatic/core';
import { z } from 'astro/zod';
import { createElement } from 'react';
import { authorSchemaWith, opinionSchema, standardsPageSchema } from '../../src/content-model/schema.ts';
import { slugFromHeadline } from '../../src/content-model/slug.ts';
import { zonedDateTime } from '../../src/content-model/offset-date-time.ts';
import { site } from '../../src/config/site.ts';
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
export const authorCmsSchema = authorSchemaWith(markers.image);
export { standardsPageSchema };

/** Where a collection's images go: a folder beside its files, and the path the file then names. */
export interface ImageLocation {
  directory: string;
  publicPath: string;
}

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
  images?: ImageLocation | undefined;
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

function editorFor(schema: z.ZodType, { key, hint, images }: Context): ComponentSchema {
  const { inner, required, defaultValue } = unwrapped(schema);
  const described = { label: hint.label, ...(hint.description ? { description: hint.description } : {}) };

  if (inner === markers.opinion) {
    return fields.relationship({ ...described, collection: 'opinions', validation: { isRequired: false } });
  }
  if (inner === markers.image) {
    if (!images) throw new Error(`The CMS has no folder for the images of "${key}": pass it to cmsFields.`);
    return fields.image({ ...described, ...images });
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
      images,
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
  if (inner instanceof z.ZodUnion) return perLanguageField(schema, inner, { key, hint, images });
  if (inner instanceof z.ZodObject && !required) {
    return groupField(schema, partsOf(inner, { key, hint, images }), hint, { oneLine: false });
  }
  if (inner instanceof z.ZodObject) {
    const shape = inner.shape as Record<string, z.ZodType>;
    return fields.object(
      Object.fromEntries(
        Object.entries(shape).map(([name, child]) => [
          name,
          field(child, {
            key: `${key}.${name}`,
            hint: hint.fields?.[name] ?? missingHint(`${key}.${name}`),
            images,
          }),
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

type FormField = BasicFormField<Record<string, unknown>>;
type PartField = BasicFormField<{} | null>;

/** An object's fields as plain form fields (each may be left empty), or a stop naming the one that is not. */
function partsOf(object: z.ZodObject, { key, hint, images }: Context): Record<string, PartField> {
  return Object.fromEntries(
    Object.entries(object.shape as Record<string, z.ZodType>).map(([name, child]) => {
      const part = editorFor(child.optional(), {
        key: `${key}.${name}`,
        hint: hint.fields?.[name] ?? missingHint(`${key}.${name}`),
        images,
      });
      // Text fields say formKind 'slug' (they can name a file); files and assets cannot be grouped.
      if (part.kind !== 'form' || !(part.formKind === undefined || part.formKind === 'slug')) {
        throw new Error(
          `The CMS has no field for "${key}.${name}" inside an optional group. Map it in tools/cms/schema-fields.ts.`,
        );
      }
      return [name, part as PartField];
    }),
  );
}

/**
 * Text once for every language, or per language (`bio: "…"` or `bio: { en: "…", ru: "…" }`):
 * one box per language; English alone is written back as one line, which reads the same
 * (a missing language falls back to English).
 */
function perLanguageField(schema: z.ZodType, union: z.ZodUnion, context: Context): ComponentSchema {
  const options = union.options as z.ZodType[];
  const perLanguage = options.find((option): option is z.ZodObject => option instanceof z.ZodObject);
  const oneLine = options.some((option) => option instanceof z.ZodString);
  if (options.length !== 2 || !perLanguage || !oneLine) {
    throw new Error(
      `The CMS has no field for "${context.key}" (a union other than text or text per language). Map it in tools/cms/schema-fields.ts.`,
    );
  }
  return groupField(schema, partsOf(perLanguage, context), context.hint, { oneLine: true });
}

/**
 * Several form fields saved as one value that is left out when all are empty;
 * hand-written because Keystatic's object field always writes its object (an
 * empty `withdrawn: {}` would stop the build). The schema checks the whole value on saving.
 */
function groupField(
  schema: z.ZodType,
  parts: Record<string, PartField>,
  hint: FieldHint,
  { oneLine }: { oneLine: boolean },
): FormField & { parts: Record<string, PartField>; oneLine: boolean } {
  const names = Object.keys(parts);
  const each = (map: (part: PartField, name: string) => unknown) =>
    Object.fromEntries(names.map((name) => [name, map(parts[name]!, name)]));
  const parse = (stored: FormFieldStoredValue) => {
    if (oneLine && typeof stored === 'string') stored = { [names[0]!]: stored };
    const object = (stored ?? {}) as Record<string, FormFieldStoredValue>;
    return each((part, name) => part.parse(object[name]));
  };
  const serialize = (value: Record<string, unknown>) => {
    const filled = names.flatMap((name) => {
      const stored = parts[name]!.serialize(value[name] as {} | null).value;
      return stored === undefined ? [] : [[name, stored] as const];
    });
    if (filled.length === 0) return { value: undefined };
    if (oneLine && filled.length === 1 && filled[0]![0] === names[0]) return { value: filled[0]![1] };
    return { value: Object.fromEntries(filled) };
  };
  const validate = (value: Record<string, unknown>) => {
    const checked = schema.safeParse(serialize(value).value);
    if (!checked.success) throw new Error(checked.error.issues[0]!.message);
    return value;
  };
  return {
    kind: 'form',
    label: hint.label,
    parts,
    oneLine,
    defaultValue: () => each((part) => part.defaultValue()),
    parse,
    serialize,
    validate,
    reader: { parse: (stored) => validate(parse(stored)) },
    Input: ({ value, onChange, autoFocus, forceValidation }) =>
      createElement(
        'fieldset',
        { style: { display: 'grid', gap: '0.75rem', border: 0, margin: 0, padding: 0 } },
        createElement('legend', { style: { fontWeight: 600, marginBottom: '0.5rem' } }, hint.label),
        hint.description ? createElement('span', null, hint.description) : null,
        ...names.map((name, index) =>
          createElement(parts[name]!.Input, {
            key: name,
            value: value[name] as {} | null,
            onChange: (part: unknown) => onChange({ ...value, [name]: part }),
            autoFocus: autoFocus && index === 0,
            forceValidation,
          }),
        ),
      ),
  };
}

function missingHint(key: string): never {
  throw new Error(`The CMS has no label for "${key}". Add it to tools/cms/field-hints.ts.`);
}

/** The Keystatic fields of every field of a schema, in the schema's order. */
export function cmsFields<Shape extends Record<string, z.ZodType>>(
  shape: Shape,
  hints: Record<string, FieldHint>,
  images?: ImageLocation,
): { [Key in keyof Shape]: ComponentSchema } {
  return Object.fromEntries(
    Object.entries(shape).map(([key, schema]) => [
      key,
      field(schema, { key, hint: hints[key] ?? missingHint(key), images }),
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
