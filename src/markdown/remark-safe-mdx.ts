import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import { CONTINUE, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { failWithProblems, type EditorProblem } from './report';

/** Components editors may use; they are provided to every op-ed without an import. */
export const siteComponents = ['Points', 'Point', 'Figure'] as const;

/** Elements that run code, load other pages or send data; none belongs in an op-ed. */
const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'object',
  'embed',
  'form',
  'link',
  'meta',
  'base',
]);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'cite']);
const COMPONENT_IMPORT = new RegExp(`(^|/)src/components/(${siteComponents.join('|')})\\.astro$`);

/** `javascript:` and friends, however an editor (or a pasted link) spells them. */
export function isScriptUrl(url: string): boolean {
  // Browsers ignore control characters and spaces inside the scheme.
  const compact = url.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  return /^(javascript|vbscript|data):/.test(compact);
}

/**
 * Op-eds are written by editors, not programmers, and the site must never
 * run code an op-ed smuggles in. MDX can run JavaScript, so this refuses
 * everything that is code rather than text: scripts and embeds, `on…=`
 * handlers, `javascript:` links, `{…}` expressions (comments are fine),
 * and `import`/`export` of anything but the site's own components.
 * Hand-written because rehype-sanitize works on HTML after MDX has already
 * compiled expressions and imports into the page's code.
 */
export function remarkSafeMdx() {
  return (tree: Root, file: VFile) => {
    const problems: EditorProblem[] = [];
    visit(tree, (node) => {
      switch (node.type) {
        case 'mdxjsEsm':
          checkEsm(node as MdxjsEsm, problems);
          break;
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          if (!isComment(node.value)) {
            problems.push({
              node,
              field: '{…}',
              problem: `“{${node.value}}” is code, and op-eds may not contain code`,
              fix: 'to write a curly brace as text, put a backslash before it: \\{ (or write &#123;)',
            });
          }
          break;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          checkElement(node, problems);
          break;
        case 'link':
        case 'definition':
        case 'image':
          if (isScriptUrl(node.url)) {
            problems.push({
              node,
              field: 'link',
              problem: `the link “${node.url}” runs code instead of opening a page`,
              fix: 'link to a web address starting with https://',
            });
          }
          break;
      }
    });
    failWithProblems(file, problems);
    // What is left are comments, which show nothing, and imports of the site's
    // own components, which every op-ed gets without one.
    tree.children = tree.children.filter((node) => node.type !== 'mdxjsEsm');
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return CONTINUE;
      if (node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression') return CONTINUE;
      parent.children.splice(index, 1);
      return index;
    });
  };
}

function isComment(expression: string): boolean {
  return /^\s*\/\*[\s\S]*\*\/\s*$/.test(expression);
}

function checkEsm(node: MdxjsEsm, problems: EditorProblem[]) {
  const body = node.data?.estree?.body ?? [];
  const allowed =
    body.length > 0 &&
    body.every(
      (statement) =>
        statement.type === 'ImportDeclaration' && COMPONENT_IMPORT.test(String(statement.source.value)),
    );
  if (!allowed) {
    problems.push({
      node,
      field: node.value.trimStart().startsWith('export') ? 'export' : 'import',
      problem: `“${node.value.split('\n')[0]}” is code: op-eds may not import or export anything`,
      fix: `delete the line. ${siteComponents.map((name) => `<${name}>`).join(', ')} work without an import; a paragraph may start with the word written with a capital letter (Import …, Export …)`,
    });
  }
}

function checkElement(node: MdxJsxFlowElement | MdxJsxTextElement, problems: EditorProblem[]) {
  const name = node.name ?? '';
  if (FORBIDDEN_ELEMENTS.has(name.toLowerCase())) {
    problems.push({
      node,
      field: `<${name}>`,
      problem: `<${name}> is not allowed in an op-ed: it can run code or load another site`,
      fix: `remove the <${name}> … </${name}> block; for an image use <Figure>, for a link use [text](https://…)`,
    });
  }
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push({
        node,
        field: `<${name}>`,
        problem: `<${name}> has a {…} attribute, which is code`,
        fix: 'write attributes as name="text"',
      });
      continue;
    }
    if (/^on/i.test(attribute.name)) {
      problems.push({
        node,
        field: `<${name}>`,
        problem: `<${name}> has an ${attribute.name}= attribute, which runs code`,
        fix: `remove ${attribute.name}="…"`,
      });
    } else if (attribute.value !== null && typeof attribute.value === 'object') {
      problems.push({
        node,
        field: `<${name}>`,
        problem: `<${name}> has ${attribute.name}={…}, which is code`,
        fix: `write it as text in quotes: ${attribute.name}="…"`,
      });
    } else if (
      URL_ATTRIBUTES.has(attribute.name.toLowerCase()) &&
      typeof attribute.value === 'string' &&
      isScriptUrl(attribute.value)
    ) {
      problems.push({
        node,
        field: `<${name}>`,
        problem: `<${name}> has ${attribute.name}="${attribute.value}", which runs code instead of opening a page`,
        fix: 'use a web address starting with https://, or a path to an image next to the op-ed',
      });
    }
  }
}
