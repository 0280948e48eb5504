import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CleanVerdicts } from '../../src/deploy/clean-verdicts';
import { findUnsafeMarkup } from '../../src/deploy/output-safety';

const safePage = '<!doctype html><html><head><title>Op-ed</title></head><body><p>Text</p></body></html>';
const hostilePage = '<!doctype html><html><body><img src="x" onerror="alert(1)"></body></html>';
const verdictFile = () => join(mkdtempSync(join(tmpdir(), 'verdicts-')), 'verdicts.json');

/** The safety check, counting the pages it really parses. */
function countingCheck() {
  const parsed: string[] = [];
  const check = (verdicts: CleanVerdicts, name: string, content: string) =>
    verdicts.check(name, content, () => {
      parsed.push(name);
      return findUnsafeMarkup(name, content);
    });
  return { parsed, check };
}

describe('remembered clean verdicts', () => {
  it('check an unchanged clean page once across builds, and a changed one again', async () => {
    const file = verdictFile();
    const first = new CleanVerdicts(file, 'rules-1');
    expect(await countingCheck().check(first, 'a/index.html', safePage)).toEqual([]);
    first.save();

    const second = countingCheck();
    const next = new CleanVerdicts(file, 'rules-1');
    expect(await second.check(next, 'a/index.html', safePage)).toEqual([]);
    expect(await second.check(next, 'a/index.html', safePage.replace('Text', 'Edited'))).toEqual([]);
    expect(second.parsed).toEqual(['a/index.html']);
  });

  it('report a faulty page on every build: problems are never remembered', async () => {
    const file = verdictFile();
    for (let build = 0; build < 2; build++) {
      const verdicts = new CleanVerdicts(file, 'rules-1');
      expect(await countingCheck().check(verdicts, 'b/index.html', hostilePage)).toHaveLength(1);
      verdicts.save();
    }
  });

  it('check everything again when the rules change', async () => {
    const file = verdictFile();
    const first = new CleanVerdicts(file, 'rules-1');
    await countingCheck().check(first, 'a/index.html', safePage);
    first.save();
    const changed = countingCheck();
    await changed.check(new CleanVerdicts(file, 'rules-2'), 'a/index.html', safePage);
    expect(changed.parsed).toEqual(['a/index.html']);
  });

  it('remember nothing without a file', async () => {
    const counting = countingCheck();
    for (let run = 0; run < 2; run++) {
      const verdicts = new CleanVerdicts(undefined, 'rules-1');
      await counting.check(verdicts, 'a/index.html', safePage);
      verdicts.save();
    }
    expect(counting.parsed).toHaveLength(2);
  });
});
