import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { frontmatterKeyLine, parseFrontmatter, splitFrontmatter } from './frontmatter';
import type { ReferenceProblem } from './reference-checks';
import { explainedMdxSyntaxError, type ThrownError } from '../markdown/explain-mdx-error';
import { formatProblem } from '../markdown/report';
import { renderOpinionBody } from '../markdown/render-opinion';
import { sourcesFingerprint } from '../deploy/build-fingerprint';

/** What an op-ed's stored HTML depends on besides its own file. */
export const RENDERER_SOURCES = [
  'src/markdown',
  'src/i18n',
  'src/config',
  'src/content-model',
  'src/routing/urls.ts',
  'package-lock.json',
];

type GlobOptions = Parameters<typeof glob>[0] & {
  /** Problems to stop the build with, checked before the schema (see reference-checks.ts). */
  check?: (data: Record<string, unknown>, filePath: string) => ReferenceProblem[];
};

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
    load: async (context) => {
      // The store keeps each op-ed's HTML until its file changes; a change to how HTML is made redoes them all.
      const renderer = sourcesFingerprint(fileURLToPath(context.config.root), RENDERER_SOURCES, []);
      if (context.meta.get('renderer') !== renderer) context.store.clear();
      const renderedById = new Map<string, string>();
      await inner.load({
        ...context,
        store: {
          ...context.store,
          set: (entry) => {
            const html = renderedById.get(entry.id);
            renderedById.delete(entry.id);
            if (html === undefined) return context.store.set(entry);
            return context.store.set({ ...entry, deferredRender: false, rendered: { html } });
          },
        },
        parseData: async (props) => {
          if (!props.filePath) return context.parseData(props);
          const source = await readFile(props.filePath, 'utf-8');
          const { raw, body } = splitFrontmatter(source);
          const data = parseFrontmatter(raw) as typeof props.data;
          const problems = options.check?.(data, props.filePath) ?? [];
          if (problems.length > 0) {
            const file = relative(process.cwd(), props.filePath);
            throw new Error(
              problems
                .map(({ field, problem, fix }) =>
                  formatProblem(file, frontmatterKeyLine(raw, field.split('.')[0]!), field, problem, fix),
                )
                .join('\n'),
            );
          }
          const parsed = await context.parseData({ ...props, data });
          if (props.filePath.endsWith('.mdx')) {
            const html = await explainSyntaxErrors(
              () => renderOpinionBody(body, props.filePath!, data),
              props.filePath,
            );
            if (html !== undefined) renderedById.set(props.id, html);
          }
          return parsed;
        },
      });
      context.meta.set('renderer', renderer);
    },
  };
}

/**
 * MDX's own syntax errors ("Unexpected character `5` (U+0035) before name")
 * would reach the build unexplained. Caught here, as the content layer loads
 * a new or changed op-ed, they stop the build with the plain-words
 * explanation and fix that `npm run check` gives.
 */
async function explainSyntaxErrors<T>(render: () => Promise<T>, filePath: string): Promise<T> {
  try {
    return await render();
  } catch (error) {
    const explained = explainedMdxSyntaxError(error as ThrownError, relative(process.cwd(), filePath));
    if (explained === undefined) throw error;
    throw new Error(explained);
  }
}
