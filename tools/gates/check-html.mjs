#!/usr/bin/env node
/**
 * `npm run test:html`: the Nu Html Checker (vnu-jar, the W3C validator)
 * over every HTML file in a built site. Any error fails; warnings are
 * printed but pass (e.g. the deliberate role="list" on styled lists).
 */
import { spawnSync } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

/**
 * @typedef {object} HtmlMessage
 * @property {string} file The file, relative to the checked folder.
 * @property {number | undefined} line
 * @property {number | undefined} column
 * @property {string} message
 * @property {'error' | 'warning'} severity
 */

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/**
 * Validates every HTML file below `dir`.
 * @param {string} dir
 * @returns {HtmlMessage[]}
 */
export function checkHtml(dir) {
  const root = resolve(dir);
  const result = spawnSync('java', ['-jar', vnuJar, '--format', 'json', '--skip-non-html', root], {
    encoding: 'utf-8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) {
    throw new Error(
      `Could not run java for the Nu Html Checker (${result.error.message}). ` +
        'Install Java with `sudo apt-get install -y default-jre-headless`.',
    );
  }
  /** @type {{ messages: Array<{ type: string, subType?: string, url?: string, lastLine?: number, firstColumn?: number, message: string }> }} */
  let report;
  try {
    report = JSON.parse(result.stderr);
  } catch {
    throw new Error(`The Nu Html Checker printed no report (exit ${result.status}):\n${result.stderr}`);
  }
  return report.messages
    .filter((message) => message.type !== 'info' || message.subType === 'warning')
    .map((message) => ({
      file: message.url ? relative(root, fileURLToPath(message.url)) : '(checker)',
      line: message.lastLine,
      column: message.firstColumn,
      message: message.message,
      severity: message.type === 'info' ? 'warning' : 'error',
    }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'dist';
  const messages = checkHtml(dir);
  for (const { file, line, column, message, severity } of messages) {
    const where = line === undefined ? file : `${file}:${line}:${column ?? 1}`;
    (severity === 'error' ? console.error : console.log)(`${dir}/${where}: ${severity}: ${message}`);
  }
  const errors = messages.filter((message) => message.severity === 'error').length;
  if (errors > 0) {
    console.error(`\n${errors} HTML error(s) in ${dir} (Nu Html Checker).`);
    process.exit(1);
  }
  console.log(`HTML: no errors in ${dir} (Nu Html Checker; ${messages.length} warning(s)).`);
}
