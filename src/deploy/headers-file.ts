import {
  cachePolicies,
  contentTypesByFileName,
  hashedAssetsPrefix,
  hostOnlyFiles,
  securityHeaders,
} from './headers.ts';

/**
 * Renders the `_headers` file Netlify and Cloudflare Pages read, from the
 * rules in src/deploy/headers.ts and the files of a finished build.
 *
 * Both hosts apply every rule whose path matches, and Cloudflare joins two
 * values of one header with a comma, so each header is set by rules that
 * never overlap: security headers on `/*` only, Cache-Control on the hashed
 * folder or on one rule per other top-level entry, Content-Type on each feed.
 * Paths come from the build itself, so the file stays a few dozen rules
 * (Cloudflare allows 100) however many op-eds there are.
 *
 * @param files Paths of the built files, relative to the output folder, with `/` separators.
 */
export function renderHeadersFile(files: readonly string[]): string {
  const served = files.filter((file) => !(hostOnlyFiles as readonly string[]).includes(file));
  const hashedFolder = hashedAssetsPrefix.replace(/^\/|\/$/g, '');
  const topLevel = new Set<string>();
  for (const file of served) {
    const [first, ...rest] = file.split('/');
    if (first === hashedFolder) continue;
    topLevel.add(rest.length > 0 ? `/${first}/*` : `/${first}`);
  }
  if (served.includes('index.html')) topLevel.add('/');

  const rules = new Map<string, Record<string, string>>([
    ['/*', { ...securityHeaders }],
    [`${hashedAssetsPrefix}*`, { 'Cache-Control': cachePolicies.immutable }],
  ]);
  for (const path of [...topLevel].sort()) rules.set(path, { 'Cache-Control': cachePolicies.revalidate });
  for (const file of served.toSorted()) {
    const contentType = contentTypesByFileName[file.slice(file.lastIndexOf('/') + 1)];
    if (contentType) rules.set(`/${file}`, { ...rules.get(`/${file}`), 'Content-Type': contentType });
  }

  const header = [
    '# Response headers for Netlify and Cloudflare Pages.',
    '# Generated at build from src/deploy/headers.ts; edit that file, not this one.',
  ];
  const blocks = [...rules].map(([path, headers]) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
  );
  return `${[header.join('\n'), ...blocks].join('\n\n')}\n`;
}
