import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findUnsafeMarkup } from '../../src/lib/security/output-safety';
import { SafeFiles } from '../../src/lib/security/safe-files';

const safePage = '<!doctype html><html><head><title>Op-ed</title></head><body><p>Text</p></body></html>';
const hostilePage = '<!doctype html><html><body><img src="x" onerror="alert(1)"></body></html>';

/** A checker that counts how often it really parses a file. */
function countingChecker() {
  const parsed: string[] = [];
  const check = (file: string, content: string) => {
    parsed.push(file);
    return findUnsafeMarkup(file, content);
  };
  return { parsed, check };
}

describe('remembered safety verdicts', () => {
  it('parses an unchanged safe page once across builds, and a changed one again', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'safe-files-')), 'verdicts.json');
    const first = countingChecker();
    const build1 = new SafeFiles(file, 'rules-1', first.check);
    expect(build1.check('a/index.html', safePage)).toEqual([]);
    build1.save();

    const second = countingChecker();
    const build2 = new SafeFiles(file, 'rules-1', second.check);
    expect(build2.check('a/index.html', safePage)).toEqual([]);
    expect(build2.check('a/index.html', safePage.replace('Text', 'Edited'))).toEqual([]);
    expect(second.parsed).toEqual(['a/index.html']);
  });

  it('reports an unsafe page on every build: it is never remembered', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'safe-files-')), 'verdicts.json');
    for (let build = 0; build < 2; build++) {
      const verdicts = new SafeFiles(file, 'rules-1');
      expect(verdicts.check('b/index.html', hostilePage)).toHaveLength(1);
      verdicts.save();
    }
  });

  it('checks everything again when the rules change', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'safe-files-')), 'verdicts.json');
    const build1 = new SafeFiles(file, 'rules-1');
    build1.check('a/index.html', safePage);
    build1.save();
    const changed = countingChecker();
    new SafeFiles(file, 'rules-2', changed.check).check('a/index.html', safePage);
    expect(changed.parsed).toEqual(['a/index.html']);
  });
});
