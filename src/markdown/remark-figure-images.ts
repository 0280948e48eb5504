import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { Image, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import type { Program } from 'estree';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { stringAttribute } from './jsx-attributes';
import { failWithProblems, type EditorProblem } from './report';

const REMOTE = /^[a-z][a-z0-9+.-]*:|^\/\//i;

/**
 * Makes `<Figure src="./images/x.jpg" alt="…">` work like an image in
 * frontmatter: the path is relative to the MDX file, and the image goes
 * through astro:assets (sizes, AVIF/WebP). MDX passes `src` as a plain
 * string, so this adds `import __figureImage0 from './images/x.jpg'` to the
 * op-ed and sets `src={__figureImage0}` — the same move Astro's own
 * remark-collect-images makes for Markdown images, which it does not do for
 * components. It also refuses, with the line and the fix, an image that is
 * not there, an image on another site, and an image without alt text.
 */
export function remarkFigureImages() {
  return (tree: Root, file: VFile) => {
    const problems: EditorProblem[] = [];
    const imports: MdxjsEsm[] = [];
    const folder = file.path ? dirname(file.path) : file.cwd;

    const checkSource = (node: EditorProblem['node'], src: string): boolean => {
      if (REMOTE.test(src) || src.startsWith('/')) {
        problems.push({
          node,
          field: 'src',
          problem: `the image “${src}” is not a file next to the op-ed; pages may not load images from other sites`,
          fix: 'save the image into the op-ed’s folder (e.g. content/opinions/images/) and write src="./images/name.jpg"',
        });
        return false;
      }
      if (!existsSync(resolve(folder, src))) {
        problems.push({
          node,
          field: 'src',
          problem: `the image “${src}” was not found (looked for ${relative(process.cwd(), resolve(folder, src))})`,
          fix: 'check the file name and folder; the path is relative to this .mdx file, e.g. ./images/photo.jpg',
        });
        return false;
      }
      return true;
    };

    visit(tree, (node) => {
      if (node.type === 'image') {
        checkMarkdownImage(node, problems);
        checkSource(node, node.url);
        return;
      }
      if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || node.name !== 'Figure')
        return;
      const src = stringAttribute(node, 'src');
      const alt = stringAttribute(node, 'alt');
      if (alt === undefined || alt.trim() === '') {
        problems.push({
          node,
          field: '<Figure> alt',
          problem: '<Figure> has no alt text',
          fix: 'add alt="…" describing what the image shows, for readers who cannot see it, e.g. alt="Voters queue outside a polling station"',
        });
      }
      if (src === undefined || src.trim() === '') {
        problems.push({
          node,
          field: '<Figure> src',
          problem: '<Figure> has no src',
          fix: 'add src="./images/name.jpg", the image’s path relative to this .mdx file',
        });
        return;
      }
      if (!checkSource(node, src)) return;
      const name = `__figureImage${imports.length}`;
      imports.push(importDefault(name, src));
      setExpressionAttribute(node, 'src', name);
    });

    failWithProblems(file, problems);
    tree.children.unshift(...imports);
  };
}

function checkMarkdownImage(node: Image, problems: EditorProblem[]) {
  if (!node.alt?.trim()) {
    problems.push({
      node,
      field: 'image alt',
      problem: `the image “${node.url}” has no alt text`,
      fix: 'write what it shows between the brackets: ![Voters queue outside a polling station](./images/queue.jpg) — or use <Figure> with alt, caption and credit',
    });
  }
}

function importDefault(name: string, source: string): MdxjsEsm {
  const program: Program = {
    type: 'Program',
    sourceType: 'module',
    body: [
      {
        type: 'ImportDeclaration',
        specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name } }],
        source: { type: 'Literal', value: source, raw: JSON.stringify(source) },
        attributes: [],
      },
    ],
  };
  return {
    type: 'mdxjsEsm',
    value: `import ${name} from ${JSON.stringify(source)}`,
    data: { estree: program },
  };
}

function setExpressionAttribute(
  node: MdxJsxFlowElement | MdxJsxTextElement,
  name: string,
  identifier: string,
) {
  const program: Program = {
    type: 'Program',
    sourceType: 'module',
    body: [{ type: 'ExpressionStatement', expression: { type: 'Identifier', name: identifier } }],
  };
  node.attributes = node.attributes.map((attribute) =>
    attribute.type === 'mdxJsxAttribute' && attribute.name === name
      ? {
          type: 'mdxJsxAttribute',
          name,
          value: { type: 'mdxJsxAttributeValueExpression', value: identifier, data: { estree: program } },
        }
      : attribute,
  );
}
