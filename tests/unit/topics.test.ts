import { describe, expect, it } from 'vitest';
import { topicsOf } from '../../src/content-model/topics';
import { firstListingPage } from '../../src/routing/listing';

const op = (id: string, tags: string[]) => ({ id, data: { tags } });

describe('topicsOf', () => {
  it('groups op-eds by tag, most-used topic first, keeping their order', () => {
    const opinions = [op('c', ['elections', 'economy']), op('b', ['elections']), op('a', ['astana'])];
    expect(topicsOf(opinions).map(({ tag, opinions }) => [tag, opinions.map((o) => o.id)])).toEqual([
      ['elections', ['c', 'b']],
      ['astana', ['a']],
      ['economy', ['c']],
    ]);
  });

  it('counts an op-ed once even if it repeats a tag', () => {
    expect(topicsOf([op('a', ['x', 'x'])])[0]!.opinions).toHaveLength(1);
  });

  it('has no topics without op-eds', () => {
    expect(topicsOf([])).toEqual([]);
  });
});

describe('firstListingPage', () => {
  it('shows the first 20 and counts the pages', () => {
    const items = Array.from({ length: 41 }, (_, index) => index);
    const page = firstListingPage(items, '/');
    expect(page.items).toEqual(items.slice(0, 20));
    expect(page.last).toBe(3);
  });

  it('is one page when empty', () => {
    expect(firstListingPage([], '/').last).toBe(1);
  });
});
