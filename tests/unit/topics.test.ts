import { describe, expect, it } from 'vitest';
import { topicsOf } from '../../src/content-model/topics';
import { pageParam, paginate } from '../../src/routing/listing';

const op = (id: string, tags: string[]) => ({ id, data: { tags } });

const tags = (opinion: { data: { tags: string[] } }) => opinion.data.tags;

describe('topicsOf', () => {
  it('groups op-eds by tag, most-used topic first, keeping their order', () => {
    const opinions = [op('c', ['elections', 'economy']), op('b', ['elections']), op('a', ['astana'])];
    expect(topicsOf(opinions, tags).map(({ tag, opinions }) => [tag, opinions.map((o) => o.id)])).toEqual([
      ['elections', ['c', 'b']],
      ['astana', ['a']],
      ['economy', ['c']],
    ]);
  });

  it('counts an op-ed once even if it repeats a tag', () => {
    expect(topicsOf([op('a', ['x', 'x'])], tags)[0]!.opinions).toHaveLength(1);
  });

  it('has no topics without op-eds', () => {
    expect(topicsOf([], tags)).toEqual([]);
  });
});

describe('paginate', () => {
  const entries = (n: number) => [{ id: `op-${n}`, digest: `d${n}` }];

  it('cuts a listing into pages of 20 with their paths, and counts the pages', () => {
    const items = Array.from({ length: 41 }, (_, index) => index);
    const pages = paginate(items, '/topics/x/', entries);
    expect(pages.map((page) => page.items.length)).toEqual([20, 20, 1]);
    expect(pages.map((page) => page.path)).toEqual(['/topics/x/', '/topics/x/page/2/', '/topics/x/page/3/']);
    expect(pages.map(pageParam)).toEqual([undefined, 'page/2', 'page/3']);
    expect(pages.every((page) => page.last === 3)).toBe(true);
  });

  it('is one page when empty', () => {
    expect(paginate([], '/', entries)).toHaveLength(1);
  });

  it('gives a page a new cache key when an op-ed on it or the page count changes, and only then', () => {
    const items = Array.from({ length: 41 }, (_, index) => index);
    const before = paginate(items, '/', entries);
    const edited = paginate(items, '/', (n) => [{ id: `op-${n}`, digest: n === 25 ? 'edited' : `d${n}` }]);
    expect(edited.map((page, i) => page.cacheKey === before[i]!.cacheKey)).toEqual([true, false, true]);
    const longer = paginate(
      [...items, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60],
      '/',
      entries,
    );
    expect(longer[0]!.cacheKey).not.toBe(before[0]!.cacheKey);
  });
});
