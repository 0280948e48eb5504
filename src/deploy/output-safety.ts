import { createHash } from 'node:crypto';
import { defaultTreeAdapter, html as htmlSpec, parse, parseFragment, serializeOuter } from 'parse5';
import type { DefaultTreeAdapterTypes } from 'parse5';
import sax from 'sax';

type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

/**
 * The last gate before publishing: finds markup in built files that could
 * run code in a reader's browser, wherever it came from (an op-ed body,
 * frontmatter, a feed, JSON-LD, a component). A hostile headline must come
 * out as text; anything else is refused with the file and the element named.
 *
 * HTML is read by parse5, which follows the WHATWG parsing algorithm as
 * browsers do (foreign content, `<!-->`, `--!>`, `<noscript>` with scripting
 * on), so markup that only a browser would see as an element is judged as
 * one. Hand-written because sanitizers (DOMPurify & co.) rewrite markup,
 * while this must only judge it, and must accept exactly what the site's own
 * CSP accepts: inline scripts Astro hashed into the page's policy,
 * same-origin script files, and JSON-LD data blocks.
 */

export interface UnsafeMarkup {
  /** Built file, relative to the output folder. */
  file: string;
  /** What is wrong, in words an editor can act on. */
  problem: string;
  /** The offending markup, shortened. */
  excerpt: string;
}

/** Attributes a browser loads or navigates to; `xlink:href` is `href` with a prefix. */
const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'poster', 'data', 'background']);
/** HTML elements that load another document, or (`base`) move every relative URL elsewhere. */
const embeddingElements = new Set([
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'portal',
  'fencedframe',
]);
/** SVG animation elements, which can set an `href` to a javascript: URL after load. */
const svgAnimations = new Set(['set', 'animate', 'animatemotion', 'animatetransform']);
/**
 * XML elements and JSON keys whose text readers render as HTML: RSS
 * description and content:encoded, Atom content and summary, JSON Feed
 * content_html. Titles and JSON Feed summaries are plain text by their
 * specs, so markup in them is text.
 */
const htmlXmlElement = /^(?:description|encoded|content|summary)$/i;
const htmlJsonKey = /^(?:content_html)$/;
/** Names of JSON keys and XML elements whose text is used as a URL. */
const urlFieldName = /^(?:.*url|href|link|uri|loc|guid|id|@id|icon|logo|image|avatar|favicon|src)$/i;

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > 120 ? `${oneLine.slice(0, 117)}...` : oneLine;
}

/**
 * Whether following `value` would run code. The WHATWG URL parser (Node's
 * URL) drops what browsers drop (surrounding spaces and controls, tabs and
 * newlines anywhere), so `java&#9;script:` is caught and `java script:`,
 * a relative path, is not.
 */
function isScriptingUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value, 'https://site.invalid/');
  } catch {
    return false;
  }
  if (url.protocol === 'javascript:' || url.protocol === 'vbscript:') return true;
  return url.protocol === 'data:' && /^(?:text\/html|application\/xhtml\+xml)\b/i.test(url.pathname);
}

function isSameOriginPath(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\');
}

function isJsonRoundTrip(text: string): boolean {
  try {
    const data: unknown = JSON.parse(text);
    return JSON.stringify(JSON.parse(JSON.stringify(data))) === JSON.stringify(data);
  } catch {
    return false;
  }
}

function hashMatches(content: string, hashes: ReadonlySet<string>): boolean {
  return ['sha256', 'sha384', 'sha512'].some((algorithm) =>
    hashes.has(`${algorithm}-${createHash(algorithm).update(content).digest('base64')}`),
  );
}

const attributeOf = (element: Element, name: string) =>
  element.attrs.find((attribute) => attribute.name === name && !attribute.prefix)?.value;

const textOf = (element: Element) =>
  element.childNodes.map((child) => (defaultTreeAdapter.isTextNode(child) ? child.value : '')).join('');

function* elementsIn(root: ParentNode): Generator<Element> {
  for (const child of root.childNodes) {
    if (!('tagName' in child)) continue;
    yield child;
    yield* elementsIn(child);
    // A template's content is inert until cloned, but a declarative shadow
    // root (shadowrootmode) renders it, and any script may clone it.
    if (child.tagName === 'template' && 'content' in child) yield* elementsIn(child.content);
  }
}

/** The script hashes every Content Security Policy in <head> allows (browsers enforce each). */
function cspScriptHashes(document: ParentNode): ReadonlySet<string> {
  const head = [...elementsIn(document)].find(
    (element) => element.tagName === 'head' && element.namespaceURI === htmlSpec.NS.HTML,
  );
  const policies = (head?.childNodes ?? [])
    .filter(
      (child): child is Element =>
        'tagName' in child &&
        child.tagName === 'meta' &&
        attributeOf(child, 'http-equiv')?.trim().toLowerCase() === 'content-security-policy',
    )
    .map(
      (meta) =>
        new Set(
          [...(attributeOf(meta, 'content') ?? '').matchAll(/'(sha(?:256|384|512)-[^']+)'/g)].map(
            ([, hash]) => hash!,
          ),
        ),
    );
  const [first, ...others] = policies;
  return new Set([...(first ?? [])].filter((hash) => others.every((policy) => policy.has(hash))));
}

/**
 * Whether a refresh's `content` ("0; url=/path/") leads to a path on this
 * site: the old-address pages send readers on that way, and nothing else may.
 */
function refreshesWithinSite(content: string): boolean {
  const target = /^\s*\d+(?:\.\d*)?\s*[;,]\s*(?:url\s*=\s*)?(['"]?)(.*)\1\s*$/i.exec(content)?.[2]?.trim();
  return target !== undefined && /^\/(?![/\\])/.test(target);
}

/** Checks one HTML document or fragment; `allowedHashes` are the inline scripts its CSP lists. */
class HtmlChecker {
  private readonly file: string;
  private readonly found: UnsafeMarkup[];

  // Plain fields, not parameter properties: tools/build.mjs runs this file with Node's type stripping.
  constructor(file: string, found: UnsafeMarkup[]) {
    this.file = file;
    this.found = found;
  }

  check(root: ParentNode, allowedHashes: ReadonlySet<string>): void {
    for (const element of elementsIn(root)) {
      const { namespaceURI: namespace, tagName } = element;
      const name = tagName.toLowerCase();
      if (name === 'script' && namespace !== htmlSpec.NS.MATHML) this.checkScript(element, allowedHashes);
      if (namespace !== htmlSpec.NS.HTML) {
        if (namespace === htmlSpec.NS.SVG && svgAnimations.has(name)) this.checkAnimation(element);
      } else if (embeddingElements.has(name)) {
        this.report(element, `an embedded <${name}> element`);
      } else if (
        name === 'meta' &&
        attributeOf(element, 'http-equiv')?.trim().toLowerCase() === 'refresh' &&
        !refreshesWithinSite(attributeOf(element, 'content') ?? '')
      ) {
        this.report(element, 'a <meta http-equiv="refresh"> redirect off this site');
      }
      for (const attribute of element.attrs) {
        if (attribute.name.startsWith('on')) {
          this.report(element, `an event-handler attribute (${attribute.name})`);
        } else if (urlAttributes.has(attribute.name) && isScriptingUrl(attribute.value)) {
          const name = attribute.prefix ? `${attribute.prefix}:${attribute.name}` : attribute.name;
          this.report(element, `a link to a javascript: URL (${name})`);
        }
      }
    }
  }

  private checkScript(script: Element, allowedHashes: ReadonlySet<string>): void {
    const type = (attributeOf(script, 'type') ?? '').trim().toLowerCase();
    // An SVG script loads from href (or xlink:href), an HTML one from src.
    const src =
      script.namespaceURI === htmlSpec.NS.HTML
        ? attributeOf(script, 'src')
        : script.attrs.find((attribute) => attribute.name === 'href')?.value;
    if (src !== undefined) {
      if (!isSameOriginPath(src.trim()))
        this.report(script, `a <script> loaded from outside the site (${src})`);
      return;
    }
    const content = textOf(script);
    if (type === 'application/ld+json' && script.namespaceURI === htmlSpec.NS.HTML) {
      if (!isJsonRoundTrip(content)) {
        this.report(script, 'JSON-LD that is not valid JSON (markup broke out of it)');
      } else {
        checkJsonValue(JSON.parse(content), '', this.file, this.found);
      }
      return;
    }
    if (!hashMatches(content, allowedHashes)) {
      this.report(
        script,
        "an inline <script> that the page's Content Security Policy does not list (Astro hashes only the scripts it processes)",
      );
    }
  }

  private checkAnimation(element: Element): void {
    const target =
      element.attrs.find((attribute) => attribute.name.toLowerCase() === 'attributename')?.value ?? '';
    if (!/^(?:xlink:)?href$/i.test(target.trim())) return;
    const values = element.attrs.filter((attribute) => ['to', 'from', 'values'].includes(attribute.name));
    if (values.some(({ value }) => value.split(';').some(isScriptingUrl))) {
      this.report(element, 'an SVG animation that sets a javascript: link');
    }
  }

  private report(element: Element, problem: string): void {
    this.found.push({ file: this.file, problem, excerpt: shorten(serializeOuter(element)) });
  }
}

/** Markup carried as text (feed content, JSON strings) is HTML to whoever renders it. */
function checkEmbeddedHtml(text: string, file: string, found: UnsafeMarkup[]): void {
  if (!text.includes('<')) return;
  new HtmlChecker(file, found).check(parseFragment(text), new Set());
}

/** Text in a URL field (a feed's link, JSON-LD's url) is followed by whoever reads it. */
function checkUrlField(name: string, text: string, file: string, found: UnsafeMarkup[]): void {
  if (urlFieldName.test(name) && isScriptingUrl(text)) {
    found.push({ file, problem: `a javascript: URL in ${name}`, excerpt: shorten(text) });
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

/**
 * Checks one built HTML page, parsed as a browser with scripting on parses
 * it; inline scripts pass only if the page's CSP meta lists their hash.
 */
export function findUnsafeHtml(html: string, file: string): UnsafeMarkup[] {
  const found: UnsafeMarkup[] = [];
  const document = parse(html);
  new HtmlChecker(file, found).check(document, cspScriptHashes(document));
  return found;
}

/**
 * Checks an XML file (feed, sitemap, SVG): its own elements (a browser
 * opening it runs XHTML or SVG scripts and event attributes), and HTML or
 * URLs carried in its text. A file that is not well-formed XML is refused,
 * as feed readers would reject it.
 */
export function findUnsafeXml(xml: string, file: string): UnsafeMarkup[] {
  const found: UnsafeMarkup[] = [];
  const parser = sax.parser(true, { xmlns: true, position: false });
  const open: { name: string; text: string; hasChildren: boolean }[] = [];
  const excerptOf = (tag: sax.QualifiedTag) =>
    shorten(
      `<${tag.name}${Object.values(tag.attributes)
        .map(({ name, value }) => ` ${name}="${value}"`)
        .join('')}>`,
    );
  parser.onopentag = (tag) => {
    const element = tag as sax.QualifiedTag;
    if (open.length > 0) open.at(-1)!.hasChildren = true;
    open.push({ name: element.local, text: '', hasChildren: false });
    const name = element.local.toLowerCase();
    if (name === 'script' || embeddingElements.has(name)) {
      found.push({ file, problem: `a <${element.name}> element`, excerpt: excerptOf(element) });
    }
    for (const attribute of Object.values(element.attributes)) {
      const local = attribute.local.toLowerCase();
      if (local.startsWith('on')) {
        found.push({
          file,
          problem: `an event-handler attribute (${attribute.name})`,
          excerpt: excerptOf(element),
        });
      } else if (urlAttributes.has(local) && isScriptingUrl(attribute.value)) {
        found.push({
          file,
          problem: `a link to a javascript: URL (${attribute.name})`,
          excerpt: excerptOf(element),
        });
      }
    }
  };
  const addText = (text: string) => {
    if (open.length > 0) open.at(-1)!.text += text;
  };
  parser.ontext = addText;
  parser.oncdata = addText;
  parser.onprocessinginstruction = ({ name, body }) => {
    const href = /\bhref\s*=\s*(["'])(.*?)\1/.exec(body)?.[2];
    if (name === 'xml-stylesheet' && href !== undefined && !isSameOriginPath(href)) {
      found.push({
        file,
        problem: 'a stylesheet from outside the site',
        excerpt: shorten(`<?${name} ${body}?>`),
      });
    }
  };
  parser.onclosetag = () => {
    const element = open.pop()!;
    if (element.hasChildren) return;
    checkUrlField(element.name, element.text.trim(), file, found);
    if (htmlXmlElement.test(element.name)) checkEmbeddedHtml(element.text, file, found);
  };
  try {
    parser.write(xml).close();
  } catch (error) {
    found.push({
      file,
      problem: `an XML file that is not well-formed (${(error as Error).message.split('\n')[0]})`,
      excerpt: shorten(xml.slice(0, 120)),
    });
  }
  return found;
}

/** Checks a JSON file (JSON Feed, web manifest, search metadata): HTML or javascript: URLs in any string. */
export function findUnsafeJson(json: string, file: string): UnsafeMarkup[] {
  const found: UnsafeMarkup[] = [];
  try {
    checkJsonValue(JSON.parse(json), '', file, found);
  } catch {
    found.push({ file, problem: 'a JSON file that does not parse', excerpt: shorten(json.slice(0, 120)) });
  }
  return found;
}

const markupFiles: [RegExp, (content: string, file: string) => UnsafeMarkup[]][] = [
  [/\.html?$/i, findUnsafeHtml],
  [/\.(?:xml|svg|xsl|rss|atom)$/i, findUnsafeXml],
  [/\.(?:json|webmanifest)$/i, findUnsafeJson],
];

/** Whether a built file can carry markup or links (images, fonts, CSS and scripts cannot). */
export function carriesMarkup(file: string): boolean {
  return markupFiles.some(([pattern]) => pattern.test(file));
}

/** Checks one built file by its extension; other files carry no markup. */
export function findUnsafeMarkup(file: string, content: string): UnsafeMarkup[] {
  return markupFiles.find(([pattern]) => pattern.test(file))?.[1](content, file) ?? [];
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
