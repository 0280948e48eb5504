import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPage } from './site';

/** Where the broken page is served in the copy. */
export const brokenPagePath = '/broken/';

/**
 * Copies a built site to a temporary folder and adds one page made from a
 * real op-ed page with the mistakes the gates exist to catch: an image
 * without alt text, a link to a page that does not exist, a link to a
 * missing point, and a fixed-height box that clips text when spaced out.
 */
export function writeBrokenSite(fromDir: string, opinionPath: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'gates-broken-')), 'dist');
  cpSync(fromDir, dir, { recursive: true });
  const document = readPage(opinionPath, fromDir);
  const body = document.querySelector('article .body');
  if (!body) throw new Error(`${opinionPath} has no article body to break`);
  body.insertAdjacentHTML(
    'afterbegin',
    [
      '<img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" width="10" height="10">',
      '<p><a href="/opinion/no-such-op-ed/">A dead link</a> and <a href="#no-such-point">a dead anchor</a>.</p>',
      '<p style="height: 1.6em; overflow: hidden">A box that is exactly one line tall, holding this sentence.</p>',
    ].join('\n'),
  );
  mkdirSync(join(dir, brokenPagePath), { recursive: true });
  writeFileSync(
    join(dir, brokenPagePath, 'index.html'),
    `<!doctype html>\n${document.documentElement.outerHTML}`,
  );
  return dir;
}
