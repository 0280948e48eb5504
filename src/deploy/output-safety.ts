import { createHash } from 'node:crypto';
import { parseHTML, DOMParser } from 'linkedom';

/**
 * The last gate before publishing: finds markup in built files that could
 * run code in a reader's browser, wherever it came from (an op-ed body,
 * frontmatter, a feed, JSON-LD, a component). A hostile headline must come
 * out as text; anything else is refused with the file and the element named.
 *
 * Hand-written because sanitizers (DOMPurify & co.) rewrite markup, while
 * this must only judge it, and must accept exactly what the site's own CSP
 * accepts: inline scripts Astro hashed into the page's policy, same-origin
 * script files, and JSON-LD data blocks.
 */

export interface UnsafeMarkup {
  /** Built file, relative to the output folder. */
  file: string;
  /** What is wrong, in words an editor can act on. */
  problem: string;
  /** The offending markup, shortened. */
  excerpt: string;
}

const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'background'];
const embeddingElements = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base']);
const scriptingUrl = /^(?:javascript:|vbscript:|data:text\/html)/i;
/**
 * XML elements and JSON keys whose text readers render as HTML: RSS
 * description and content:encoded, JSON Feed content_html. Titles and JSON
 * Feed summaries are plain text by their specs, so markup in them is text.
 */
const htmlXmlElement = /^(?:description|encoded|content)$/i;
const htmlJsonKey = /^(?:content_html)$/;
/** Names of JSON keys and XML elements whose text is used as a URL. */
const urlFieldName = /^(?:.*url|href|link|uri|loc|guid|id|@id|icon|logo|image|avatar|favicon)$/i;

function excerptOf(element: Element): string {
  const html = element.outerHTML.replace(/\s+/g, ' ');
  return html.length > 120 ? `${html.slice(0, 117)}...` : html;
}

/** Browsers ignore whitespace and control characters inside a URL's scheme, so the check does too. */
function isScriptingUrl(value: string): boolean {
  // eslint-disable-next-line no-control-regex
  return scriptingUrl.test(value.replace(/[\u0000-\u0020]/g, ''));
}

function cspScriptHashes(document: Document): Set<string> {
  const meta = document.querySelector('meta[http-equiv="content-security-policy" i]');
  const policy = meta?.getAttribute('content') ?? '';
  return new Set([...policy.matchAll(/'(sha(?:256|384|512)-[^']+)'/g)].map(([, hash]) => hash!));
}

function hashMatches(content: string, hashes: Set<string>): boolean {
  return ['sha256', 'sha384', 'sha512'].some((algorithm) =>
    hashes.has(`${algorithm}-${createHash(algorithm).update(content).digest('base64')}`),
  );
}

function isJsonRoundTrip(text: string): boolean {
  try {
    const data: unknown = JSON.parse(text);
    return JSON.stringify(JSON.parse(JSON.stringify(data))) === JSON.stringify(data);
  } catch {
    return false;
  }
}

function isSameOriginPath(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\');
}

function scriptProblem(script: Element, allowedHashes: Set<string>): string | undefined {
  const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
  const src = script.getAttribute('src');
  if (src !== null) {
    return isSameOriginPath(src.trim()) ? undefined : `a <script> loaded from outside the site (${src})`;
  }
  const content = script.textContent ?? '';
  if (type === 'application/ld+json') {
    return isJsonRoundTrip(content) ? undefined : 'JSON-LD that is not valid JSON (markup broke out of it)';
  }
  if (hashMatches(content, allowedHashes)) return undefined;
  return "an inline <script> that the page's Content Security Policy does not list (Astro hashes only the scripts it processes)";
}

function checkElements(
  root: ParentNode,
  allowedHashes: Set<string>,
  file: string,
  found: UnsafeMarkup[],
): void {
  for (const element of root.querySelectorAll('*')) {
    const name = element.localName.toLowerCase();
    if (name === 'script') {
      const problem = scriptProblem(element, allowedHashes);
      if (problem) found.push({ file, problem, excerpt: excerptOf(element) });
    }
    if (embeddingElements.has(name)) {
      found.push({ file, problem: `an embedded <${name}> element`, excerpt: excerptOf(element) });
    }
    for (const attribute of [...element.attributes]) {
      const attributeName = attribute.name.toLowerCase();
      if (attributeName.startsWith('on')) {
        found.push({
          file,
          problem: `an event-handler attribute (${attribute.name})`,
          excerpt: excerptOf(element),
        });
      } else if (urlAttributes.includes(attributeName) && isScriptingUrl(attribute.value)) {
        found.push({
          file,
          problem: `a link to a javascript: URL (${attribute.name})`,
          excerpt: excerptOf(element),
        });
      }
    }
  }
}

/** Markup carried as text (feed descriptions, JSON strings) is HTML to whoever renders it. */
function checkEmbeddedHtml(text: string, file: string, found: UnsafeMarkup[]): void {
  if (!text.includes('<')) return;
  const { document } = parseHTML(`<!doctype html><html><body>${text}</body></html>`);
  checkElements(document.body, new Set(), file, found);
}

/** Text in a URL field (a feed's link, JSON-LD's url) is followed by whoever reads it. */
function checkUrlField(name: string, text: string, file: string, found: UnsafeMarkup[]): void {
  if (urlFieldName.test(name) && isScriptingUrl(text.trim())) {
    found.push({ file, problem: `a javascript: URL in ${name}`, excerpt: text.slice(0, 120) });
  }
}

function checkJsonValue(value: unknown, key: string, file: string, found: UnsafeMarkup[]): void {
  if (typeof value === 'string') {
    checkUrlField(key, value, file, found);
    if (htmlJsonKey.test(key)) checkEmbeddedHtml(value, file, found);
  } else if (Array.isArray(value)) {
    for (const item of value) checkJsonValue(item, key, file, found);
  } else if (value && typeof value === 'object') {
    for (const [name, item] of Object.entries(value)) checkJsonValue(item, name, file, found);
  }
}

/** Checks one built HTML page; inline scripts pass only if the page's CSP meta lists their hash. */
export function findUnsafeHtml(html: string, file: string): UnsafeMarkup[] {
  const found: UnsafeMarkup[] = [];
  const { document } = parseHTML(html);
  checkElements(document, cspScriptHashes(document as unknown as Document), file, found);
  for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
    if (isJsonRoundTrip(script.textContent ?? ''))
      checkJsonValue(JSON.parse(script.textContent!), '', file, found);
  }
  return found;
}

/** Checks an XML file (feed, sitemap, SVG): its own elements, and HTML carried in its text. */
export function findUnsafeXml(xml: string, file: string): UnsafeMarkup[] {
  const found: UnsafeMarkup[] = [];
  const document = new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
  checkElements(document, new Set(), file, found);
  for (const element of document.querySelectorAll('*')) {
    if (element.children.length > 0) continue;
    checkUrlField(element.localName, element.textContent ?? '', file, found);
    if (htmlXmlElement.test(element.localName)) checkEmbeddedHtml(element.textContent ?? '', file, found);
  }
  return found;
}

/** Checks a JSON file (JSON Feed, search index metadata): HTML or javascript: URLs in any string. */
export function findUnsafeJson(json: string, file: string): UnsafeMarkup[] {
  const found: UnsafeMarkup[] = [];
  try {
    checkJsonValue(JSON.parse(json), '', file, found);
  } catch {
    found.push({ file, problem: 'a JSON file that does not parse', excerpt: json.slice(0, 120) });
  }
  return found;
}

/** Checks one built file by its extension; other files (images, fonts, CSS) carry no markup. */
export function findUnsafeMarkup(file: string, content: string): UnsafeMarkup[] {
  if (/\.html?$/i.test(file)) return findUnsafeHtml(content, file);
  if (/\.(xml|svg|xsl|rss|atom)$/i.test(file)) return findUnsafeXml(content, file);
  if (/\.json$/i.test(file)) return findUnsafeJson(content, file);
  return [];
}

/** The message that stops the build, naming each file and element. */
export function describeUnsafeMarkup(found: readonly UnsafeMarkup[]): string {
  return [
    'The built site contains markup that could run code in a reader’s browser, so nothing was published:',
    ...found.map(({ file, problem, excerpt }) => `  ${file}: ${problem}\n      ${excerpt}`),
    'Op-eds and their fields may not contain <script> elements, on… event attributes (onerror, onclick) or javascript: links.',
    'Remove them from the op-ed or author file behind each page named above, and build again.',
  ].join('\n');
}
