import { describe, expect, it } from 'vitest';
import { buildFixture } from '../support/build-fixture';

describe('mistakes stop the build with a message an editor can act on', () => {
  it('points out of sequence: names the file, the line, the point and the expected word', () => {
    const build = buildFixture('points-out-of-sequence');
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/opinions\/skipped-ordinal\.mdx:12: .*point 2 starts with “Third”, but point 2 should start with “Second”/);
    expect(build.published).toBe(false);
  });
});
