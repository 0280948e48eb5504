import { describe, expect, it } from 'vitest';
import { childrenCpuMs, parentFromStat, processTree } from '../../tools/bench/process-tree';
import {
  bounds,
  median,
  targets,
  verdicts,
  type BuildMeasure,
  type ScaleMeasure,
} from '../../tools/bench/targets';

const build = (ms: number, peakMemoryBytes: number, ok = true): BuildMeasure => ({
  ok,
  ms,
  peakMemoryBytes,
  runsMs: [ms],
  runsPeakMemoryBytes: [peakMemoryBytes],
});
const mb = 1024 ** 2;

const small: ScaleMeasure = {
  opEds: 1_000,
  invocation: '2026-12-03T09:00:00.000Z',
  cold: build(20_000, 1_000 * mb),
  rebuild: build(5_000, 800 * mb),
  plain: build(10_000, 600 * mb),
  largestPage: { path: '/index.html', bytes: 30_000 },
  rebuildCorrect: { editedShowsNewText: true, uneditedIdentical: true },
};
const large: ScaleMeasure = {
  ...small,
  opEds: 10_000,
  cold: build(200_000, 3_000 * mb),
  rebuild: build(10_000, 3_200 * mb),
  plain: build(100_000, 2_500 * mb),
  largestPage: { path: '/authors/a/index.html', bytes: 200_000 },
};

const byTarget = (list: ReturnType<typeof verdicts>) =>
  Object.fromEntries(list.map((verdict) => [verdict.target.split(' ≤')[0]!.split(' at')[0], verdict]));

describe('bench verdicts', () => {
  it('passes each target at exactly its limit', () => {
    const list = verdicts(small, large);
    expect(list.map((verdict) => verdict.pass)).toEqual(list.map(() => true));
    expect(list.find((v) => v.target.startsWith('cold build at 1,000'))!.measured).toMatch(
      /^2\.00× \(20\.0 s against 10\.0 s\)/,
    );
  });

  it('fails each target just over its limit, and uses the larger of the cold and rebuild peaks', () => {
    const list = verdicts(
      { ...small, cold: build(20_001, 1_000 * mb) },
      {
        ...large,
        cold: build(200_011, 3_000 * mb),
        rebuild: build(10_001, 3_251 * mb),
        largestPage: { path: '/authors/a/index.html', bytes: 200_001 },
      },
    );
    const verdict = byTarget(list);
    expect(verdict['cold build']!.pass).toBe(false);
    expect(verdict['rebuild after one edit']!.pass).toBe(false);
    expect(verdict['peak memory']!.pass).toBe(false);
    expect(verdict['peak memory']!.measured).toMatch(/^1\.30× \(3,251 MB against 2,500 MB\)/);
    expect(list.find((v) => v.target.startsWith('no HTML page'))!.pass).toBe(false);
    expect(list.find((v) => v.target.startsWith('cold build at 10,000'))!.pass).toBe(false);
  });

  it('says "not measured" for a scale not run, and fails a target whose build failed', () => {
    const onlySmall = verdicts(small, undefined);
    expect(onlySmall[0]!.pass).toBe(true);
    expect(onlySmall.slice(1, 5).map((verdict) => verdict.pass)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    const failed = verdicts({ ...small, cold: build(1, 1, false) }, undefined);
    expect(failed[0]!.pass).toBe(false);
  });

  it('fails the rebuild check when the edit is missing or another page changed', () => {
    const [, missing] = verdicts(small, {
      ...large,
      rebuildCorrect: { editedShowsNewText: false, uneditedIdentical: true },
    }).filter((verdict) => verdict.target.includes('byte-identical'));
    expect(missing!.pass).toBe(false);
  });

  it('marks cross-scale ratios taken from separate runs', () => {
    const list = verdicts(small, { ...large, invocation: '2026-12-03T10:00:00.000Z' });
    expect(list.find((v) => v.target.startsWith('cold build at 10,000'))!.measured).toContain(
      'separate runs',
    );
    expect(verdicts(small, large).some((v) => v.measured.includes('separate runs'))).toBe(false);
  });

  it('gives the CPU-time ratio beside the wall-time one, and judges by wall time', () => {
    const withCpu = (measure: BuildMeasure, cpuMs: number) => ({ ...measure, cpuMs });
    const [cold] = verdicts(
      { ...small, cold: withCpu(build(30_000, mb), 15_000), plain: withCpu(build(10_000, mb), 10_000) },
      undefined,
    );
    expect(cold!.measured).toMatch(/^3\.00× .*; in CPU time 1\.50×$/);
    expect(cold!.pass).toBe(false);
  });

  it('takes the median of runs', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 20, 30])).toBe(25);
    expect(targets.largestPageBytes).toBe(200_000);
  });
});

describe('bench bounds', () => {
  it("reports the plain reference's own rebuild growth and the cost of drawing share images", () => {
    const list = bounds(
      { ...small, plainRebuild: build(4_000, mb), coldImagesDrawn: build(16_000, mb) },
      { ...large, plainRebuild: build(40_000, mb) },
    );
    const measured = (start: string) => list.find((bound) => bound.what.startsWith(start))?.measured;
    expect(measured("plain reference's rebuild")).toMatch(/^10\.00× \(40\.0 s against 4\.0 s\)/);
    expect(measured("site's rebuild over the plain reference's rebuild, at 10,000")).toMatch(/^0\.25×/);
    expect(measured("site's cold build at 1,000 with its share images")).toMatch(/^1\.60×/);
    expect(measured('drawing the share images')).toBe('4.0 s of 20.0 s; the whole 2.0× budget is 20.0 s');
  });

  it('leaves out a ratio whose builds were not run or failed', () => {
    expect(bounds(small, large)).toEqual([]);
    const failed = bounds({ ...small, coldImagesDrawn: build(16_000, mb, false) }, large);
    expect(failed).toEqual([]);
  });
});

describe('bench peak memory', () => {
  it('sums a build over its whole process tree and nothing else', () => {
    const parentOf = new Map([
      [10, 1],
      [11, 10],
      [12, 11],
      [13, 10],
      [20, 1],
      [21, 20],
    ]);
    expect(processTree(10, parentOf).sort()).toEqual([10, 11, 12, 13]);
  });

  it('reads the parent pid from /proc/<pid>/stat even when the command name has spaces and parentheses', () => {
    expect(parentFromStat('4242 (node (astro) x) S 4200 4242 4200 0 -1 4194304')).toBe(4200);
  });

  it("reads finished descendants' CPU time (cutime + cstime, in clock ticks) from /proc/self/stat", () => {
    const stat = '4242 (node (x)) S 4200 1 1 0 -1 0 0 0 0 0 10 20 300 400 20 0 1 0 5 0 0';
    expect(childrenCpuMs(stat)).toBe(7_000);
  });
});
