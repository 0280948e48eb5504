import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, normalize, relative } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { readBuildSettings } from '../../src/config/env';

const workflowPath = '.github/workflows/deploy.yml';
const source = readFileSync(workflowPath, 'utf-8');
const cli = createRequire(import.meta.url).resolve('@action-validator/cli/cli.mjs');

/** Runs the workflow linter (@action-validator/cli, offline: a WebAssembly build of the schema check). */
function lint(file: string) {
  const result = spawnSync(process.execPath, [cli, file], { encoding: 'utf-8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

interface Step {
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, string>;
}
const workflow = yaml.load(source) as {
  on: { push: { branches: string[] }; schedule: { cron: string }[] };
  jobs: Record<string, { needs?: string; steps: Step[] }>;
};
const steps = workflow.jobs['build']!.steps;
const indexOf = (match: (step: Step) => boolean) => steps.findIndex(match);

describe('the deploy workflow', () => {
  it('passes the workflow linter', () => {
    expect(lint(workflowPath)).toEqual({ status: 0, output: '' });
  });

  it('is refused by the linter when a key is misspelled (the lint can fail)', () => {
    const broken = join(mkdtempSync(join(tmpdir(), 'workflow-')), 'deploy.yml');
    writeFileSync(broken, source.replace('runs-on: ubuntu-latest', 'runs_on: ubuntu-latest'));
    const { status, output } = lint(broken);
    expect(status).toBe(1);
    expect(output).toContain("Additional property 'runs_on' is not allowed");
  });

  it('builds on every push to main and every 15 minutes, so scheduled op-eds go live on time', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.on.schedule.map(({ cron }) => cron)).toEqual(['*/15 * * * *']);
  });

  it('restores the build caches after npm ci (which empties node_modules/) and before the build', () => {
    const install = indexOf((step) => step.run?.startsWith('npm ci') ?? false);
    const cache = indexOf((step) => step.uses?.startsWith('actions/cache@') ?? false);
    const build = indexOf((step) => step.run === 'npm run build');
    expect(install).toBeGreaterThanOrEqual(0);
    expect(cache).toBeGreaterThan(install);
    expect(build).toBeGreaterThan(cache);
  });

  it('caches the folders the build keeps its caches in when their settings are unset, as on the runner', () => {
    const { cacheDir, socialImageCacheDir } = readBuildSettings({});
    const cache = steps.find((step) => step.uses?.startsWith('actions/cache@'));
    const cached = cache!.with!['path']!.trim().split('\n').map(normalize);
    expect(cached).toEqual([cacheDir, relative(process.cwd(), socialImageCacheDir)].map(normalize));
  });

  it('stops with the fix before building when the site address (SITE_URL) is not set', () => {
    const guard = indexOf((step) => step.if?.includes("vars.SITE_URL == ''") ?? false);
    expect(guard).toBeGreaterThanOrEqual(0);
    expect(guard).toBeLessThan(indexOf((step) => step.run === 'npm run build'));
    expect(steps[guard]!.run).toMatch(/SITE_URL is not set[\s\S]*exit 1/);
  });

  it('publishes what npm run build wrote to dist/, after the build job', () => {
    const upload = steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(upload?.with?.['path']).toBe('dist');
    expect(workflow.jobs['deploy']!.needs).toBe('build');
  });
});
