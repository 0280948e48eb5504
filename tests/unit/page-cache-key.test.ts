import { describe, expect, it } from 'vitest';
import { authorFeedCacheKey, opinionPageCacheKey } from '../../src/lib/page-cache-key';

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

  it('changes with BARE_BUILD, which changes the page without changing content', () => {
    const before = process.env.BARE_BUILD;
    try {
      process.env.BARE_BUILD = '0';
      const key = opinionPageCacheKey(opinion, [author]);
      process.env.BARE_BUILD = '1';
      expect(opinionPageCacheKey(opinion, [author])).not.toBe(key);
    } finally {
      if (before === undefined) delete process.env.BARE_BUILD;
      else process.env.BARE_BUILD = before;
    }
  });

  it('is undefined, so the page is rendered, when an entry has no digest', () => {
    expect(opinionPageCacheKey({ id: 'a' }, [author])).toBeUndefined();
  });
});

describe('authorFeedCacheKey', () => {
  const item = (id: string, digest: string) => ({ opinion: { id, digest }, authors: [author] });

  it('is stable for an unchanged feed', () => {
    expect(authorFeedCacheKey(author, [item('a', 'd1')])).toBe(
      authorFeedCacheKey({ ...author }, [item('a', 'd1')]),
    );
  });

  it('changes when the author, an item, a co-author or the choice of items changes', () => {
    const key = authorFeedCacheKey(author, [item('a', 'd1'), item('b', 'e1')]);
    expect(authorFeedCacheKey({ ...author, digest: 'g2' }, [item('a', 'd1'), item('b', 'e1')])).not.toBe(key);
    expect(authorFeedCacheKey(author, [item('a', 'd2'), item('b', 'e1')])).not.toBe(key);
    expect(
      authorFeedCacheKey(author, [
        { opinion: { id: 'a', digest: 'd1' }, authors: [author, { id: 'co', digest: 'c1' }] },
        item('b', 'e1'),
      ]),
    ).not.toBe(key);
    expect(authorFeedCacheKey(author, [item('c', 'f1'), item('a', 'd1')])).not.toBe(key);
  });
});
