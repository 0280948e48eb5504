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
    [
      'a javascript: link hidden by case and whitespace',
      '<a href=" JaVa\tScRiPt:alert(1)">x</a>',
      /javascript:/,
    ],
    ['JSON-LD broken out of', '<script type="application/ld+json">{"headline":"</script>', /JSON-LD/],
    ['an iframe', '<iframe src="/x/"></iframe>', /embedded <iframe>/],
  ])('refuses %s', (_, body, problem) => {
    expect(problemsIn('index.html', page('', body)).join('\n')).toMatch(problem);
  });

  it('refuses markup carried as text in feeds and JSON', () => {
    const rss = `<?xml version="1.0"?><rss><channel><item><title>x</title><link>javascript:alert(1)</link>
      <description>&lt;img src=x onerror=alert(1)&gt;</description></item></channel></rss>`;
    expect(problemsIn('rss.xml', rss)).toEqual([
      'a javascript: URL in link',
      'an event-handler attribute (onerror)',
    ]);
    const feed = JSON.stringify({
      items: [{ url: 'javascript:alert(1)', content_html: '<script>alert(1)</script>' }],
    });
    expect(problemsIn('feed.json', feed)).toEqual([
      'a javascript: URL in url',
      expect.stringMatching(/inline <script>/),
    ]);
  });

  it('leaves ordinary words about JavaScript alone', () => {
    const feed = JSON.stringify({
      items: [{ title: 'JavaScript: a love letter', url: 'https://example.org/' }],
    });
    expect(problemsIn('feed.json', feed)).toEqual([]);
  });

  it('names the file and the element in the message that stops the build', () => {
    const message = describeUnsafeMarkup(
      findUnsafeMarkup('opinion/x/index.html', page('', '<a href="javascript:x()">x</a>')),
    );
    expect(message).toContain('opinion/x/index.html: a link to a javascript: URL (href)');
    expect(message).toContain('<a href="javascript:x()">x</a>');
  });
});
