/**
 * Rewrites href and src attributes in rendered HTML to absolute URLs, for
 * feeds: feed readers resolve relative links against the feed, not the
 * article, so "#whats-next-3" or "/authors/x/" would point nowhere. The HTML
 * comes from our own Astro render, which always double-quotes attribute
 * values and escapes quotes inside them, so matching the attribute is exact;
 * a full HTML parser would be a build dependency for this one rewrite.
 */
const LINK_ATTRIBUTE = /(\s(?:href|src)=")([^"]*)(")/g;

const decode = (value: string) => value.replace(/&amp;/g, '&');
const encode = (value: string) => value.replace(/&/g, '&amp;');

export function absolutizeLinks(html: string, baseUrl: string): string {
  return html.replace(LINK_ATTRIBUTE, (match, before: string, value: string, after: string) => {
    try {
      return `${before}${encode(new URL(decode(value), baseUrl).href)}${after}`;
    } catch {
      return match;
    }
  });
}

/**
 * Drops text that is only for screen readers on the page (class
 * "visually-hidden"): feed readers ignore our CSS and would show it.
 */
export function dropVisuallyHidden(html: string): string {
  // Astro may add its scoped-style class beside ours (class="visually-hidden astro-…").
  return html.replace(/<span class="(?:[^"]*\s)?visually-hidden(?:\s[^"]*)?"[^>]*>[^<]*<\/span>/g, '');
}
