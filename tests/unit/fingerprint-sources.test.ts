import { existsSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKER_PARSERS, CHECKER_SOURCES, checkerParserVersions } from '../../src/deploy/output-check';
import { modulesLoadedBy, packageOf, runtimeSpecifiers } from '../support/import-graph';
import { RENDERER_SOURCES } from '../../src/content-model/loader';
import { RULE_SOURCES } from '../../tools/content-check/content-check';

/**
 * Remembered verdicts are keyed by a hash of these sources: a
 * path that no longer exists would let a rule change go unnoticed.
 */
describe('the sources each build cache is keyed by', () => {
  it.each([
    ['output check', CHECKER_SOURCES],
    ['content check', RULE_SOURCES],
    ['rendered op-eds', RENDERER_SOURCES],
  ])('all exist (%s)', (_, sources) => {
    expect(sources.filter((source) => !existsSync(source))).toEqual([]);
  });
});

describe("the output check's remembered verdicts", () => {
  const rules = 'src/deploy/output-safety.ts';
  const loaded = runtimeSpecifiers(readFileSync(rules, 'utf-8'), rules).filter((name) => !isBuiltin(name));

  it('are keyed by every module its rules load', () => {
    const local = loaded
      .filter((name) => name.startsWith('.'))
      .map((name) => normalize(join('src/deploy', name)));
    expect(CHECKER_SOURCES).toEqual(expect.arrayContaining([rules, ...local]));
  });

  it('are keyed by the installed version of every parser its rules use', () => {
    const packages = loaded.filter((name) => !name.startsWith('.')).map(packageOf);
    expect(CHECKER_PARSERS.toSorted()).toEqual([...new Set(packages)].toSorted());
    const manifest = JSON.parse(readFileSync('package.json', 'utf-8')) as {
      dependencies: Record<string, string>;
    };
    expect(checkerParserVersions()).toEqual(
      CHECKER_PARSERS.map((name) => `${name}@${manifest.dependencies[name]}`),
    );
  });
});

describe("op-eds' HTML kept in the content store", () => {
  it('is redone when any module that renders it changes', () => {
    const { files } = modulesLoadedBy('.', ['src/markdown/render-opinion.ts']);
    const covered = (file: string) =>
      RENDERER_SOURCES.some((source) => file === source || file.startsWith(`${source}/`));
    expect(files.length).toBeGreaterThan(5);
    expect(files.filter((file) => !covered(file))).toEqual([]);
  });
});
