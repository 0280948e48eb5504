import yaml from 'js-yaml';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * The frontmatter of an MDX source, read with YAML's core schema so
 * date-times stay the strings the editor wrote (see verbatimFrontmatterGlob).
 */
export function readFrontmatter(source: string): Record<string, unknown> {
  const raw = FRONTMATTER.exec(source)?.[1] ?? '';
  return (yaml.load(raw, { schema: yaml.CORE_SCHEMA }) ?? {}) as Record<string, unknown>;
}
