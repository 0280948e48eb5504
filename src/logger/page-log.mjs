/**
 * Astro's own console log, with its list of written pages kept one page a
 * line when pages are written four at a time (`build.concurrency` in
 * astro.config.mjs).
 *
 * Astro logs a page in two parts: its path, then, once the page is written,
 * its render time or "(restored)". With several pages in flight, the parts
 * of different pages ran together on one line. This destination prints a
 * page's line as soon as it knows the page's fate: "├─ /path (restored)"
 * for a page copied from the last build, "├─ /path" for a page rendered. Render times, which can no
 * longer be told apart, are left out; everything else goes to Astro's
 * logger unchanged. JavaScript, because Astro loads loggers only from
 * JavaScript.
 */
import nodeLogger from 'astro/logger/node';

const plain = (/** @type {string} */ message) => message.replace(/\u001b\[[0-9;]*m/g, '');

/** @typedef {{ label: string | null; level: string; message: string; newLine: boolean }} LogEvent */

/** @param {LogEvent} event */
const isPagePath = (event) => event.label === null && !event.newLine && /^\s*├─ /.test(plain(event.message));
/** @param {LogEvent} event */
const isReuseMark = (event) =>
  event.label === 'SKIP_FORMAT' && /^\s*\((?:restored|cached)\)\s*$/.test(plain(event.message));
/** @param {LogEvent} event */
const isRenderTime = (event) =>
  event.label === 'SKIP_FORMAT' && /^\s*\(\+[^)]*\)\s*$/.test(plain(event.message));

/** @param {Record<string, unknown> | undefined} config */
export default function pageLog(config) {
  const destination = nodeLogger(config);
  /**
   * The last page path, until Astro says whether it was reused. Astro logs
   * "(restored)" in the same tick as the path, so the path is printed at the
   * end of that tick at the latest: before the page renders, so a page
   * whose rendering fails is named above the error.
   * @type {LogEvent | undefined}
   */
  let pending;
  const printPending = (suffix = '') => {
    if (pending) destination.write({ ...pending, message: pending.message + suffix, newLine: true });
    pending = undefined;
  };
  return {
    /** @param {LogEvent} event */
    write(event) {
      if (pending && isReuseMark(event)) return printPending(event.message.trimEnd());
      printPending();
      if (isPagePath(event)) {
        pending = event;
        queueMicrotask(() => pending === event && printPending());
      } else if (!isRenderTime(event)) destination.write(event);
    },
  };
}
