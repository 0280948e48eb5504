import { relative } from 'node:path';
import { createProcessor } from '@mdx-js/mdx';
import type { Plugin } from 'vite';
import { splitFrontmatter } from '../lib/frontmatter';
import { explainMdxError, isMdxSyntaxError } from './explain-mdx-error';
import { formatProblem } from './report';

/**
 * MDX's own syntax errors ("Unexpected character `5` (U+0035) before name")
 * reach the Astro build unexplained. This reads each op-ed first, parse only,
 * and replaces such an error with the plain-words explanation and fix that
 * `npm run check` gives, so the build alone says the same.
 */
export function explainMdxSyntaxErrors(): Plugin {
  const processor = createProcessor();
  return {
    name: 'opinion:explain-mdx-syntax-errors',
    enforce: 'pre',
    transform: {
      filter: { id: /\.mdx$/ },
      handler(code, id) {
        try {
          processor.parse(splitFrontmatter(code).body);
        } catch (error) {
          const found = error as { reason?: string; message: string; line?: number; source?: string };
          const reason = found.reason ?? found.message;
          if (!isMdxSyntaxError({ reason, source: found.source })) return null;
          const { line, field, problem, fix } = explainMdxError({
            reason,
            line: found.line,
            source: found.source,
          });
          throw new Error(formatProblem(relative(process.cwd(), id), line, field, problem, fix));
        }
        return null;
      },
    },
  };
}
