import { relative } from 'node:path';
import { createProcessor } from '@mdx-js/mdx';
import { wrapMdxTransform } from './mdx-transform';
import { splitFrontmatter } from '../content-model/frontmatter';
import { explainMdxError, isMdxSyntaxError } from './explain-mdx-error';
import { formatProblem } from './report';

/**
 * MDX's own syntax errors ("Unexpected character `5` (U+0035) before name")
 * reach the Astro build unexplained. When an op-ed fails to compile, this
 * reads it again, parse only, and replaces such an error with the
 * plain-words explanation and fix that `npm run check` gives, so the build
 * alone says the same. Op-eds that compile are never parsed twice.
 */
export function explainMdxSyntaxErrors() {
  const processor = createProcessor();
  return wrapMdxTransform(
    'opinion:explain-mdx-syntax-errors',
    (compile) =>
      async function (code, id) {
        try {
          return await compile.call(this, code, id);
        } catch (compileError) {
          try {
            processor.parse(splitFrontmatter(code).body);
          } catch (error) {
            const found = error as { reason?: string; message: string; line?: number; source?: string };
            const reason = found.reason ?? found.message;
            if (isMdxSyntaxError({ reason, source: found.source })) {
              const { line, field, problem, fix } = explainMdxError({
                reason,
                line: found.line,
                source: found.source,
              });
              throw new Error(formatProblem(relative(process.cwd(), id), line, field, problem, fix));
            }
          }
          throw compileError;
        }
      },
  );
}
