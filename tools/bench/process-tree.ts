/**
 * What a build costs summed over all its processes. Peak memory: the process
 * tree is sampled from /proc, and at each sample the resident set of the root
 * and of every descendant (the content check, astro, Pagefind's binary…;
 * worker threads live in their host process) is added up. CPU time: the
 * kernel's running total for this process's finished descendants. Hand-written
 * because /usr/bin/time and Node's resourceUsage report one process, not a tree.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Every process under `root` (itself included), from a pid → parent pid table. */
export function processTree(root: number, parentOf: ReadonlyMap<number, number>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, parent] of parentOf) children.set(parent, [...(children.get(parent) ?? []), pid]);
  const tree: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** Field `number` (1-based, as in proc(5)) of a /proc/<pid>/stat line, whose command name may hold spaces and parentheses. */
function statField(stat: string, number: number): number {
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[number - 3]);
}

export const parentFromStat = (stat: string) => statField(stat, 4);

/** User plus system CPU time, in ms, of every descendant of this process that has ended and been waited for (cutime + cstime). */
export function childrenCpuMs(stat = readFileSync('/proc/self/stat', 'utf-8')): number {
  return ((statField(stat, 16) + statField(stat, 17)) * 1000) / clockTicks();
}

let ticks: number | undefined;
function clockTicks(): number {
  ticks ??= Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf-8' }).stdout.trim()) || 100;
  return ticks;
}

const readOrEmpty = (path: string) => {
  try {
    return readFileSync(path, 'utf-8');
  } catch {
    // The process ended between listing /proc and reading it.
    return '';
  }
};

function parentTable(): Map<number, number> {
  const table = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readOrEmpty(`/proc/${name}/stat`);
    if (stat) table.set(Number(name), parentFromStat(stat));
  }
  return table;
}

/** Resident set in bytes, from the VmRSS line of /proc/<pid>/status (0 once the process is gone). */
function residentBytes(pid: number): number {
  const kb = /^VmRSS:\s+(\d+) kB/m.exec(readOrEmpty(`/proc/${pid}/status`))?.[1];
  return kb ? Number(kb) * 1024 : 0;
}

/** Samples the tree under `root` every `intervalMs` until stopped; `stop()` returns the peak sum in bytes. */
export function watchPeakMemory(root: number, intervalMs = 150): { stop: () => number } {
  let peak = 0;
  const sample = () => {
    const total = processTree(root, parentTable()).reduce((sum, pid) => sum + residentBytes(pid), 0);
    peak = Math.max(peak, total);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
