import { evaluate } from '@mdx-js/mdx';
import { parseHTML } from 'linkedom';
import { createElement } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { renderOpinionBody } from '../../src/markdown/render-opinion';
import { astroRehypePlugins, rehypePlugins, remarkPlugins } from '../../src/markdown/pipeline';

const path = 'content/opinions/example.mdx';
const argument = [
  'Some "background" first.',
  '',
  '## What’s next?',
  '',
  '<Points>',
  '  <Point>First, the *elections*.</Point>',
  '  <Point>Second, the budget.</Point>',
  '</Points>',
  '',
  '{/* a note for the editors */}',
  'The end.',
].join('\n');

async function render(body: string, lang = 'en') {
  const html = await renderOpinionBody(body, path, { lang });
  return html === undefined ? undefined : parseHTML(`<!doctype html><body>${html}</body>`).document;
}

/** The same body through @mdx-js/mdx, as @astrojs/mdx compiles an op-ed with images. */
async function renderAsModule(body: string, lang = 'en') {
  const file = new VFile({ path, value: body, data: { astro: { frontmatter: { lang } } } });
  const { default: Content } = await evaluate(file, {
    ...runtime,
    remarkPlugins,
    rehypePlugins: [...rehypePlugins, ...astroRehypePlugins],
  });
  return parseHTML(`<!doctype html><body>${renderToStaticMarkup(createElement(Content))}</body>`).document;
}

/** Elements, attributes (sorted) and text, ignoring whitespace between tags. */
function shape(node: Node): string {
  if (node.nodeType === 3) return node.textContent?.trim() ?? '';
  const element = node as Element;
  const attributes = [...element.attributes].map((a) => `${a.name}=${a.value}`).toSorted();
  const children = [...element.childNodes].map(shape).filter(Boolean);
  return `<${element.tagName.toLowerCase()} ${attributes.join(' ')}>${children.join('')}</>`;
}

describe('an op-ed body rendered as the content layer loads it', () => {
  it('writes numbered points as a list whose items link to themselves', async () => {
    const document = (await render(argument))!;
    const points = [...document.querySelectorAll('ol.points > li.point')];
    expect(points.map((point) => point.id)).toEqual(['whats-next-1', 'whats-next-2']);
    const link = points[1]!.querySelector('a.point-link')!;
    expect(link.getAttribute('href')).toBe('#whats-next-2');
    expect(link.textContent).toBe('2');
    expect(link.getAttribute('aria-label')).toBe('Link to point 2');
    expect(points[0]!.querySelector('.point-body')!.innerHTML).toBe('First, the <em>elections</em>.');
    // Read without CSS (reader modes, copied text), the number stays apart from the point.
    expect(points[0]!.textContent).toBe('1 First, the elections.');
  });

  it('gives each subhead a self-link beside it, outside the heading', async () => {
    const document = (await render(argument))!;
    const heading = document.querySelector('.subhead > h2')!;
    expect(heading.id).toBe('whats-next');
    expect(heading.textContent).toBe('What’s next?');
    expect([...heading.attributes].map((a) => a.name)).toEqual(['id']);
    const anchor = document.querySelector('.subhead > a.anchor')!;
    expect(anchor.getAttribute('href')).toBe('#whats-next');
    expect(anchor.textContent).toBe('#Link to section “What’s next?”');
  });

  it("labels the links and sets the quotes in the op-ed's language", async () => {
    const document = (await render(argument.replace('## What’s next?', '## Что дальше'), 'ru'))!;
    expect(document.querySelector('a.point-link')!.getAttribute('aria-label')).toBe('Ссылка на пункт 1');
    expect(document.querySelector('.anchor .visually-hidden')!.textContent).toBe(
      'Ссылка на раздел «Что дальше»',
    );
    expect(document.querySelector('p')!.textContent).toBe('Some «background» first.');
  });

  it("labels an outlet page's links in its folder's language, which op-eds do not borrow", async () => {
    const label = async (file: string) =>
      parseHTML(`<body>${await renderOpinionBody('## Кто мы\n', file, {})}</body>`).document.querySelector(
        '.anchor .visually-hidden',
      )!.textContent;
    expect(await label('content/pages/ru/about.mdx')).toBe('Ссылка на раздел «Кто мы»');
    expect(await label('content/opinions/ru/about.mdx')).toBe('Link to section “Кто мы”');
  });

  it('shows no MDX comment', async () => {
    const document = (await render(argument))!;
    expect(document.body.textContent).not.toContain('a note for the editors');
    expect([...document.querySelectorAll('p')].map((p) => p.textContent)).toContain('The end.');
  });

  it('is the HTML @astrojs/mdx makes of the same body', async () => {
    const [loaded, compiled] = await Promise.all([render(argument), renderAsModule(argument)]);
    expect(shape(loaded!.body)).toBe(shape(compiled.body));
  });

  it.each([
    ['a <Figure>', '<Figure src="./images/a.jpg" alt="A queue" />\n\nText.'],
    ['a Markdown image', '![A queue](./images/a.jpg)\n\nText.'],
  ])('leaves a body with %s to @astrojs/mdx, which can draw its image', async (_, body) => {
    expect(await renderOpinionBody(body, path, { lang: 'en' })).toBeUndefined();
  });

  it.each([
    ['in a paragraph', 'Text {alert(1)} here.\n'],
    ['beside a point', '<Points>\n  <Point>First. A.</Point>{alert(1)}\n</Points>\n'],
  ])('refuses code in braces %s, as the check does, with the line', async (_, body) => {
    await expect(renderOpinionBody(body, path, {})).rejects.toThrow(
      /example\.mdx:\d+: \{…\} — “\{alert\(1\)\}” is code/,
    );
  });

  it('refuses a component the site does not have, with the line and the fix', async () => {
    await expect(renderOpinionBody('Text.\n\n<Chart data="x" />\n', path, {})).rejects.toThrow(
      /example\.mdx:3: <Chart> — <Chart> is not a component this site has\. Fix: use <Points>, <Point>, <Figure>/,
    );
  });

  it('stops on a structural mistake, naming the file and line', async () => {
    await expect(renderOpinionBody('Text.\n\n<Point>First. Alone.</Point>\n', path, {})).rejects.toThrow(
      /example\.mdx:3: <Point> must be inside <Points>/,
    );
  });
});
