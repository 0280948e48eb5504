import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { brotliSize, budgets, failures, fontFaces, measurePage } from '../../tools/gates/size-measure.ts';

const pageUrl = new URL('https://opinion.example.kz/opinion/a/');

function page(head: string, body = '<p>Text</p>') {
  return `<!doctype html><html lang="en"><head><title>T</title>${head}</head><body>${body}</body></html>`;
}

function reader(files: Record<string, string | Buffer>) {
  return (path: string) => {
    const file = files[path];
    return file === undefined ? undefined : Buffer.from(file);
  };
}

function measure(html: string, files: Record<string, string | Buffer> = {}) {
  const measurements = measurePage('a.html', html, pageUrl, reader(files));
  const byBudget = (name: string) => measurements.filter((m) => m.budget === name);
  return { measurements, byBudget };
}

describe('brotliSize', () => {
  it('compresses repetitive text far below its length', () => {
    const text = 'opinion '.repeat(1000);
    expect(brotliSize(text)).toBeLessThan(100);
    expect(brotliSize(text)).toBeGreaterThan(0);
  });
});

describe('HTML plus render-blocking CSS', () => {
  it('adds linked stylesheets to the HTML, but not print-only ones', () => {
    const css = 'body{color:red}'.repeat(50);
    const html = page(
      '<link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" media="print" href="/_astro/p.css">',
    );
    const [htmlAndCss] = measure(html, { '/_astro/a.css': css, '/_astro/p.css': 'x'.repeat(9000) }).byBudget(
      'htmlAndBlockingCss',
    );
    expect(htmlAndCss!.bytes).toBe(brotliSize(html) + brotliSize(css));
  });

  it('names a page over budget with its number of bytes', () => {
    const random = randomBytes(20_000).toString('base64');
    const [htmlAndCss] = measure(page('', `<p>${random}</p>`)).byBudget('htmlAndBlockingCss');
    const [problem] = failures(htmlAndCss!);
    expect(problem).toMatch(/^a\.html: HTML \+ render-blocking CSS is \d+ bytes, over the budget of 14600/);
  });

  it('fails when a linked stylesheet is missing', () => {
    const [htmlAndCss] = measure(page('<link rel="stylesheet" href="/gone.css">')).byBudget(
      'htmlAndBlockingCss',
    );
    expect(failures(htmlAndCss!).join()).toContain('/gone.css is missing');
  });
});

describe('JavaScript', () => {
  it('is zero on a page without scripts and ignores JSON-LD', () => {
    const html = page('<script type="application/ld+json">{"@type":"OpinionNewsArticle"}</script>');
    const [js] = measure(html).byBudget('javascript');
    expect(js!.bytes).toBe(0);
    expect(failures(js!)).toEqual([]);
  });

  it('counts module scripts and inline scripts', () => {
    const code = 'console.log("share");';
    const html = page(`<script type="module" src="/_astro/s.js"></script><script>${code}</script>`);
    const [js] = measure(html, { '/_astro/s.js': code }).byBudget('javascript');
    expect(js!.bytes).toBe(2 * brotliSize(code));
    expect(failures(js!)).toEqual([]);
  });

  it('fails a classic external script that blocks rendering', () => {
    const [js] = measure(page('<script src="/_astro/s.js"></script>'), { '/_astro/s.js': 'x' }).byBudget(
      'javascript',
    );
    expect(failures(js!).join()).toContain('/_astro/s.js blocks rendering');
  });

  it('accepts defer and async scripts', () => {
    const html = page('<script defer src="/a.js"></script><script async src="/b.js"></script>');
    const [js] = measure(html, { '/a.js': 'a', '/b.js': 'b' }).byBudget('javascript');
    expect(failures(js!)).toEqual([]);
  });
});

describe('web fonts', () => {
  it('reads @font-face files, preferring woff2, and font-display', () => {
    const faces = fontFaces(
      `@font-face{font-family:"Noto Serif";font-display:swap;src:url(/f/n.woff2) format("woff2"),url(/f/n.woff) format("woff")}`,
      pageUrl,
    );
    expect(faces).toEqual([{ family: 'Noto Serif', files: ['/f/n.woff2'], display: 'swap' }]);
  });

  it('adds up font files from inline and linked CSS, each file once', () => {
    const face = (file: string) =>
      `@font-face{font-family:F;font-display:swap;src:url(${file}) format("woff2")}`;
    const html = page(`<style>${face('/f/a.woff2')}</style><link rel="stylesheet" href="/_astro/s.css">`);
    const files = {
      '/_astro/s.css': face('../f/b.woff2') + face('/f/a.woff2'),
      '/f/a.woff2': Buffer.alloc(1000),
      '/f/b.woff2': Buffer.alloc(2000),
    };
    const [fonts] = measure(html, files).byBudget('fonts');
    expect(fonts!.bytes).toBe(3000);
    expect(failures(fonts!)).toEqual([]);
  });

  it('fails fonts over 60 KB and faces that hide text while loading', () => {
    const html = page(`<style>@font-face{font-family:Big;src:url(/big.woff2)}</style>`);
    const [fonts] = measure(html, { '/big.woff2': Buffer.alloc(budgets.fonts + 1) }).byBudget('fonts');
    const problems = failures(fonts!).join('\n');
    expect(problems).toContain(`is ${budgets.fonts + 1} bytes, over the budget`);
    expect(problems).toContain('“Big” hides text while loading');
  });
});

describe('social images', () => {
  it('measures the og:image file of the page', () => {
    const html = page('<meta property="og:image" content="https://opinion.example.kz/og/a.png">');
    const [image] = measure(html, { '/og/a.png': Buffer.alloc(500) }).byBudget('socialImage');
    expect(image!.bytes).toBe(500);
    expect(failures(image!)).toEqual([]);
  });

  it('fails an image over 300 KB or missing', () => {
    const big = page('<meta property="og:image" content="/og/big.png">');
    const [image] = measure(big, { '/og/big.png': Buffer.alloc(budgets.socialImage + 1) }).byBudget(
      'socialImage',
    );
    expect(failures(image!).join()).toContain('over the budget of 307200 bytes');
    const [missing] = measure(big).byBudget('socialImage');
    expect(failures(missing!).join()).toContain('missing from the build');
  });

  it('measures nothing when the page has no og:image', () => {
    expect(measure(page('')).byBudget('socialImage')).toEqual([]);
  });
});
