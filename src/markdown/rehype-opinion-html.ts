import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { t } from '../i18n/ui';
import { fileLocale } from './file-locale';
import { stringAttributes } from './jsx-attributes';
import { failWithProblems } from './report';
import { siteComponents } from './remark-safe-mdx';

/**
 * Writes an op-ed's structure as plain HTML, the same in every build path:
 * <Points> becomes a numbered list whose items link to themselves, and each
 * subhead gets a self-link beside it. remarkOpinionStructure has already
 * given them ids and numbers. Plain HTML rather than
 * components, so an op-ed can be rendered once, when the content layer
 * loads it, instead of being bundled as a module.
 */
export function rehypeOpinionHtml() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      const replacement = rewrite(node as RootContent, file);
      if (!replacement) return;
      parent.children[index] = replacement as ElementContent;
      return [SKIP, index];
    });
  };
}

function rewrite(node: RootContent, file: VFile): Element | undefined {
  if (node.type === 'element' && node.tagName === 'h2' && typeof node.properties.dataTitle === 'string')
    return subhead(node, file);
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
  const props = stringAttributes(node);
  if (node.name === 'Points') return h('ol.points', { role: 'list', dataPoints: props.id }, node.children);
  if (node.name === 'Point') return point(props, node.children, file);
  // Figures stay a component: only the MDX module path, which draws images, meets them.
  if (node.name === 'Figure') return undefined;
  if (node.name && /^[a-z]/.test(node.name)) return h(node.name, props, node.children);
  failWithProblems(file, [
    {
      node,
      field: `<${node.name ?? ''}>`,
      problem: `<${node.name ?? ''}> is not a component this site has`,
      fix: `use ${siteComponents.map((name) => `<${name}>`).join(', ')}, or write the text without the tag`,
    },
  ]);
  return undefined;
}

function point(props: Record<string, string>, children: ElementContent[], file: VFile): Element {
  const id = props.id ?? '';
  const n = props.n ?? '';
  return h('li.point', { id }, [
    h(
      'a.point-link',
      {
        dataPagefindIgnore: '',
        href: `#${id}`,
        ariaLabel: t('opinion.linkToPoint', fileLocale(file), { n }),
      },
      n,
    ),
    // Text between number and point keeps them apart where CSS is not applied (reader modes, copied text).
    { type: 'text', value: ' ' },
    h('div.point-body', children),
  ]);
}

/** The self-link sits beside the heading, not inside it, so the heading's accessible name stays just its text. */
function subhead(heading: Element, file: VFile): Element {
  const { dataTitle, ...properties } = heading.properties;
  const id = String(properties.id ?? '');
  const label = t('opinion.linkToSection', fileLocale(file), { title: String(dataTitle) });
  return h('div.subhead', [
    { ...heading, properties: properties as Properties },
    h('a.anchor', { dataPagefindIgnore: '', href: `#${id}` }, [
      h('span', { ariaHidden: 'true' }, '#'),
      h('span.visually-hidden', label),
    ]),
  ]);
}
