import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import pageLog from '../../src/logger/page-log.mjs';

type LogEvent = { label: string | null; level: 'info'; message: string; newLine: boolean };
const path = (file: string): LogEvent => ({
  label: null,
  level: 'info',
  message: `  ├─ ${file}`,
  newLine: false,
});
const mark = (text: string): LogEvent => ({
  label: 'SKIP_FORMAT',
  level: 'info',
  message: ` ${text}`,
  newLine: true,
});
const line = (label: string, message: string): LogEvent => ({ label, level: 'info', message, newLine: true });

let printed: string;
beforeEach(() => {
  printed = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    printed += String(chunk);
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

/** What the build prints for these events, without colours and timestamps. */
function print(events: LogEvent[]): string[] {
  const log = pageLog({});
  for (const event of events) log.write(event);
  return printed
    .split('\n')
    .filter(Boolean)
    .map((text) =>
      text
        .replace(/\u001b\[[0-9;]*m/g, '')
        .replace(/^\d\d:\d\d:\d\d\s*/, '')
        .trim(),
    );
}

describe('the build log with pages written four at a time', () => {
  it('prints each page on a line of its own, reused or rendered, however their parts interleave', () => {
    const lines = print([
      path('/404.html'),
      path('/apple-touch-icon.png'),
      path('/opinion/a/index.html'),
      mark('(restored)'),
      mark('(+12ms)'),
      path('/opinion/b/index.html'),
      mark('(cached)'),
      mark('(+40ms)'),
      line('build', '✓ Completed in 1.2s.'),
    ]);
    expect(lines).toEqual([
      '├─ /404.html',
      '├─ /apple-touch-icon.png',
      '├─ /opinion/a/index.html (restored)',
      '├─ /opinion/b/index.html (cached)',
      '[build] ✓ Completed in 1.2s.',
    ]);
  });

  it('keeps every other message, warnings about a page included', () => {
    const lines = print([
      path('/empty/index.html'),
      mark('(+1ms) (file not created, response body was empty)'),
      line('content', 'Syncing content'),
    ]);
    expect(lines).toEqual([
      '├─ /empty/index.html',
      '(+1ms) (file not created, response body was empty)',
      '[content] Syncing content',
    ]);
  });

  it('names a page before it renders, so a page whose rendering fails is named above the error', async () => {
    const log = pageLog({});
    log.write(path('/opinion/broken/index.html'));
    await Promise.resolve();
    expect(printed).toContain('├─ /opinion/broken/index.html');
  });
});
