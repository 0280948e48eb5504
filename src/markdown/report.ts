import type { Node } from 'unist';
import type { VFile } from 'vfile';

/** One problem an editor must fix: what is wrong and what to do. */
export interface EditorProblem {
  node: Node;
  /** What the problem is in: a field, or an element such as "<Figure>". */
  field: string;
  problem: string;
  fix: string;
}

/** "file:line: field — problem. Fix: fix" — the one format every editor-facing message uses. */
export function formatProblem(
  path: string,
  line: number | undefined,
  field: string,
  problem: string,
  fix: string,
): string {
  return `${line ? `${path}:${line}` : path}: ${field} — ${problem}. Fix: ${fix}`;
}

/**
 * Stops the build listing every problem the plugin found in the file, so an
 * editor fixes them in one pass rather than one build per mistake.
 */
export function failWithProblems(file: VFile, problems: readonly EditorProblem[]): void {
  if (problems.length === 0) return;
  const lines = problems.map(({ node, field, problem, fix }) =>
    formatProblem(file.path, node.position?.start.line, field, problem, fix),
  );
  const [first] = problems;
  file.fail(lines.join('\n'), first!.node.position ? { place: first!.node.position } : undefined);
}
