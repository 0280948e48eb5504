import type { Heading, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import GithubSlugger from 'github-slugger';
import type { VFile } from 'vfile';
import type { Locale } from '../config/site';
import { fileLocale } from './file-locale';
import { stringAttribute } from './jsx-attributes';
import { validatePoints } from './ordinals';

/**
 * Gives an op-ed's structure its stable, shareable ids and refuses structure
 * an editor got wrong. Hand-written because it is specific to this site:
 * - every subhead gets a readable id (github-slugger, as GitHub does);
 * - every <Points> list gets an id (its `id`, else its subhead's) and each
 *   <Point> an id "<list>-<n>" and its number;
 * - ordinals out of order, empty points and clashing ids stop the build,
 *   naming the file, the line and the fix.
 */
export function remarkOpinionStructure() {
  return (tree: Root, file: VFile) => {
    const locale = fileLocale(file);
    const slugger = new GithubSlugger();
    const ids = new Map<string, number>();
    const claim = (id: string, node: RootContent) => {
      const line = node.position?.start.line ?? 0;
      const earlier = ids.get(id);
      if (earlier !== undefined) {
        fail(
          file,
          node,
          `the id “${id}” is used twice (lines ${earlier} and ${line}). Give one of the lists a different id="…" or rename a subhead.`,
        );
      }
      ids.set(id, line);
    };
    let lastHeadingId: string | undefined;
    let unnamedLists = 0;

    for (const node of tree.children) {
      if (node.type === 'heading') {
        lastHeadingId = setHeadingId(node, slugger);
        claim(lastHeadingId, node);
      } else if (isElement(node, 'Points')) {
        const explicitId = stringAttribute(node, 'id');
        const listId = explicitId ?? lastHeadingId ?? `points-${++unnamedLists}`;
        numberPoints(node, listId, locale, file, claim);
      } else if (isElement(node, 'Point')) {
        fail(
          file,
          node,
          '<Point> must be inside <Points> … </Points>. Wrap the numbered points in <Points>.',
        );
      }
    }
  };
}

/** Gives a subhead its id, and marks it with its text for the self-link's label (rehype-opinion-html.ts). */
function setHeadingId(node: Heading, slugger: GithubSlugger): string {
  const title = toString(node);
  const id = slugger.slug(title);
  node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id, dataTitle: title } };
  return id;
}

function numberPoints(
  list: MdxJsxFlowElement,
  listId: string,
  locale: Locale,
  file: VFile,
  claim: (id: string, node: RootContent) => void,
) {
  const points: MdxJsxFlowElement[] = [];
  for (const child of list.children) {
    if (!isElement(child, 'Point')) {
      fail(
        file,
        child,
        'only <Point> … </Point> items may stand inside <Points>. Move other text outside the list.',
      );
    }
    points.push(child);
  }
  if (points.length === 0)
    fail(file, list, '<Points> has no <Point> inside. Add the points or remove the list.');

  const problems = validatePoints(
    points.map((point) => toString(point)),
    locale,
  );
  if (problems.length > 0) {
    const [first] = problems;
    fail(
      file,
      points[first!.point - 1]!,
      `in the list “${listId}”, ${problems.map((p) => p.message).join(' Also: ')}`,
    );
  }
  points.forEach((point, index) => {
    const id = `${listId}-${index + 1}`;
    claim(id, point);
    point.attributes = [
      ...point.attributes.filter(
        (attribute) => attribute.type !== 'mdxJsxAttribute' || !['id', 'n'].includes(attribute.name),
      ),
      attribute('id', id),
      attribute('n', String(index + 1)),
    ];
  });
  list.attributes = [
    ...list.attributes.filter((a) => a.type !== 'mdxJsxAttribute' || a.name !== 'id'),
    attribute('id', listId),
  ];
}

function isElement(node: { type: string }, name: string): node is MdxJsxFlowElement {
  return (
    (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
    (node as MdxJsxFlowElement).name === name
  );
}

function attribute(name: string, value: string): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}

function fail(file: VFile, node: { position?: RootContent['position'] }, message: string): never {
  const line = node.position?.start.line;
  const where = line ? `${file.path}:${line}` : file.path;
  return file.fail(`${where}: ${message}`, node.position ? { place: node.position } : undefined);
}
