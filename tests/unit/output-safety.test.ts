import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { describeUnsafeMarkup, findUnsafeMarkup } from '../../src/deploy/output-safety';

const hashOf = (code: string) => `sha256-${createHash('sha256').update(code).digest('base64')}`;
const page = (head: string, body: string) =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const problemsIn = (file: string, content: string) =>
  findUnsafeMarkup(file, content).map(({ problem }) => problem);

describe('finding markup that could run code in built pages', () => {
  it('passes a page whose only scripts are hashed in its CSP, same-origin files and JSON-LD', () => {
    const inline = 'document.documentElement.dataset.js = "yes";';
    const html = page(
      `<meta http-equiv="content-security-policy" content="script-src 'self' '${hashOf(inline)}'">`,
      `<script type="module">${inline}</script><script type="module" src="/_astro/share.Ab12.js"></script>` +
        '<script type="application/ld+json">{"@type":"OpinionNewsArticle","headline":"\\u003c/script\\u003e"}</script>' +
        '<p>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(1)&gt;</p>' +
        '<a href="https://example.org/">ok</a><a href="/opinion/x/">ok</a><a href="mailto:a@example.org">ok</a>',
    );
    expect(problemsIn('opinion/x/index.html', html)).toEqual([]);
  });

  it.each([
    ['an unhashed inline script', '<script>alert(1)</script>', /inline <script>/],
    ['a script from another origin', '<script src="//evil.example/x.js"></script>', /outside the site/],
    ['an event attribute', '<img src="x" onerror="alert(1)">', /event-handler attribute \(onerror\)/],
    ['a javascript: link', '<a href="javascript:alert(1)">x</a>', /javascript: URL/],
    ['JSON-LD broken out of', '<script type="application/ld+json">{"headline":"</script>', /JSON-LD/],
    ['an iframe', '<iframe src="/x/"></iframe>', /embedded <iframe>/],
  ])('refuses %s', (_, body, problem) => {
    expect(problemsIn('index.html', page('', body)).join('\n')).toMatch(problem);
  });

  it('trusts only a CSP in <head>: a policy the body carries does not allow a script', () => {
    const body = `<meta http-equiv="content-security-policy" content="script-src '${hashOf('alert(1)')}'"><script>alert(1)</script>`;
    expect(problemsIn('index.html', page('', body))).toEqual([expect.stringMatching(/inline <script>/)]);
  });
});

/**
 * Inputs on which htmlparser2 (linkedom, the parser this check used before)
 * and browsers disagree, or which a naive reading gets wrong. Each pairs
 * markup a browser would run with a lookalike it would not, and the check
 * must tell them apart the way a browser does.
 */
describe('reading HTML the way a browser does', () => {
  it.each([
    [
      '<noscript>: with scripting on, its content is text, so a quote does not hide a closing tag',
      '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript>',
      '<noscript><img src=x onerror=alert(1)></noscript>',
    ],
    [
      '<template>: a declarative shadow root renders its content',
      '<template shadowrootmode="open"><img src=x onerror=alert(1)></template>',
      '<template><p>onerror=alert(1)</p></template>',
    ],
    [
      '</script > ends a script even with a space before >',
      '<script type="application/ld+json">{"a":"</script ><img src=x onerror=alert(1)>"}</script>',
      '<script type="application/ld+json">{"a":"</scriptx><img src=x onerror=alert(1)>"}</script>',
    ],
    [
      '</script followed by a tab and a slash ends a script too',
      '<script type="application/ld+json">{"a":"</script\t/><img src=x onerror=alert(1)>"}</script>',
      '<script type="application/ld+json">{"a":"\\u003c/script\\u003e<img src=x onerror=alert(1)>"}</script>',
    ],
    [
      '<svg><script> runs',
      '<svg><script>alert(1)</script></svg>',
      '<svg><desc>&lt;script&gt;alert(1)&lt;/script&gt;</desc></svg>',
    ],
    [
      '<svg><style> is not raw text: an <img> in it breaks out of the SVG',
      '<svg><style><img src=x onerror=alert(1)></style></svg>',
      '<style><img src=x onerror=alert(1)></style>',
    ],
    [
      '<math><style> is not raw text either',
      '<math><style><img src=x onerror=alert(1)></style></math>',
      '<math><mtext>&lt;img src=x onerror=alert(1)&gt;</mtext></math>',
    ],
    [
      '<!--> is a whole (empty) comment',
      '<!--><img src=x onerror=alert(1)>-->',
      '<!-- <img src=x onerror=alert(1)> -->',
    ],
    [
      '--!> closes a comment',
      '<!-- x --!><img src=x onerror=alert(1)>-->',
      '<!-- x --><p>--!&gt; onerror=alert(1)</p>',
    ],
    [
      'an unclosed comment runs to the end of the page, hiding what follows',
      '<!-- x -- ><img src=x onerror=alert(1)> --!><img src=y onerror=alert(2)>',
      '<!-- <img src=x onerror=alert(1)>',
    ],
    [
      'attributes on an end tag are dropped, whatever they contain',
      '<p>x</p x=">"><img src=x onerror=alert(1)>',
      '<p>x</p title="><img src=x onerror=alert(1)>">',
    ],
    [
      'a javascript: scheme with an entity-encoded tab',
      '<a href="jav&#x09;ascript:alert(1)">x</a>',
      '<a href="java script:alert(1)">x</a>',
    ],
    [
      'a javascript: scheme with an encoded colon and a leading newline',
      '<a href="&NewLine;javascript&colon;alert(1)">x</a>',
      '<a href="/search/?q=javascript&colon;alert(1)">x</a>',
    ],
    [
      'a javascript: scheme spelled with a legacy entity that has no semicolon',
      '<a href="&#106avascript:alert(1)">x</a>',
      '<a href="#javascript:alert(1)">x</a>',
    ],
    [
      '<iframe srcdoc> is a document of its own',
      '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>',
      '<p data-srcdoc="<script>alert(1)</script>">x</p>',
    ],
    [
      '<base> moves every same-origin script to another host',
      '<base href="https://evil.example/">',
      '<svg><base href="https://evil.example/"></base></svg>',
    ],
    [
      '<meta http-equiv=refresh> navigates',
      '<meta http-equiv="Refresh" content="0;url=javascript:alert(1)">',
      '<meta name="refresh" content="0;url=javascript:alert(1)">',
    ],
    [
      '<meta http-equiv=refresh> may send readers on only within the site',
      '<meta http-equiv="refresh" content="0; url=//evil.example/">',
      '<meta http-equiv="refresh" content="0; url=/opinion/renamed-op-ed/">',
    ],
    [
      'an SVG animation can set a link to javascript:',
      '<svg><a><animate attributeName="href" values="javascript:alert(1)"/><text y="20">x</text></a></svg>',
      '<svg><a href="/x/"><animate attributeName="opacity" values="javascript:alert(1)"/><text y="20">x</text></a></svg>',
    ],
  ])('%s', (_, executable, lookalike) => {
    expect(problemsIn('index.html', page('', executable)), executable).not.toEqual([]);
    expect(problemsIn('index.html', page('', lookalike)), lookalike).toEqual([]);
  });
});

describe('markup carried inside feeds and JSON', () => {
  const rss = (item: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>x</title><item>${item}</item></channel></rss>`;

  it('refuses HTML in an RSS content:encoded that a reader would run, in CDATA or escaped', () => {
    expect(
      problemsIn(
        'rss.xml',
        rss('<content:encoded><![CDATA[<p>Text</p><img src=x onerror=alert(1)>]]></content:encoded>'),
      ),
    ).toEqual(['an event-handler attribute (onerror)']);
    expect(
      problemsIn(
        'rss.xml',
        rss('<content:encoded>&lt;svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;</content:encoded>'),
      ),
    ).toEqual([expect.stringMatching(/inline <script>/)]);
    expect(
      problemsIn(
        'rss.xml',
        rss('<content:encoded><![CDATA[<p>&lt;img src=x onerror=alert(1)&gt;</p>]]></content:encoded>'),
      ),
    ).toEqual([]);
  });

  it('refuses javascript: links and HTML in RSS descriptions', () => {
    expect(
      problemsIn(
        'rss.xml',
        rss('<link>javascript:alert(1)</link><description>&lt;img src=x onerror=alert(1)&gt;</description>'),
      ),
    ).toEqual(['a javascript: URL in link', 'an event-handler attribute (onerror)']);
  });

  it('refuses a feed that is not well-formed XML, as feed readers would', () => {
    expect(problemsIn('rss.xml', rss('<title>x</item>')).join('\n')).toMatch(/not well-formed/);
  });

  it('refuses scripts and event attributes in an XML file a browser opens (an SVG)', () => {
    const svg = (inner: string) => `<svg xmlns="http://www.w3.org/2000/svg">${inner}</svg>`;
    expect(problemsIn('favicon.svg', svg('<script>alert(1)</script>'))).toEqual(['a <script> element']);
    expect(problemsIn('favicon.svg', svg('<circle onload="alert(1)" r="1"/>'))).toEqual([
      'an event-handler attribute (onload)',
    ]);
    expect(problemsIn('favicon.svg', svg('<circle r="1"/><text>onload="alert(1)"</text>'))).toEqual([]);
  });

  it('refuses HTML in a JSON Feed content_html, and javascript: URLs anywhere a URL goes', () => {
    const feed = JSON.stringify({
      items: [
        {
          url: 'javascript:alert(1)',
          content_html: '<math><style><img src=x onerror=alert(1)></style></math>',
        },
      ],
    });
    expect(problemsIn('feed.json', feed)).toEqual([
      'a javascript: URL in url',
      'an event-handler attribute (onerror)',
    ]);
    const manifest = JSON.stringify({ start_url: ' javascript:alert(1)', icons: [{ src: '/icon.png' }] });
    expect(problemsIn('manifest.webmanifest', manifest)).toEqual(['a javascript: URL in start_url']);
  });

  it('leaves ordinary words about JavaScript alone', () => {
    const feed = JSON.stringify({
      items: [
        {
          title: 'JavaScript: a love letter',
          summary: '<img src=x onerror=alert(1)> is how it starts',
          url: 'https://example.org/',
          content_html: '<p>&lt;script&gt; and javascript:alert(1) are words here</p>',
        },
      ],
    });
    expect(problemsIn('feed.json', feed)).toEqual([]);
  });
});

describe('the message that stops the build', () => {
  it('names the file and the element', () => {
    const message = describeUnsafeMarkup(
      findUnsafeMarkup('opinion/x/index.html', page('', '<a href="javascript:x()">x</a>')),
    );
    expect(message).toContain('opinion/x/index.html: a link to a javascript: URL (href)');
    expect(message).toContain('<a href="javascript:x()">x</a>');
  });
});
