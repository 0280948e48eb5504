import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { carriesMarkup, findUnsafeMarkup } from '../../src/deploy/output-safety';
import { buildFixture, type FixtureBuild } from '../support/build-fixture';
import { listFiles, listPages, readPage, textOf } from '../support/site';

const scriptPayload = '</script><script>alert(1)</script>';
const attributePayload = '"><img src=x onerror=alert(1)>';

/** Every HTML, XML and JSON file of a build, checked for markup that could run code. */
function unsafeMarkupIn(dir: string) {
  return listFiles(dir)
    .filter(carriesMarkup)
    .flatMap((file) => findUnsafeMarkup(file, readFileSync(join(dir, file), 'utf-8')));
}

/** Elements an injection would create, found without the checker above. */
function injectedElementsIn(dir: string): string[] {
  return listPages(dir).flatMap((path) => {
    const { document } = parseHTML(
      readFileSync(join(dir, path.endsWith('/') ? `${path}index.html` : path), 'utf-8'),
    );
    return [...document.querySelectorAll('img[src="x"], [onerror], [onError], a[href^="javascript:" i]')].map(
      (element) => `${path}: ${element.outerHTML}`,
    );
  });
}

describe('hostile frontmatter (headline, standfirst, pull quote, author, topic) is published as text', () => {
  let build: FixtureBuild;
  beforeAll(() => {
    build = buildFixture('hostile-frontmatter');
  });

  it('builds, and no page, feed or data file carries a script, event attribute or javascript: link', () => {
    expect(build.status, build.output).toBe(0);
    expect(unsafeMarkupIn(build.outDir)).toEqual([]);
    expect(injectedElementsIn(build.outDir)).toEqual([]);
  });

  it('shows readers the markup as the literal characters the editor typed', () => {
    const page = readPage('/opinion/hostile-frontmatter/', build.outDir);
    expect(textOf(page.querySelector('h1'))).toBe(`${scriptPayload} ${attributePayload}`);
    expect(textOf(page.querySelector('.standfirst'))).toContain(attributePayload);
    expect(page.querySelector('title')?.textContent).toContain(scriptPayload);
    const author = readPage('/authors/hostile-author/', build.outDir);
    expect(textOf(author.querySelector('h1'))).toBe(`${attributePayload} ${scriptPayload}`);
    expect(textOf(page.querySelector('.topics a'))).toBe(`${scriptPayload} ${attributePayload}`);
    const topic = readPage('/topics/script/', build.outDir);
    expect(textOf(topic.querySelector('.intro'))).toBe(`${attributePayload} ${scriptPayload}`);
  });
});

/**
 * Body payloads. The build may refuse them (naming the file and the line,
 * or the element) or render them inert; either way nothing is published
 * that runs code.
 */
describe.each([
  ['hostile-body-script', 'script-in-body.mdx', scriptPayload],
  ['hostile-body-attribute', 'attribute-in-body.mdx', attributePayload],
  ['hostile-body-link', 'link-in-body.mdx', 'javascript:alert(1)'],
  ['hostile-body-jsx', 'jsx-in-body.mdx', '<script>alert(1)</script>'],
])('a body carrying hostile markup (%s)', (fixture, fileName, payload) => {
  let build: FixtureBuild;
  beforeAll(() => {
    build = buildFixture(fixture);
  });

  it('is refused with a message naming the problem, or published with nothing injected', () => {
    if (build.status !== 0) {
      const source = readFileSync(join('tests/fixtures', fixture, 'opinions', fileName), 'utf-8');
      const payloadLine = source.split('\n').findIndex((line) => line.includes(payload)) + 1;
      const namesLine = build.output.includes(`${fileName}:${payloadLine}:`);
      const namesElement = /<script|on\w+ attribute|onerror|javascript:/i.test(build.output);
      expect(namesLine || namesElement, build.output).toBe(true);
      expect(build.published).toBe(false);
    } else {
      expect(unsafeMarkupIn(build.outDir)).toEqual([]);
      expect(injectedElementsIn(build.outDir)).toEqual([]);
    }
  });
});
