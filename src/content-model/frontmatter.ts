import yaml from 'js-yaml';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

export interface SplitSource {
  /** The YAML between the `---` lines ('' when there is none). */
  raw: string;
  /** Whether the file starts with a `---` block at all. */
  present: boolean;
  /** The body, with the frontmatter replaced by blank lines so line numbers match the file. */
  body: string;
}

/** Splits an MDX file into its frontmatter and body. */
export function splitFrontmatter(source: string): SplitSource {
  const match = FRONTMATTER.exec(source);
  if (!match) return { raw: '', present: false, body: source };
  const blank = '\n'.repeat(match[0].split('\n').length - 1);
  return { raw: match[1] ?? '', present: true, body: blank + source.slice(match[0].length) };
}

/**
 * Reads frontmatter with YAML's core schema, which keeps
 * `published: 2019-06-10T10:00:00+06:00` as the string the editor wrote. The
 * default schema turns it into a Date and throws the offset away, and a
 * date-time *without* an offset would silently become UTC.
 */
export function parseFrontmatter(raw: string): Record<string, unknown> {
  return (yaml.load(raw, { schema: yaml.CORE_SCHEMA }) ?? {}) as Record<string, unknown>;
}

/** The 1-based file line of a top-level frontmatter key (the `---` is line 1). */
export function frontmatterKeyLine(raw: string, key: string): number | undefined {
  const index = raw.split(/\r?\n/).findIndex((line) => line.startsWith(`${key}:`));
  return index === -1 ? undefined : index + 2;
}

/** The frontmatter of a whole MDX source, read as the collection loader reads it. */
export function readFrontmatter(source: string): Record<string, unknown> {
  return parseFrontmatter(splitFrontmatter(source).raw);
}
