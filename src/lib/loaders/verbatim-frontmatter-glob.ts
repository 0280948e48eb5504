import { readFile } from 'node:fs/promises';
import { glob } from 'astro/loaders';
import { readFrontmatter } from '../frontmatter';
import type { Loader } from 'astro/loaders';

type GlobOptions = Parameters<typeof glob>[0];

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
          return context.parseData({ ...props, data: readFrontmatter(source) as typeof props.data });
        },
      }),
  };
}
