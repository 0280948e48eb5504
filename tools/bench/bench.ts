/**
 * `npm run bench [-- --n 10000] [-- --only cold,rebuild] [-- --repeat 3]`: builds N
 * synthetic op-eds in a scratch folder (never content/) through
 * scripts/build.mjs and measures
 * - cold: a first build with an empty cache;
 * - rebuild: the same site again after editing one op-ed;
 * Wall time and peak memory (max RSS, from /usr/bin/time -v) per build, then
 * PASS/FAIL per target. With --repeat R, the builds run R times in turn (so
 * a busy spell on a shared machine hits every kind alike) and each build's
 * median run is reported, with the spread of all runs. Results are merged into bench/results.json (one entry
 * per N) and bench/results.md.
 */
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { getHeapStatistics } from 'node:v8';
import { format, resolveConfig } from 'prettier';
import { generateContent, opinionSlug } from './generate.ts';

/** The scale targets, in one place. */
const targets = {
  /** Rebuild after editing one op-ed ≤ this share of the cold build. */
  rebuildOverCold: 0.3,
  /** At this many op-eds the build must succeed with Node's default heap limit. */
  heapLimitScale: 10_000,
};

const builds = ['cold', 'rebuild'] as const;
type BuildName = (typeof builds)[number];

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '1000' },
    only: { type: 'string', default: builds.join(',') },
    keep: { type: 'boolean', default: false },
    repeat: { type: 'string', default: '1' },
  },
});
const repeat = Number(values.repeat);
if (!Number.isInteger(repeat) || repeat < 1)
  throw new Error(`--repeat must be a positive whole number, not ${values.repeat}`);
const count = Number(values.n);
if (!Number.isInteger(count) || count < 1)
  throw new Error(`--n must be a positive whole number, not ${values.n}`);
const selected = new Set(values.only.split(',') as BuildName[]);
if (selected.has('rebuild')) selected.add('cold');
if (/max-old-space-size/.test(process.env.NODE_OPTIONS ?? '')) {
  throw new Error('Unset NODE_OPTIONS --max-old-space-size: the benchmark measures the default heap limit.');
}

interface BuildResult {
  ms: number;
  msPerOpEd: number;
  maxRssMb: number;
  ok: boolean;
  /** Wall time of every run, when repeated; the other fields are the median run's. */
  runsMs?: number[];
}

const scratch = mkdtempSync(join(tmpdir(), 'opinion-bench-'));
const contentDir = join(scratch, 'content');
const loadBefore = loadavg();
console.log(`Generating ${count} op-eds in ${contentDir} …`);
generateContent(contentDir, count);

function build(name: BuildName, variant: string, env: Record<string, string>): BuildResult {
  const log = join(scratch, `${name}.log`);
  const timeFile = join(scratch, `${name}.time`);
  const started = performance.now();
  // Builds run from the project: Astro writes its intermediate server bundle to
  // <project>/.astro/ when the output is elsewhere, and that bundle must find
  // node_modules. So run no other out-of-tree build in this folder meanwhile.
  const args = ['-v', '-o', timeFile, process.execPath, 'tools/build.mjs'];
  const result = spawnSync('/usr/bin/time', args, {
    encoding: 'utf-8',
    maxBuffer: 1024 * 1024 * 1024,
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      DIST_DIR: join(scratch, variant, 'dist'),
      ASTRO_CACHE_DIR: join(scratch, variant, 'cache'),
      // Each variant starts with no social images drawn, so "cold" is cold.
      SOCIAL_IMAGE_CACHE_DIR: join(scratch, variant, 'og-cache'),
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      ...env,
    },
  });
  const ms = Math.round(performance.now() - started);
  const output = `${result.stdout}\n${result.stderr}`;
  writeFileSync(log, output);
  const time = existsSync(timeFile) ? readFileSync(timeFile, 'utf-8') : '';
  const maxRssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(time)?.[1] ?? 0);
  const ok = result.status === 0;
  if (!ok) console.error(`${name} build failed (log: ${log}):\n${output.slice(-3000)}`);
  const measured = {
    ms,
    msPerOpEd: Number((ms / count).toFixed(2)),
    maxRssMb: Math.round(maxRssKb / 1024),
    ok,
  };
  console.log(`${name.padEnd(8)} ${JSON.stringify(measured)}`);
  return measured;
}

const runs: Partial<Record<BuildName, BuildResult[]>> = {};
const record = (name: BuildName, result: BuildResult) => (runs[name] ??= []).push(result);
try {
  for (let round = 1; round <= repeat; round++) {
    // Each round has its own output and caches, so every cold build is cold.
    const folder = (variant: string) => (repeat === 1 ? variant : `${variant}-${round}`);
    if (repeat > 1) console.log(`Round ${round} of ${repeat}`);
    if (selected.has('cold')) record('cold', build('cold', folder('full'), {}));
    if (selected.has('rebuild') && runs.cold?.at(-1)?.ok) {
      const edited = join(contentDir, 'opinions', `${opinionSlug(Math.floor(count / 2))}.mdx`);
      appendFileSync(edited, `\nAn editor added this sentence after the op-ed was published (${round}).\n`);
      record('rebuild', build('rebuild', folder('full'), {}));
    }
  }
} finally {
  if (!values.keep) rmSync(scratch, { recursive: true, force: true });
  else console.log(`Kept ${scratch}`);
}

/** The median run (the slower middle one for an even count), with every run's time when repeated. */
function median(results: BuildResult[]): BuildResult {
  const sorted = [...results].sort((a, b) => a.ms - b.ms);
  const middle = sorted[Math.floor(sorted.length / 2)]!;
  return results.length === 1 ? middle : { ...middle, runsMs: results.map((result) => result.ms) };
}
const results: Partial<Record<BuildName, BuildResult>> = Object.fromEntries(
  Object.entries(runs).map(([name, list]) => [name, median(list)]),
);

interface TargetResult {
  target: string;
  measured: string;
  pass: boolean;
}
const checks: TargetResult[] = [];
const { cold, rebuild } = results;
if (cold && rebuild && cold.ok && rebuild.ok) {
  const share = rebuild.ms / cold.ms;
  checks.push({
    target: `rebuild after one edit ≤ ${targets.rebuildOverCold * 100}% of cold`,
    measured: `${(share * 100).toFixed(0)}%`,
    pass: share <= targets.rebuildOverCold,
  });
}
if (cold && count >= targets.heapLimitScale) {
  checks.push({
    target: `${targets.heapLimitScale.toLocaleString('en')} op-eds build with the default heap limit`,
    measured: cold.ok ? `built, peak RSS ${cold.maxRssMb} MB` : 'build failed',
    pass: cold.ok,
  });
}

for (const check of checks)
  console.log(`${check.pass ? 'PASS' : 'FAIL'}  ${check.target}: ${check.measured}`);

const run = {
  date: new Date().toISOString(),
  opEds: count,
  repeat,
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    heapLimitMb: Math.round(getHeapStatistics().heap_size_limit / 1024 ** 2),
    loadAverage1mBefore: Number(loadBefore[0]!.toFixed(2)),
    loadAverage1mAfter: Number(loadavg()[0]!.toFixed(2)),
  },
  builds: results,
  targets: checks,
};

const resultsDir = resolve('bench');
mkdirSync(resultsDir, { recursive: true });
const jsonFile = join(resultsDir, 'results.json');
const all: Record<string, typeof run> = existsSync(jsonFile)
  ? JSON.parse(readFileSync(jsonFile, 'utf-8'))
  : {};
all[String(count)] = run;
const mdFile = join(resultsDir, 'results.md');
const prettierOptions = (await resolveConfig(jsonFile)) ?? {};
writeFileSync(jsonFile, await format(JSON.stringify(all), { ...prettierOptions, parser: 'json' }));
writeFileSync(
  mdFile,
  await format(markdownReport(Object.values(all)), { ...prettierOptions, parser: 'markdown' }),
);
console.log(`Wrote ${jsonFile} and bench/results.md`);
if (
  Object.values(runs)
    .flat()
    .some((result) => !result.ok)
)
  process.exit(1);

function markdownReport(runs: Array<typeof run>): string {
  const lines = ['# Build benchmark', '', 'Written by `npm run bench`; see README.md, "Performance".', ''];
  for (const entry of runs.sort((a, b) => a.opEds - b.opEds)) {
    const { machine } = entry;
    lines.push(
      `## ${entry.opEds.toLocaleString('en')} op-eds — ${entry.date.slice(0, 16).replace('T', ' ')} UTC`,
      '',
      `${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, Node ${machine.node} (heap limit ${machine.heapLimitMb} MB, not raised); load average ${machine.loadAverage1mBefore} before, ${machine.loadAverage1mAfter} after (shared machine).`,
      '',
      `| build | wall time${entry.repeat > 1 ? ` (median of ${entry.repeat})` : ''} | ms per op-ed | peak RSS | notes |`,
      '| --- | ---: | ---: | ---: | --- |',
    );
    for (const [name, result] of Object.entries(entry.builds)) {
      const notes = [
        result.ok ? '' : 'FAILED',
        result.runsMs ? `runs: ${result.runsMs.map((ms) => `${(ms / 1000).toFixed(1)} s`).join(', ')}` : '',
      ]
        .filter(Boolean)
        .join(', ');
      lines.push(
        `| ${name} | ${(result.ms / 1000).toFixed(1)} s | ${result.msPerOpEd} | ${result.maxRssMb} MB | ${notes} |`,
      );
    }
    lines.push('');
    for (const check of entry.targets) {
      lines.push(`- ${check.pass ? 'PASS' : 'FAIL'} ${check.target}: ${check.measured}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
