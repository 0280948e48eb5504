import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockedPackage {
  version?: string;
  resolved?: string;
  integrity?: string;
  link?: boolean;
  hasInstallScript?: boolean;
}

const manifest = JSON.parse(readFileSync('package.json', 'utf-8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  allowScripts: Record<string, boolean>;
};
const lock = JSON.parse(readFileSync('package-lock.json', 'utf-8')) as {
  packages: Record<string, LockedPackage>;
};
const locked = Object.entries(lock.packages).filter(([path]) => path !== '');
const nameOf = (path: string) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);

describe('where dependencies come from', () => {
  it('pins every direct dependency to an exact registry version (no git, URL or file specs)', () => {
    for (const [name, spec] of Object.entries({ ...manifest.dependencies, ...manifest.devDependencies })) {
      expect(spec, name).toMatch(/^\d+\.\d+\.\d+(-[\w.]+)?$/);
    }
  });

  it('locks every package to a tarball on registry.npmjs.org, checked by its sha512 integrity', () => {
    expect(locked.length).toBeGreaterThan(100);
    for (const [path, entry] of locked) {
      expect(entry.link, `${path} is a link to a local folder`).toBeUndefined();
      expect(entry.version, path).toMatch(/^\d+\.\d+\.\d+/);
      // npm leaves `resolved` out when it is the default registry (omit-lockfile-registry-resolved).
      if (entry.resolved !== undefined)
        expect(entry.resolved, path).toMatch(/^https:\/\/registry\.npmjs\.org\//);
      expect(entry.integrity, path).toMatch(/^sha512-/);
    }
  });
});

describe('install scripts', () => {
  const withScripts = locked.filter(([, entry]) => entry.hasInstallScript).map(([path]) => nameOf(path));

  it('has a decision in package.json allowScripts for every package with an install script, and no other', () => {
    expect(Object.keys(manifest.allowScripts).toSorted()).toEqual([...new Set(withScripts)].toSorted());
  });

  it('runs only the ones the project needs: Node 24 itself and esbuild (vnu-jar would download a JRE)', () => {
    const approved = Object.entries(manifest.allowScripts).filter(([, allowed]) => allowed);
    expect(approved.map(([name]) => name).toSorted()).toEqual(['esbuild', 'node']);
  });
});
