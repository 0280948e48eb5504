import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { frontmatterKeyLine, parseFrontmatter, splitFrontmatter } from './frontmatter';
import type { ReferenceProblem } from './reference-checks';
import { createProcessor } from '@mdx-js/mdx';
import { explainMdxError, isMdxSyntaxError } from '../markdown/explain-mdx-error';
import { formatProblem } from '../markdown/report';

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
  const mdx = createProcessor();
  return {
    ...inner,
    name: 'verbatim-frontmatter-glob',
    load: (context) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          if (!props.filePath) return context.parseData(props);
          const source = await readFile(props.filePath, 'utf-8');
          const { raw, body } = splitFrontmatter(source);
          if (props.filePath.endsWith('.mdx')) explainSyntaxErrors(mdx, body, props.filePath);
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
          return context.parseData({ ...props, data });
        },
      }),
  };
}

/**
 * MDX's own syntax errors ("Unexpected character `5` (U+0035) before name")
 * would reach the build unexplained when the op-ed compiles. Parsed here, as
 * the content layer loads a new or changed op-ed, they stop the build with
 * the plain-words explanation and fix that `npm run check` gives.
 */
function explainSyntaxErrors(mdx: ReturnType<typeof createProcessor>, body: string, filePath: string): void {
  try {
    mdx.parse(body);
  } catch (error) {
    const found = error as { reason?: string; message: string; line?: number; source?: string };
    const reason = found.reason ?? found.message;
    if (!isMdxSyntaxError({ reason, source: found.source })) throw error;
    const { line, field, problem, fix } = explainMdxError({ reason, line: found.line, source: found.source });
    throw new Error(formatProblem(relative(process.cwd(), filePath), line, field, problem, fix));
  }
}
