import { formatProblem } from './report';

/**
 * MDX's own parse errors are written for programmers ("Unexpected character
 * `5` (U+0035) before name"). These are the mistakes editors really make,
 * explained in plain words with the fix. MDX's message is kept at the end
 * so nothing is lost.
 */
export interface MdxErrorLike {
  reason: string;
  line?: number | undefined;
  source?: string | undefined;
}

export interface Explanation {
  line: number | undefined;
  field: string;
  problem: string;
  fix: string;
}

/** An error as MDX's parser throws it (a VFileMessage), or any other. */
export interface ThrownError {
  reason?: string;
  message: string;
  line?: number;
  source?: string;
}

/**
 * The line an editor reads for one of MDX's syntax errors
 * ("file:line: field — problem. Fix: …"), or undefined for any other error.
 * The content layer and `npm run check` both report through it.
 */
export function explainedMdxSyntaxError(error: ThrownError, file: string): string | undefined {
  const reason = error.reason ?? error.message;
  if (!isMdxSyntaxError({ reason, source: error.source })) return undefined;
  const { line, field, problem, fix } = explainMdxError({ reason, line: error.line, source: error.source });
  return formatProblem(file, line, field, problem, fix);
}

export function isMdxSyntaxError(error: MdxErrorLike): boolean {
  return /^(micromark-extension-mdx|mdast-util-mdx|micromark-extension-mdxjs)/.test(error.source ?? '');
}

export function explainMdxError(error: MdxErrorLike): Explanation {
  const { reason } = error;
  // mdast-util-mdx-jsx gives the place only inside the text: "(12:1-12:9)".
  const line = error.line ?? Number(/\((\d+):\d+-/.exec(reason)?.[1]) ?? undefined;
  const said = ` (MDX says: ${reason})`;
  const at = (problem: string, fix: string, field = 'body'): Explanation => ({
    line: Number.isFinite(line) ? line : undefined,
    field,
    problem: problem + said,
    fix,
  });

  const unclosed = /Expected a closing tag for `<([^>]*)>`/.exec(reason);
  if (unclosed) {
    const name = unclosed[1];
    return at(
      `<${name}> is opened here but never closed`,
      `add </${name}> after its content (a closing tag must be in the same paragraph or block), or, if it has no content, end it with />  as in <${name} … />`,
      `<${name}>`,
    );
  }
  const mismatched =
    /Unexpected closing tag `<\/([^>]*)>`, expected corresponding closing tag for `<([^>]*)>`/.exec(reason);
  if (mismatched) {
    return at(
      `</${mismatched[1]}> closes a tag that is not the one open here, <${mismatched[2]}>`,
      `close tags in the reverse order you opened them: …</${mismatched[2]}> first`,
      `<${mismatched[2]}>`,
    );
  }
  if (
    /before name|after name|Unexpected character .* \(U\+[0-9A-F]+\) (before|in) /.test(reason) &&
    /name/.test(reason)
  ) {
    return at(
      'a “<” followed by a digit, a space or a sign starts a tag in MDX, so this line cannot be read',
      'to write “less than” in text, write &lt; or \\< instead of < (for example &lt;50% or \\<50%)',
      '<',
    );
  }
  if (/expression|brace|acorn/i.test(reason) || /mdx-expression/.test(error.source ?? '')) {
    return at(
      'a curly brace { starts code in MDX, and this one is not valid code',
      'to write a curly brace in text, put a backslash before it: \\{ and \\} (or remove it)',
      '{',
    );
  }
  return at(
    'this line cannot be read as MDX',
    'look for a stray < or { (write &lt; or \\{ to use them as text) or a tag that is not closed',
  );
}
