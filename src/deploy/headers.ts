/**
 * The one source of truth for how the built site is served: its Content
 * Security Policy, the security headers every response carries, and the
 * caching and content-type rules per path. The Astro config (CSP meta),
 * the `_headers` file for Netlify / Cloudflare Pages, the nginx config in
 * deploy/nginx/ and the tests that check all three read from here.
 *
 * This file is also imported by plain Node scripts (type stripping), so it
 * must stay self-contained: no imports, no enums, only erasable TypeScript.
 */

/**
 * CSP directives every page carries in its `<meta http-equiv>` policy.
 * Astro appends `script-src` and `style-src` with `'self'` and the hash of
 * every inline script and style it emits, so neither needs 'unsafe-inline'.
 * Same-origin scripts (`/_astro/*.js`, `/pagefind/*.js`) are allowed by
 * 'self'; a page that needs more (e.g. 'wasm-unsafe-eval' for Pagefind)
 * adds it for itself with `Astro.csp.insertScriptResource`.
 */
export const documentCspDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * script-src sources for a page that runs WebAssembly (Pagefind search). Add
 * them in that page's frontmatter with `Astro.csp?.insertScriptResource(source)`
 * for each; inserting any source replaces Astro's default 'self', so it is listed.
 */
export const webAssemblyScriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * CSP directives sent as an HTTP header. `frame-ancestors` only works in a
 * header. This policy must not restrict scripts or styles: a browser
 * enforces every policy it is given, and the hashes live only in the meta.
 */
export const headerCspDirectives = [
  "frame-ancestors 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * Browser features the site never uses are switched off. `web-share` and
 * `clipboard-write` are left out: their default (this origin only) is what
 * a share button needs, and Chromium on desktop logs `web-share` as unknown.
 */
const permissionsPolicy = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'encrypted-media=()',
  'fullscreen=()',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'idle-detection=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'picture-in-picture=()',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'serial=()',
  'usb=()',
  'xr-spatial-tracking=()',
  'browsing-topics=()',
].join(', ');

/** Headers every response carries, including 404s. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': headerCspDirectives.join('; '),
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': permissionsPolicy,
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Cache policies: hashed file names never change; everything else is checked again soon. */
export const cachePolicies = {
  /** Files whose name carries a content hash: cached for a year, never revalidated. */
  immutable: 'public, max-age=31536000, immutable',
  /** Pages, feeds and other files with stable names: fresh for five minutes, then revalidated. */
  revalidate: 'public, max-age=300, must-revalidate',
} as const;

/** Folder (URL prefix) whose files all carry a content hash in their name. */
export const hashedAssetsPrefix = '/_astro/';

/**
 * Content types for files that generic MIME tables get wrong, by file name
 * (wherever the file sits, so per-language or per-author feeds are covered).
 */
export const contentTypesByFileName: Readonly<Record<string, string>> = {
  'rss.xml': 'application/rss+xml; charset=utf-8',
  'atom.xml': 'application/atom+xml; charset=utf-8',
  'feed.json': 'application/feed+json; charset=utf-8',
};

/** Media types worth compressing (gzip and, where available, brotli). HTML is always compressed. */
export const compressibleTypes = [
  'text/css',
  'text/plain',
  'text/xml',
  'application/javascript',
  'text/javascript',
  'application/json',
  'application/xml',
  'application/rss+xml',
  'application/atom+xml',
  'application/feed+json',
  'application/manifest+json',
  'image/svg+xml',
] as const;

/** Build outputs that are configuration for the host, never served. */
export const hostOnlyFiles = ['_headers', '_redirects', 'nginx-redirects.conf'] as const;

/** The headers a static host must send for a URL path (the rules above, applied). */
export function headersForPath(urlPath: string): Record<string, string> {
  const fileName = urlPath.slice(urlPath.lastIndexOf('/') + 1);
  const contentType = contentTypesByFileName[fileName];
  return {
    ...securityHeaders,
    'Cache-Control': urlPath.startsWith(hashedAssetsPrefix)
      ? cachePolicies.immutable
      : cachePolicies.revalidate,
    ...(contentType ? { 'Content-Type': contentType } : {}),
  };
}
