import { cachePolicies } from './headers.ts';
import { headerLines } from './nginx-config.ts';

/** Where an old address leads, or that it is gone; worked out from site data. */
export interface AddressRules {
  /** Old path → current path, answered 301. */
  moved: readonly { from: string; to: string }[];
  /** Paths of withdrawn op-eds, answered 410 with the notice page built there. */
  gone: readonly string[];
}

/** Build outputs holding these rules, for the hosts that read them. */
export const redirectFiles = { netlify: '_redirects', nginx: 'nginx-redirects.conf' } as const;

/**
 * `_redirects` for Netlify and Cloudflare Pages. Cloudflare ignores the 410
 * lines (it supports only redirect codes) and serves the notice page with 200.
 */
export function renderRedirectsFile({ moved, gone }: AddressRules): string {
  return `${[
    '# Old and withdrawn op-ed addresses. Generated at build from the op-eds’ oldAddresses and withdrawn fields.',
    ...moved.map(({ from, to }) => `${from} ${to} 301`),
    ...gone.map((path) => `${path} ${path}index.html 410`),
  ].join('\n')}\n`;
}

/**
 * nginx rules for the same addresses, to include in the `server { }` block
 * before deploy/nginx/opinion-site.conf. Paths are op-ed slugs (lower-case
 * letters, digits, hyphens), so they need no escaping; a missing trailing
 * slash is answered too.
 */
export function renderNginxRedirects({ moved, gone }: AddressRules): string {
  const exact = (path: string) => `location ~ ^${path.replace(/\/$/, '')}/?$ {`;
  return `${[
    '# Generated at build from the op-eds’ oldAddresses and withdrawn fields; include before opinion-site.conf.',
    ...moved.flatMap(({ from, to }) => [
      exact(from),
      ...headerLines(cachePolicies.revalidate),
      `    return 301 ${to};`,
      '}',
    ]),
    ...gone.flatMap((path) => [exact(path), `    error_page 410 ${path}index.html;`, '    return 410;', '}']),
  ].join('\n')}\n`;
}
