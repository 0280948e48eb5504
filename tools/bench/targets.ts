/**
 * The performance targets of issue 14 and their verdicts, from the measures
 * of one bench run at 1,000 and 10,000 op-eds. Pure, so the arithmetic is
 * unit-tested.
 */

export const smallScale = 1_000;
export const largeScale = 10_000;

export const targets = {
  /** Cold build at 1,000 op-eds, every feature on, ≤ this × the plain reference's. */
  coldOverPlain: 2.0,
  /** Rebuild after one edit at 10,000 ≤ this × the same rebuild at 1,000. */
  rebuildGrowth: 2,
  /** Peak memory summed over the build's processes at 10,000 ≤ this × the plain reference's. */
  memoryOverPlain: 1.3,
  /** Cold build at 10,000 ≤ this × the cold build at 1,000. */
  coldGrowth: 10,
  /** No HTML page at 10,000 op-eds over this many bytes (200 KB). */
  largestPageBytes: 200_000,
};

/** One kind of build at one scale: the median of its runs, and every run. */
export interface BuildMeasure {
  ok: boolean;
  /** Wall time, what the targets are about. */
  ms: number;
  /** CPU time of all the build's processes: less swayed than wall time by other work on a shared machine. */
  cpuMs?: number;
  peakMemoryBytes: number;
  runsMs: number[];
  runsCpuMs?: number[];
  runsPeakMemoryBytes: number[];
}

export interface ScaleMeasure {
  opEds: number;
  /** When the bench command that measured this started (ISO): ratios across scales compare one run. */
  invocation: string;
  cold?: BuildMeasure;
  rebuild?: BuildMeasure;
  plain?: BuildMeasure;
  /** The plain reference rebuilt after the same edit, its caches kept: what Astro alone costs. */
  plainRebuild?: BuildMeasure;
  /** The site's cold build with its share images already drawn (every other cache empty), at 1,000 only. */
  coldImagesDrawn?: BuildMeasure;
  /** The largest HTML file in the site's dist/ after the cold build. */
  largestPage?: { path: string; bytes: number };
  /** After the rebuild: the edited op-ed's page shows the new text; an unedited page is byte-identical. */
  rebuildCorrect?: { editedShowsNewText: boolean; uneditedIdentical: boolean };
}

export interface Verdict {
  target: string;
  measured: string;
  /** undefined: not measured (a scale not run, or a build that failed before it). */
  pass: boolean | undefined;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export const megabytes = (bytes: number) => `${Math.round(bytes / 1024 ** 2).toLocaleString('en')} MB`;
const times = (ratio: number) => `${ratio.toFixed(2)}×`;
const notMeasured = (target: string, why = 'not measured'): Verdict => ({
  target,
  measured: why,
  pass: undefined,
});

/** Numerator over denominator against a ceiling, or "not measured" when either build is missing or failed. */
function ratioVerdict(
  target: string,
  over: BuildMeasure | undefined,
  under: BuildMeasure | undefined,
  ceiling: number,
  value: (build: BuildMeasure) => number,
  show: (value: number) => string,
  note = '',
): Verdict {
  if (!over || !under) return notMeasured(target);
  if (!over.ok || !under.ok) return { target, measured: 'a build failed', pass: false };
  const ratio = value(over) / value(under);
  return {
    target,
    measured: `${times(ratio)} (${show(value(over))} against ${show(value(under))})${note}`,
    pass: ratio <= ceiling,
  };
}

/** A wall-time verdict, with the same ratio in CPU time beside it to tell the build's cost from the machine's load. */
function timeVerdict(
  target: string,
  over: BuildMeasure | undefined,
  under: BuildMeasure | undefined,
  ceiling: number,
  note = '',
): Verdict {
  const verdict = ratioVerdict(target, over, under, ceiling, (build) => build.ms, seconds, note);
  if (verdict.pass === undefined || over?.cpuMs === undefined || under?.cpuMs === undefined) return verdict;
  return { ...verdict, measured: `${verdict.measured}; in CPU time ${times(over.cpuMs / under.cpuMs)}` };
}

/** The larger peak of the site's cold build and rebuild: the site's peak at that scale. */
function sitePeak(scale: ScaleMeasure): BuildMeasure | undefined {
  const builds = [scale.cold, scale.rebuild].filter((build) => build !== undefined);
  if (builds.length === 0) return undefined;
  const peak = builds.reduce((a, b) => (b.peakMemoryBytes > a.peakMemoryBytes ? b : a));
  return { ...peak, ok: builds.every((build) => build.ok) };
}

export function verdicts(small: ScaleMeasure | undefined, large: ScaleMeasure | undefined): Verdict[] {
  const n = (count: number) => count.toLocaleString('en');
  const acrossRuns =
    small && large && small.invocation !== large.invocation
      ? `; from separate runs, ${small.invocation.slice(0, 16)} and ${large.invocation.slice(0, 16)}`
      : '';
  const list: Verdict[] = [
    timeVerdict(
      `cold build at ${n(smallScale)}, every feature on ≤ ${targets.coldOverPlain.toFixed(1)}× the plain reference`,
      small?.cold,
      small?.plain,
      targets.coldOverPlain,
    ),
    timeVerdict(
      `rebuild after one edit at ${n(largeScale)} ≤ ${targets.rebuildGrowth}× the same at ${n(smallScale)}`,
      large?.rebuild,
      small?.rebuild,
      targets.rebuildGrowth,
      acrossRuns,
    ),
    ratioVerdict(
      `peak memory at ${n(largeScale)}, all processes ≤ ${targets.memoryOverPlain}× the plain reference's`,
      large && sitePeak(large),
      large?.plain,
      targets.memoryOverPlain,
      (build) => build.peakMemoryBytes,
      megabytes,
    ),
    timeVerdict(
      `cold build at ${n(largeScale)} ≤ ${targets.coldGrowth}× the cold build at ${n(smallScale)}`,
      large?.cold,
      small?.cold,
      targets.coldGrowth,
      acrossRuns,
    ),
  ];
  const pageTarget = `no HTML page over ${n(targets.largestPageBytes)} bytes at ${n(largeScale)}`;
  list.push(
    large?.largestPage
      ? {
          target: pageTarget,
          measured: `largest ${n(large.largestPage.bytes)} bytes, ${large.largestPage.path}`,
          pass: large.largestPage.bytes <= targets.largestPageBytes,
        }
      : notMeasured(pageTarget),
  );
  for (const scale of [small, large]) {
    if (!scale) continue;
    const target = `rebuild at ${n(scale.opEds)} shows the edit and leaves other pages byte-identical`;
    const check = scale.rebuildCorrect;
    list.push(
      check
        ? {
            target,
            measured: `edited page ${check.editedShowsNewText ? 'shows' : 'does not show'} the new text; unedited page ${check.uneditedIdentical ? 'identical' : 'changed'}`,
            pass: check.editedShowsNewText && check.uneditedIdentical,
          }
        : notMeasured(target),
    );
  }
  return list;
}

/** A measured ratio that bounds a target without being one. */
export interface Bound {
  what: string;
  measured: string;
}

/**
 * What the failing targets are up against: the plain reference's own rebuild
 * growth, and the cold build with its share images taken out.
 */
export function bounds(small: ScaleMeasure | undefined, large: ScaleMeasure | undefined): Bound[] {
  const n = (count: number) => count.toLocaleString('en');
  const list: Bound[] = [];
  const add = (what: string, over: BuildMeasure | undefined, under: BuildMeasure | undefined) => {
    if (!over?.ok || !under?.ok) return;
    list.push({
      what,
      measured: `${times(over.ms / under.ms)} (${seconds(over.ms)} against ${seconds(under.ms)})`,
    });
  };
  add(
    `plain reference's rebuild after the same edit, ${n(largeScale)} over ${n(smallScale)}`,
    large?.plainRebuild,
    small?.plainRebuild,
  );
  add(
    `site's rebuild over the plain reference's rebuild, at ${n(largeScale)}`,
    large?.rebuild,
    large?.plainRebuild,
  );
  add(
    `site's rebuild over the plain reference's rebuild, at ${n(smallScale)}`,
    small?.rebuild,
    small?.plainRebuild,
  );
  add(
    `site's cold build at ${n(smallScale)} with its share images already drawn, over the plain reference`,
    small?.coldImagesDrawn,
    small?.plain,
  );
  if (small?.cold?.ok && small.coldImagesDrawn?.ok) {
    const drawing = small.cold.ms - small.coldImagesDrawn.ms;
    list.push({
      what: `drawing the share images, in the cold build at ${n(smallScale)}`,
      measured: `${seconds(drawing)} of ${seconds(small.cold.ms)}; the whole ${targets.coldOverPlain.toFixed(1)}× budget is ${small.plain?.ok ? seconds(small.plain.ms * targets.coldOverPlain) : 'not measured'}`,
    });
  }
  return list;
}

export const verdictWord = (pass: boolean | undefined) =>
  pass === undefined ? 'NOT MEASURED' : pass ? 'PASS' : 'FAIL';
