/**
 * `npm run bench [-- --n 1000 | --n 10000 | --both] [-- --repeat R] [-- --keep]`:
 * measures issue 14's performance targets and writes bench/results.md (and
 * results.json, one entry per scale).
 *
 * For each scale it generates a synthetic archive (tools/bench/generate.ts)
 * in a scratch folder, never in content/, and measures, R rounds in turn so a
 * busy spell on the shared machine hits every build alike (R is 3 at 1,000
 * op-eds and less, else 1; medians are reported):
 * - plain: a plain Astro project of the same op-eds (plain-reference.ts), cold;
 * - cold: the site's own `npm run build` (tools/build.mjs) with empty caches;
 * - rebuild: the same after appending a paragraph to one op-ed, then checks
 *   that its page shows it and an unedited page is byte-identical;
 * - plain rebuild: the plain project after the same edit, its caches kept;
 * - cold, images drawn (1,000 and less): the cold build again with only the
 *   share images kept, so what drawing them costs is measured, not guessed.
 * Wall time (what the targets judge), and CPU time and peak memory summed over
 * each build's process tree (process-tree.ts). `--both` runs 1,000 then 10,000, so the cross-scale ratios
 * come from one run. Astro's log is kept in the scratch folder, never parsed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { delimiter, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseHTML } from 'linkedom';
import { format, resolveConfig } from 'prettier';
import { publishingEnv } from '../publishing-env.ts';
import {
  describeArchive,
  generateArchive,
  opinionPath,
  writeSiteContent,
  type GeneratedOpinion,
} from './generate.ts';
import { childrenCpuMs, watchPeakMemory } from './process-tree.ts';
import { plainBuildOutputs, writePlainReference } from './plain-reference.ts';
import {
  largeScale,
  median,
  megabytes,
  seconds,
  smallScale,
  bounds,
  verdicts,
  verdictWord,
  type BuildMeasure,
  type ScaleMeasure,
} from './targets.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: String(smallScale) },
    both: { type: 'boolean', default: false },
    repeat: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const scales = values.both ? [smallScale, largeScale] : [Number(values.n)];
for (const count of scales) {
  if (!Number.isInteger(count) || count < 2)
    throw new Error(`--n must be a whole number ≥ 2, not ${values.n}`);
}
const repeatOption = values.repeat === undefined ? undefined : Number(values.repeat);
if (repeatOption !== undefined && (!Number.isInteger(repeatOption) || repeatOption < 1))
  throw new Error(`--repeat must be a positive whole number, not ${values.repeat}`);
if (/max-old-space-size/.test(process.env.NODE_OPTIONS ?? ''))
  throw new Error('Unset NODE_OPTIONS --max-old-space-size: the bench measures the default heap limit.');

const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
const invocation = new Date().toISOString();
const git = (...args: string[]) => spawnSync('git', args, { encoding: 'utf-8' }).stdout.trim();
const loadAtStart = loadavg()[0]!;
const run: RunInfo = {
  invocation,
  command,
  commit: `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--untracked-files=no') ? ' (with uncommitted changes)' : ''}`,
  machine: {
    cores: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    astro: JSON.parse(readFileSync('node_modules/astro/package.json', 'utf-8')).version as string,
  },
  loadAverage1mAtStart: loadAtStart,
};

interface RunInfo {
  invocation: string;
  command: string;
  commit: string;
  machine: { cores: number; cpuModel: string; memoryGb: number; node: string; astro: string };
  /** Load average over the last minute when the bench started (absent in older results) and when these results were written: the machine is shared. */
  loadAverage1mAtStart?: number;
  loadAverage1m?: number;
}

interface Timed {
  ok: boolean;
  ms: number;
  cpuMs: number;
  peakMemoryBytes: number;
}

/** Runs one build with its output in `log`; wall time and peak memory of its whole process tree. */
async function timedBuild(
  label: string,
  commandLine: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
  log: string,
): Promise<Timed> {
  const output = createWriteStream(log);
  await once(output, 'open');
  const started = performance.now();
  const cpuBefore = childrenCpuMs();
  const child = spawn(commandLine[0]!, commandLine.slice(1), {
    ...options,
    stdio: ['ignore', output, output],
  });
  const memory = watchPeakMemory(child.pid!);
  const [code] = (await once(child, 'exit')) as [number | null];
  const ms = Math.round(performance.now() - started);
  const cpuMs = Math.round(childrenCpuMs() - cpuBefore);
  const peakMemoryBytes = memory.stop();
  output.end();
  const ok = code === 0;
  console.log(
    `  ${label.padEnd(8)} ${ok ? seconds(ms) : 'FAILED'}, CPU ${seconds(cpuMs)}, peak ${megabytes(peakMemoryBytes)}`,
  );
  if (!ok)
    console.error(`  ${label} failed; its output is in ${log}:\n${readFileSync(log, 'utf-8').slice(-3000)}`);
  return { ok, ms, cpuMs, peakMemoryBytes };
}

function largestHtml(dist: string): { path: string; bytes: number } {
  let largest = { path: '', bytes: -1 };
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    const { size } = statSync(file);
    if (size > largest.bytes) largest = { path: `/${relative(dist, file)}`, bytes: size };
  }
  return largest;
}

const pageOf = (dist: string, opinion: GeneratedOpinion) => join(dist, 'opinion', opinion.id, 'index.html');

function pageText(file: string): string {
  return existsSync(file) ? (parseHTML(readFileSync(file, 'utf-8')).document.body?.textContent ?? '') : '';
}

function aggregate(runs: Timed[]): BuildMeasure | undefined {
  if (runs.length === 0) return undefined;
  return {
    ok: runs.every((timed) => timed.ok),
    ms: median(runs.map((timed) => timed.ms)),
    cpuMs: median(runs.map((timed) => timed.cpuMs)),
    peakMemoryBytes: median(runs.map((timed) => timed.peakMemoryBytes)),
    runsMs: runs.map((timed) => timed.ms),
    runsCpuMs: runs.map((timed) => timed.cpuMs),
    runsPeakMemoryBytes: runs.map((timed) => timed.peakMemoryBytes),
  };
}

const resultsDir = resolve('bench');
const jsonFile = join(resultsDir, 'results.json');
interface Results {
  scales: Record<string, ScaleMeasure & { run: RunInfo; archive: ReturnType<typeof describeArchive> }>;
}

async function measureScale(count: number): Promise<void> {
  const rounds = repeatOption ?? (count <= smallScale ? 3 : 1);
  const scratch = mkdtempSync(join(tmpdir(), `opinion-bench-${count}-`));
  console.log(`${count.toLocaleString('en')} op-eds, ${rounds} round(s), in ${scratch}`);
  const archive = generateArchive(count);
  const contentDir = join(scratch, 'content');
  const plainDir = join(scratch, 'plain');
  writeSiteContent(contentDir, archive);
  writePlainReference(plainDir, archive);
  const originals = archive.opinions.filter((opinion) => !opinion.translationOf);
  const edited = originals[Math.floor(originals.length / 2)]!;
  const unedited = originals[Math.floor(originals.length / 3)]!;
  const editedFile = opinionPath(join(contentDir, 'opinions'), edited, 'mdx');
  const editedSource = readFileSync(editedFile, 'utf-8');
  const plainEditedFile = opinionPath(join(plainDir, 'opinions'), edited, 'md');
  const plainEditedSource = readFileSync(plainEditedFile, 'utf-8');

  const runs = {
    cold: [] as Timed[],
    rebuild: [] as Timed[],
    plain: [] as Timed[],
    plainRebuild: [] as Timed[],
    coldImagesDrawn: [] as Timed[],
  };
  const entry: Results['scales'][string] = {
    opEds: count,
    invocation,
    run,
    archive: describeArchive(archive),
  };
  const record = () => {
    Object.assign(entry, {
      cold: aggregate(runs.cold),
      rebuild: aggregate(runs.rebuild),
      plain: aggregate(runs.plain),
      plainRebuild: aggregate(runs.plainRebuild),
      coldImagesDrawn: aggregate(runs.coldImagesDrawn),
    });
    return writeResults(entry);
  };
  const env = (dirs: string) => ({
    ...process.env,
    PATH: [resolve('node_modules/.bin'), process.env.PATH].join(delimiter),
    CONTENT_DIR: contentDir,
    DIST_DIR: join(dirs, 'dist'),
    ASTRO_CACHE_DIR: join(dirs, 'cache'),
    SOCIAL_IMAGE_CACHE_DIR: join(dirs, 'og-cache'),
    FORCE_COLOR: '0',
  });
  try {
    for (let round = 1; round <= rounds; round++) {
      console.log(` round ${round} of ${rounds}`);
      const log = (name: string) => join(scratch, `${name}-${round}.log`);
      for (const output of plainBuildOutputs(plainDir)) rmSync(output, { recursive: true, force: true });
      const plainBuild = (name: string) =>
        timedBuild(
          name,
          [process.execPath, resolve('node_modules/astro/bin/astro.mjs'), 'build'],
          { cwd: plainDir, env: publishingEnv(process.env) },
          log(name),
        );
      const plain = await plainBuild('plain');
      runs.plain.push(plain);
      await record();

      // Each round has its own output and caches, so every cold build is cold.
      const dirs = join(scratch, `site-${round}`);
      const siteEnv = env(dirs);
      const dist = siteEnv.DIST_DIR;
      const build = (name: string) =>
        timedBuild(
          name,
          [process.execPath, 'tools/build.mjs'],
          { cwd: process.cwd(), env: siteEnv },
          log(name),
        );
      const cold = await build('cold');
      runs.cold.push(cold);
      if (!cold.ok) {
        await record();
        continue;
      }
      entry.largestPage = largestHtml(dist);
      await record();

      const uneditedBefore = readFileSync(pageOf(dist, unedited));
      const addition = `An editor added this paragraph in round ${round} of the benchmark, after publication.`;
      writeFileSync(editedFile, `${editedSource}\n${addition}\n`);
      try {
        const rebuild = await build('rebuild');
        runs.rebuild.push(rebuild);
        if (rebuild.ok) {
          const uneditedAfter = existsSync(pageOf(dist, unedited))
            ? readFileSync(pageOf(dist, unedited))
            : undefined;
          const correct = {
            editedShowsNewText: pageText(pageOf(dist, edited)).includes(addition),
            uneditedIdentical: uneditedAfter?.equals(uneditedBefore) ?? false,
          };
          // A round that got it wrong is the one reported.
          if (!entry.rebuildCorrect || !(correct.editedShowsNewText && correct.uneditedIdentical))
            entry.rebuildCorrect = correct;
        }
        if (plain.ok) {
          writeFileSync(plainEditedFile, `${plainEditedSource}\n${addition}\n`);
          runs.plainRebuild.push(await plainBuild('plain-rebuild'));
        }
      } finally {
        writeFileSync(editedFile, editedSource);
        writeFileSync(plainEditedFile, plainEditedSource);
      }
      await record();

      // The cold build again with only the share images kept: what drawing them costs.
      if (count <= smallScale) {
        runs.coldImagesDrawn.push(
          await timedBuild(
            'cold, images drawn',
            [process.execPath, 'tools/build.mjs'],
            {
              cwd: process.cwd(),
              env: {
                ...siteEnv,
                DIST_DIR: join(dirs, 'dist-images-drawn'),
                ASTRO_CACHE_DIR: join(dirs, 'cache-images-drawn'),
              },
            },
            log('cold-images-drawn'),
          ),
        );
        await record();
      }
      // The next round starts from nothing; only the last round's output is kept with --keep.
      if (round < rounds) rmSync(dirs, { recursive: true, force: true });
    }
  } finally {
    if (values.keep) console.log(`Kept ${scratch}`);
    else rmSync(scratch, { recursive: true, force: true });
  }
}

function readResults(): Results {
  if (!existsSync(jsonFile)) return { scales: {} };
  const stored = JSON.parse(readFileSync(jsonFile, 'utf-8')) as Partial<Results>;
  // Results in an older shape (before the targets of issue 14) are not comparable: start again.
  return stored.scales ? (stored as Results) : { scales: {} };
}

async function writeResults(entry: Results['scales'][string]): Promise<void> {
  const results = readResults();
  results.scales[String(entry.opEds)] = { ...entry, run: { ...run, loadAverage1m: loadavg()[0]! } };
  mkdirSync(resultsDir, { recursive: true });
  const prettierOptions = (await resolveConfig(jsonFile)) ?? {};
  writeFileSync(jsonFile, await format(JSON.stringify(results), { ...prettierOptions, parser: 'json' }));
  writeFileSync(
    join(resultsDir, 'results.md'),
    await format(markdownReport(results), { ...prettierOptions, parser: 'markdown' }),
  );
}

function markdownReport({ scales }: Results): string {
  const n = (count: number) => count.toLocaleString('en');
  const lines = [
    '# Build benchmark',
    '',
    'Written by `npm run bench` (tools/bench/bench.ts); README.md, "Performance", quotes it. Targets are those of issue 14.',
    '',
    '## Targets',
    '',
    '| target | measured | verdict |',
    '| --- | --- | --- |',
    ...verdicts(scales[String(smallScale)], scales[String(largeScale)]).map(
      (verdict) => `| ${verdict.target} | ${verdict.measured} | ${verdictWord(verdict.pass)} |`,
    ),
    '',
  ];
  const bounding = bounds(scales[String(smallScale)], scales[String(largeScale)]);
  if (bounding.length > 0)
    lines.push(
      '## What bounds the failing targets',
      '',
      'Measured in the same run, not targets.',
      '',
      '| ratio | measured |',
      '| --- | --- |',
      ...bounding.map((bound) => `| ${bound.what} | ${bound.measured} |`),
      '',
    );
  for (const scale of Object.values(scales).sort((a, b) => a.opEds - b.opEds)) {
    const { run: measured, archive } = scale;
    const { machine } = measured;
    const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
    lines.push(
      `## ${n(scale.opEds)} op-eds`,
      '',
      `Command \`${measured.command}\`, started ${measured.invocation.slice(0, 16).replace('T', ' ')} UTC, commit ${measured.commit}.`,
      `Machine: ${machine.cores} cores (${machine.cpuModel}), ${machine.memoryGb} GB, Node ${machine.node}, Astro ${machine.astro}; load average ${measured.loadAverage1mAtStart?.toFixed(2) ?? 'unknown'} at the start, ${measured.loadAverage1m?.toFixed(2) ?? 'unknown'} when written (the machine is shared).`,
      '',
      `Archive: ${n(archive.opEds)} op-eds (${archive.translations.ru} in Russian and ${archive.translations.kk} in Kazakh translate others), ${n(archive.authors)} authors, the columnist on ${percent(archive.columnistShare)}, ${archive.topics} topics with the main one on ${percent(archive.mainTopicShare)}, dated ${archive.firstDate} to ${archive.lastDate}, ${n(archive.bytes.shortest)} to ${n(archive.bytes.longest)} bytes of MDX (median ${n(archive.bytes.median)}).`,
      '',
      '| build | wall time | CPU time, all processes | peak memory, all processes | runs (wall / CPU / memory) |',
      '| --- | ---: | ---: | ---: | --- |',
    );
    const rows: Array<[string, BuildMeasure | undefined]> = [
      ['site, cold (`npm run build`, empty caches)', scale.cold],
      ['site, rebuild after editing one op-ed', scale.rebuild],
      ['site, cold with its share images already drawn', scale.coldImagesDrawn],
      ['plain reference, cold', scale.plain],
      ['plain reference, rebuild after the same edit', scale.plainRebuild],
    ];
    for (const [name, build] of rows) {
      if (!build) continue;
      const cpu = (ms: number | undefined) => (ms === undefined ? 'not measured' : seconds(ms));
      const runs = build.runsMs.map(
        (ms, index) =>
          `${seconds(ms)} / ${cpu(build.runsCpuMs?.[index])} / ${megabytes(build.runsPeakMemoryBytes[index]!)}`,
      );
      lines.push(
        `| ${name} | ${build.ok ? seconds(build.ms) : 'FAILED'} | ${cpu(build.cpuMs)} | ${megabytes(build.peakMemoryBytes)} | ${runs.length > 1 ? `median of ${runs.length}: ` : ''}${runs.join(', ')} |`,
      );
    }
    lines.push('');
    if (scale.largestPage)
      lines.push(
        `Largest HTML page: \`${scale.largestPage.path}\`, ${n(scale.largestPage.bytes)} bytes.`,
        '',
      );
    if (scale.rebuildCorrect) {
      const { editedShowsNewText, uneditedIdentical } = scale.rebuildCorrect;
      lines.push(
        `After the rebuild, the edited op-ed's page ${editedShowsNewText ? 'shows' : 'does NOT show'} the added paragraph and an unedited op-ed's page is ${uneditedIdentical ? 'byte-identical' : 'CHANGED'}.`,
        '',
      );
    }
  }
  return lines.join('\n');
}

console.log(`Load average at the start: ${loadAtStart.toFixed(2)}`);
for (const count of scales) await measureScale(count);
const final = readResults().scales;
for (const verdict of verdicts(final[String(smallScale)], final[String(largeScale)]))
  console.log(`${verdictWord(verdict.pass).padEnd(12)} ${verdict.target}: ${verdict.measured}`);
console.log('Wrote bench/results.md and bench/results.json');
if (
  scales.some((count) => {
    const scale = final[String(count)];
    return [scale?.cold, scale?.rebuild, scale?.plain, scale?.plainRebuild, scale?.coldImagesDrawn].some(
      (build) => build && !build.ok,
    );
  })
)
  process.exitCode = 1;
