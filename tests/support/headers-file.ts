/** Reading `_headers` (Netlify / Cloudflare Pages format) the way those hosts do. */

export interface HeaderRule {
  pattern: RegExp;
  path: string;
  headers: [string, string][];
}

/** Parses `_headers`: a path line (`*` matches anything), then indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), path: line.trim(), headers: [] });
      continue;
    }
    const separator = line.indexOf(':');
    rules.at(-1)!.headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()]);
  }
  return rules;
}

/** Every value of every header the matching rules send for a path (both hosts apply all matching rules). */
export function headersSentFor(rules: HeaderRule[], path: string): Map<string, string[]> {
  const sent = new Map<string, string[]>();
  for (const rule of rules.filter(({ pattern }) => pattern.test(path))) {
    for (const [name, value] of rule.headers) sent.set(name, [...(sent.get(name) ?? []), value]);
  }
  return sent;
}

/** Every URL a built file is served at: `x/index.html` also answers at `x/`. */
export function urlPathsOf(file: string): string[] {
  const direct = `/${file}`;
  return file.endsWith('index.html') ? [direct, direct.replace(/index\.html$/, '')] : [direct];
}

/**
 * Where a `_headers` file would send a browser something other than
 * `expected(path)` for a built file: a missing or wrong value, an extra
 * header, or one header set by two rules (Cloudflare would join them).
 */
export function headerProblems(
  rules: HeaderRule[],
  files: readonly string[],
  expected: (path: string) => Record<string, string>,
): string[] {
  const problems: string[] = [];
  for (const path of files.flatMap(urlPathsOf)) {
    const sent = headersSentFor(rules, path);
    const wanted = expected(path);
    for (const [name, values] of sent) {
      if (values.length > 1) problems.push(`${path}: ${name} is set by ${values.length} rules`);
      else if (!(name in wanted)) problems.push(`${path}: unexpected ${name}`);
    }
    for (const [name, value] of Object.entries(wanted)) {
      const got = sent.get(name);
      if (got?.length === 1 && got[0] !== value)
        problems.push(`${path}: ${name} is "${got[0]}", not "${value}"`);
      if (!got) problems.push(`${path}: no ${name}`);
    }
  }
  return problems;
}
