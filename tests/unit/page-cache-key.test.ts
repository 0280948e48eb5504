import { describe, expect, it } from 'vitest';
import {
  authorPageCacheKey,
  listingPageCacheKey,
  opinionPageCacheKey,
  withCacheKey,
} from '../../src/routing/cache-keys';

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

describe('authorPageCacheKey', () => {
  const item = (id: string, digest: string) => ({ opinion: { id, digest }, authors: [author] });

  it('is stable for an unchanged page or feed', () => {
    expect(authorPageCacheKey(author, [item('a', 'd1')])).toBe(
      authorPageCacheKey({ ...author }, [item('a', 'd1')]),
    );
  });

  it('changes when the author, an item, a co-author or the choice of items changes', () => {
    const key = authorPageCacheKey(author, [item('a', 'd1'), item('b', 'e1')]);
    expect(authorPageCacheKey({ ...author, digest: 'g2' }, [item('a', 'd1'), item('b', 'e1')])).not.toBe(key);
    expect(authorPageCacheKey(author, [item('a', 'd2'), item('b', 'e1')])).not.toBe(key);
    expect(
      authorPageCacheKey(author, [
        { opinion: { id: 'a', digest: 'd1' }, authors: [author, { id: 'co', digest: 'c1' }] },
        item('b', 'e1'),
      ]),
    ).not.toBe(key);
    expect(authorPageCacheKey(author, [item('c', 'f1'), item('a', 'd1')])).not.toBe(key);
  });
});

describe('listingPageCacheKey', () => {
  const second = { id: 'b', digest: 'e1' };
  const coAuthor = { id: 'co', digest: 'c1' };
  const authorsOf = new Map([
    ['a', [author]],
    ['b', [author, coAuthor]],
  ]);

  it('is stable for an unchanged page of a listing', () => {
    expect(listingPageCacheKey([opinion, second], authorsOf, 3)).toBe(
      listingPageCacheKey([{ ...opinion }, { ...second }], new Map(authorsOf), 3),
    );
  });

  it('changes when an op-ed, a byline, the order or the number of pages changes', () => {
    const key = listingPageCacheKey([opinion, second], authorsOf, 3);
    expect(listingPageCacheKey([{ ...opinion, digest: 'd2' }, second], authorsOf, 3)).not.toBe(key);
    expect(
      listingPageCacheKey(
        [opinion, second],
        new Map([...authorsOf, ['b', [author, { ...coAuthor, digest: 'c2' }]]]),
        3,
      ),
    ).not.toBe(key);
    expect(listingPageCacheKey([second, opinion], authorsOf, 3)).not.toBe(key);
    expect(listingPageCacheKey([opinion], authorsOf, 3)).not.toBe(key);
    expect(listingPageCacheKey([opinion, second], authorsOf, 4)).not.toBe(key);
  });

  it('is undefined, so the page is rendered, when an op-ed has no known authors or no digest', () => {
    expect(listingPageCacheKey([opinion, { id: 'unknown', digest: 'x' }], authorsOf, 1)).toBeUndefined();
    expect(listingPageCacheKey([{ id: 'a' }], authorsOf, 1)).toBeUndefined();
  });
});

describe('withCacheKey', () => {
  it('adds the key, or leaves the path without one when there is none', () => {
    const path = { params: { id: 'a' } };
    expect(withCacheKey(path, 'k')).toEqual({ params: { id: 'a' }, cacheKey: 'k' });
    expect(withCacheKey(path, undefined)).toEqual({ params: { id: 'a' } });
    expect('cacheKey' in withCacheKey(path, undefined)).toBe(false);
  });
});
