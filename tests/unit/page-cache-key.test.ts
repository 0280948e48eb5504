import { describe, expect, it } from 'vitest';
import { opinionPageCacheKey } from '../../src/lib/page-cache-key';

const opinion = { id: 'a', digest: 'd1' };
const author = { id: 'guest', digest: 'g1' };

describe('opinionPageCacheKey', () => {
  it('is stable for unchanged content', () => {
    expect(opinionPageCacheKey(opinion, [author])).toBe(opinionPageCacheKey({ ...opinion }, [{ ...author }]));
  });

  it('changes when the op-ed or an author changes', () => {
    const key = opinionPageCacheKey(opinion, [author]);
    expect(opinionPageCacheKey({ ...opinion, digest: 'd2' }, [author])).not.toBe(key);
    expect(opinionPageCacheKey(opinion, [{ ...author, digest: 'g2' }])).not.toBe(key);
    expect(opinionPageCacheKey(opinion, [author, { id: 'second', digest: 's' }])).not.toBe(key);
  });

  it('is undefined, so the page is rendered, when an entry has no digest', () => {
    expect(opinionPageCacheKey({ id: 'a' }, [author])).toBeUndefined();
  });
});
