import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';

/** A JSX element in either tree: mdast (remark) and hast (rehype) share the attribute shape. */
interface WithAttributes {
  attributes: Array<MdxJsxAttribute | MdxJsxExpressionAttribute>;
}

/** Every attribute written as name="text", and a bare name as ''. */
export function stringAttributes(node: WithAttributes): Record<string, string> {
  const props: Record<string, string> = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') continue;
    if (typeof attribute.value === 'string') props[attribute.name] = attribute.value;
    else if (attribute.value === null) props[attribute.name] = '';
  }
  return props;
}

/** One attribute written as name="text", if there is one. */
export function stringAttribute(node: WithAttributes, name: string): string | undefined {
  const found = node.attributes.find(
    (a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name,
  );
  return typeof found?.value === 'string' ? found.value : undefined;
}
