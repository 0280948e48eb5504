import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { absolutizeLinks, dropVisuallyHidden } from '../../src/sharing/absolute-links';

const page = 'https://example.kz/opinion/x/';
const hrefs = (html: string) =>
  [...parseHTML(`<div>${html}</div>`).document.querySelectorAll('[href],[src]')].map(
    (element) => element.getAttribute('href') ?? element.getAttribute('src'),
  );

describe('absolutizeLinks', () => {
  it('resolves fragments, root-relative and relative links against the article', () => {
    const html = '<a href="#whats-next-3">3</a><a href="/authors/a/">A</a><img src="pic.png" alt="">';
    expect(hrefs(absolutizeLinks(html, page))).toEqual([
      'https://example.kz/opinion/x/#whats-next-3',
      'https://example.kz/authors/a/',
      'https://example.kz/opinion/x/pic.png',
    ]);
  });

  it('leaves absolute links and other attributes alone, and keeps &amp; escaped', () => {
    const html = '<a data-href="/x" href="https://t.me/share/url?url=a&amp;text=b">t</a>';
    const result = absolutizeLinks(html, page);
    expect(result).toContain('data-href="/x"');
    expect(hrefs(result)).toEqual(['https://t.me/share/url?url=a&text=b']);
  });

  it('does not touch text that looks like an attribute', () => {
    const html = '<p>write href=&quot;/x&quot; here</p>';
    expect(absolutizeLinks(html, page)).toBe(html);
  });
});

describe('dropVisuallyHidden', () => {
  it('removes screen-reader-only spans and keeps the rest', () => {
    const html =
      '<a href="#a"><span aria-hidden="true">#</span><span class="visually-hidden">Link to A</span></a>';
    expect(dropVisuallyHidden(html)).toBe('<a href="#a"><span aria-hidden="true">#</span></a>');
  });

  it('also when Astro adds its scoped-style class beside ours', () => {
    const html = '<p>Text<span class="visually-hidden astro-lil6djky">Link to A</span></p>';
    expect(dropVisuallyHidden(html)).toBe('<p>Text</p>');
  });
});
