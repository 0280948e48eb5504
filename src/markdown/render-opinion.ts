import type { Paragraph, Root, RootContent } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { CONTINUE, EXIT, visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { astroRehypePlugins, rehypePlugins, remarkPlugins } from './pipeline';

const toHtml: RemarkRehypeOptions = { passThrough: ['mdxJsxFlowElement', 'mdxJsxTextElement'] };

const parser = unified().use(remarkParse).use(remarkMdx);
const transformer = unified()
  .use(remarkUnravelJsx)
  .use(remarkPlugins)
  .use(remarkRehype, toHtml)
  .use(rehypePlugins)
  .use(astroRehypePlugins)
  .use(rehypeStringify);

/**
 * An op-ed body as HTML, rendered when the content layer loads the file and
 * kept in its store by digest, as Astro does for Markdown, so an unchanged
 * op-ed is neither compiled nor bundled again. Bodies with images return
 * undefined and are compiled by @astrojs/mdx, because only a page can have
 * astro:assets draw their sizes and formats.
 *
 * `body` keeps the frontmatter as blank lines, so errors name the file's own lines.
 */
export async function renderOpinionBody(
  body: string,
  filePath: string,
  frontmatter: Record<string, unknown>,
): Promise<string | undefined> {
  const file = new VFile({ path: filePath, value: body, data: { astro: { frontmatter } } });
  const tree = parser.parse(file);
  if (hasImages(tree)) return undefined;
  const html = await transformer.run(tree, file);
  return transformer.stringify(html, file);
}

function hasImages(tree: Root): boolean {
  let found = false;
  visit(tree, (node) => {
    const isFigure =
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Figure';
    if (node.type === 'image' || node.type === 'imageReference' || isFigure) {
      found = true;
      return EXIT;
    }
    return CONTINUE;
  });
  return found;
}

/**
 * What @mdx-js/mdx does before the site's plugins see the tree: a paragraph
 * holding only JSX (`<Point>…</Point>` on one line) becomes that JSX at block
 * level. Hand-written because MDX keeps its own step private.
 */
function remarkUnravelJsx() {
  return (tree: Root) => {
    visit(tree, 'paragraph', (node, index, parent) => {
      if (!parent || index === undefined || !onlyJsx(node)) return CONTINUE;
      const flow = node.children.flatMap((child): RootContent[] => {
        if (child.type === 'mdxJsxTextElement')
          return [{ ...child, type: 'mdxJsxFlowElement' } as RootContent];
        if (child.type === 'mdxTextExpression')
          return [{ ...child, type: 'mdxFlowExpression' } as RootContent];
        return [];
      });
      parent.children.splice(index, 1, ...(flow as typeof parent.children));
      return index;
    });
  };
}

function onlyJsx(paragraph: Paragraph): boolean {
  let jsx = false;
  for (const child of paragraph.children) {
    if (child.type === 'mdxJsxTextElement') jsx = true;
    else if (child.type === 'mdxTextExpression') continue;
    else if (child.type !== 'text' || child.value.trim() !== '') return false;
  }
  return jsx;
}
