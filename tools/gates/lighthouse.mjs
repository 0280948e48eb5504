#!/usr/bin/env node
/**
 * `npm run test:lighthouse`: Lighthouse (mobile emulation, its default
 * simulated slow-4G throttling) on an op-ed page of the built site, served on
 * loopback, in Debian's Chromium. Prints the four category scores and fails
 * when any is below its threshold (after one run, or, when that run misses,
 * by the median of three). Usage: lighthouse.mjs [dist] [/url/path/]
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertChromium, chromiumFlags, chromiumPath } from './chromium.mjs';
import { readSitemap } from './read-sitemap.mjs';
import { serveStatic } from './serve-static.mjs';

/** Lowest score each category may have (0–1). Never lower than 0.95; the site aims for 1. */
export const thresholds = {
  performance: 0.95,
  accessibility: 1,
  // 0.96 today only because /favicon.ico is missing (a console 404); favicons
  // are coming on another branch, then this goes to 1.
  'best-practices': 0.95,
  seo: 1,
};

/** Lighthouse's default CPU slowdown, which assumes a fast desktop host. */
const defaultCpuSlowdown = 4;

/**
 * The CPU slowdown that makes this host emulate Lighthouse's reference phone,
 * from the BenchmarkIndex Lighthouse measured on it. Lighthouse's throttling
 * docs ask for this calibration on slow or busy hosts ("calibrating
 * multipliers"); the anchor points are those of its CPU throttling calculator.
 * @param {number} benchmarkIndex
 */
export function calibratedCpuSlowdown(benchmarkIndex) {
  const anchors = [
    [150, 1],
    [800, 2],
    [1300, 3],
    [1533, 4],
  ];
  if (benchmarkIndex >= 1533) return defaultCpuSlowdown;
  if (benchmarkIndex <= 150) return 1;
  const upper = anchors.findIndex(([index]) => benchmarkIndex < index);
  const [[i0, m0], [i1, m1]] = [anchors[upper - 1] ?? [150, 1], anchors[upper] ?? [1533, 4]];
  return Math.round((m0 + ((benchmarkIndex - i0) / (i1 - i0)) * (m1 - m0)) * 10) / 10;
}

const lighthouseBin = fileURLToPath(new URL('../../node_modules/.bin/lighthouse', import.meta.url));

/**
 * @typedef {object} LighthouseRun
 * @property {Record<string, number>} scores Category scores, 0–1.
 * @property {number} benchmarkIndex How fast Lighthouse found the host's CPU.
 * @property {string[]} notes Metrics and failed audits, for the log.
 */

/**
 * Runs Lighthouse once on a URL.
 * @param {string} url
 * @param {number} cpuSlowdown
 * @returns {Promise<LighthouseRun>}
 */
export async function runLighthouse(url, cpuSlowdown = defaultCpuSlowdown) {
  assertChromium();
  const args = [
    url,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    '--form-factor=mobile',
    `--throttling.cpuSlowdownMultiplier=${cpuSlowdown}`,
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
  /** @type {{ runtimeError?: { message: string }, environment: { benchmarkIndex: number }, categories: Record<string, { score: number | null }>, audits: Record<string, { score: number | null, title: string, scoreDisplayMode: string, displayValue?: string, details?: { items?: unknown[] } }> }} */
  const report = JSON.parse(stdout);
  if (report.runtimeError)
    throw new Error(`Lighthouse could not load ${url}: ${report.runtimeError.message}`);
  const metrics = [
    'first-contentful-paint',
    'largest-contentful-paint',
    'total-blocking-time',
    'cumulative-layout-shift',
    'speed-index',
  ];
  const notes = [metrics.map((id) => `${id} ${report.audits[id]?.displayValue}`).join(', ')];
  for (const [id, audit] of Object.entries(report.audits)) {
    if (audit.scoreDisplayMode === 'binary' && audit.score === 0) {
      const items = audit.details?.items ?? [];
      notes.push(
        `failed audit: ${id} (${audit.title})${items.map((item) => `\n      ${JSON.stringify(item)}`).join('')}`,
      );
    }
  }
  return {
    scores: Object.fromEntries(Object.entries(report.categories).map(([id, { score }]) => [id, score ?? 0])),
    benchmarkIndex: report.environment.benchmarkIndex,
    notes,
  };
}

/**
 * Prints a run and returns the categories below their thresholds.
 * @param {LighthouseRun} run
 * @param {string} heading
 */
function report(run, heading) {
  console.log(heading);
  for (const note of run.notes) console.log(`    ${note}`);
  const failures = [];
  for (const [category, threshold] of Object.entries(thresholds)) {
    const score = run.scores[category] ?? 0;
    if (score < threshold) failures.push(category);
    console.log(
      `  ${category}: ${score.toFixed(2)} (minimum ${threshold.toFixed(2)})${score < threshold ? '  FAILED' : ''}`,
    );
  }
  return failures;
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
  let failures;
  try {
    const url = `${server.origin}${path}`;
    const first = await runLighthouse(url);
    failures = report(
      first,
      `Lighthouse (mobile, ${defaultCpuSlowdown}x CPU slowdown) on ${path}, host benchmark index ${first.benchmarkIndex}:`,
    );
    if (failures.length > 0) {
      // One run is noisy on a shared machine (a busy CPU stretches tasks, which
      // the 4x slowdown then multiplies). As Lighthouse's docs advise, run again,
      // calibrated to the slowest the host measured, and judge the median of three.
      const runs = [first];
      for (const attempt of [2, 3]) {
        const cpuSlowdown = calibratedCpuSlowdown(Math.min(...runs.map((run) => run.benchmarkIndex)));
        const run = await runLighthouse(url, cpuSlowdown);
        report(run, `Run ${attempt} (${cpuSlowdown}x CPU slowdown, benchmark index ${run.benchmarkIndex}):`);
        runs.push(run);
      }
      /** @param {number[]} values */
      const median = (values) => values.sort((a, b) => a - b)[1] ?? 0;
      const scores = Object.fromEntries(
        Object.keys(thresholds).map((category) => [
          category,
          median(runs.map((run) => run.scores[category] ?? 0)),
        ]),
      );
      failures = report({ scores, benchmarkIndex: NaN, notes: [] }, 'Median of the three runs:');
    }
  } finally {
    await server.close();
  }
  if (failures.length > 0) {
    console.error(`\nLighthouse scores below threshold: ${failures.join(', ')}.`);
    process.exit(1);
  }
}
