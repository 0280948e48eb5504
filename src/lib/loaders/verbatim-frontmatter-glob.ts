import { readFile } from 'node:fs/promises';
import { glob } from 'astro/loaders';
import yaml from 'js-yaml';
import type { Loader } from 'astro/loaders';

type GlobOptions = Parameters<typeof glob>[0];

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** An MDX file's frontmatter, read as verbatim-frontmatter-glob reads it (date-times stay strings). */
export function readVerbatimFrontmatter(source: string): Record<string, unknown> {
  const raw = FRONTMATTER.exec(source)?.[1] ?? '';
  return (yaml.load(raw, { schema: yaml.CORE_SCHEMA }) ?? {}) as Record<string, unknown>;
}

/**
 * Astro's glob loader, except that frontmatter is read with YAML's core
 * schema, which keeps `published: 2019-06-10T10:00:00+06:00` as the string
 * the editor wrote. The default schema turns it into a Date and throws the
 * offset away, and a date-time *without* an offset would silently become
 * UTC — the schema could then neither show the author's local time nor
 * reject the missing offset.
 */
export function verbatimFrontmatterGlob(options: GlobOptions): Loader {
  const inner = glob(options);
  return {
    ...inner,
    name: 'verbatim-frontmatter-glob',
    load: (context) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          if (!props.filePath) return context.parseData(props);
          const source = await readFile(props.filePath, 'utf-8');
          const data = readVerbatimFrontmatter(source) as typeof props.data;
          return context.parseData({ ...props, data });
        },
      }),
  };
}
