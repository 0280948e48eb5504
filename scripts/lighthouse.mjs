#!/usr/bin/env node
/**
 * `npm run test:lighthouse`: Lighthouse (mobile emulation, its default
 * simulated slow-4G throttling) on an op-ed page of the built site, served on
 * loopback, in Debian's Chromium. Prints the four category scores and fails
 * when any is below its threshold. Usage: lighthouse.mjs [dist] [/url/path/]
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertChromium, chromiumFlags, chromiumPath } from './lib/chromium.mjs';
import { readSitemap } from './lib/sitemap.mjs';
import { serveStatic } from './lib/serve-static.mjs';

/** Lowest score each category may have (0–1). Never lower than 0.95; the site aims for 1. */
export const thresholds = {
  performance: 0.95,
  accessibility: 1,
  // 0.96 today only because /favicon.ico is missing (a console 404); favicons
  // are coming on another branch, then this goes to 1.
  'best-practices': 0.95,
  seo: 1,
};

const lighthouseBin = fileURLToPath(new URL('../node_modules/.bin/lighthouse', import.meta.url));

/**
 * Runs Lighthouse on one URL and returns its category scores.
 * @param {string} url
 * @returns {Promise<Record<string, number | null>>}
 */
export async function lighthouseScores(url) {
  assertChromium();
  const args = [
    url,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    '--form-factor=mobile',
    `--only-categories=${Object.keys(thresholds).join(',')}`,
    `--chrome-flags=--headless=new ${chromiumFlags.join(' ')}`,
  ];
  const child = spawn(process.execPath, [lighthouseBin, ...args], {
    env: { ...process.env, CHROME_PATH: chromiumPath },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf-8').on('data', (chunk) => (stdout += chunk));
  child.stderr.setEncoding('utf-8').on('data', (chunk) => (stderr += chunk));
  const status = await new Promise((done) => child.on('close', done));
  if (status !== 0) throw new Error(`Lighthouse failed (exit ${status}):\n${stderr}`);
  /** @type {{ runtimeError?: { message: string }, categories: Record<string, { score: number | null }>, audits: Record<string, { score: number | null, title: string, scoreDisplayMode: string, details?: { items?: unknown[] } }> }} */
  const report = JSON.parse(stdout);
  if (report.runtimeError)
    throw new Error(`Lighthouse could not load ${url}: ${report.runtimeError.message}`);
  for (const [id, audit] of Object.entries(report.audits)) {
    if (audit.scoreDisplayMode === 'binary' && audit.score === 0) {
      const items = audit.details?.items ?? [];
      console.log(
        `  failed audit: ${id} (${audit.title})${items.map((item) => `\n    ${JSON.stringify(item)}`).join('')}`,
      );
    }
  }
  return Object.fromEntries(Object.entries(report.categories).map(([id, { score }]) => [id, score]));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = resolve(process.argv[2] ?? 'dist');
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`No built site in ${dir}. Run \`npm run build\` first.`);
    process.exit(1);
  }
  const path =
    process.argv[3] ?? readSitemap(dir).find((url) => url.pathname.startsWith('/opinion/'))?.pathname;
  if (!path) {
    console.error(`No op-ed page in ${dir}'s sitemap to measure.`);
    process.exit(1);
  }
  const server = await serveStatic(dir);
  let failed = false;
  try {
    const scores = await lighthouseScores(`${server.origin}${path}`);
    console.log(`Lighthouse (mobile) on ${path}:`);
    for (const [category, threshold] of Object.entries(thresholds)) {
      const score = scores[category] ?? 0;
      const ok = score >= threshold;
      failed ||= !ok;
      console.log(
        `  ${category}: ${score.toFixed(2)} (minimum ${threshold.toFixed(2)})${ok ? '' : '  FAILED'}`,
      );
    }
  } finally {
    await server.close();
  }
  if (failed) process.exit(1);
}
