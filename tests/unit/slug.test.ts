import { describe, expect, it } from 'vitest';
import { slugFromHeadline, slugPattern } from '../../src/content-model/slug';

describe('slugFromHeadline', () => {
  it('keeps English headlines readable', () => {
    expect(slugFromHeadline('After the 2019 election: what’s next for Kazakhstan')).toBe(
      'after-the-2019-election-whats-next-for-kazakhstan',
    );
  });

  it('transliterates Russian', () => {
    expect(slugFromHeadline('Выборы в Казахстане — что дальше?')).toBe('vybory-v-kazakhstane-chto-dalshe');
  });

  it('transliterates every Kazakh letter, in both cases', () => {
    expect(slugFromHeadline('Ә Ғ Қ Ң Ө Ұ Ү Һ І')).toBe('a-g-q-n-o-u-u-h-i');
    expect(slugFromHeadline('ә ғ қ ң ө ұ ү һ і')).toBe('a-g-q-n-o-u-u-h-i');
    expect(slugFromHeadline('Қазақстан: сайлаудан кейінгі өмір')).toBe('qazaqstan-saylaudan-keyingi-omir');
  });

  it('always yields an ASCII slug', () => {
    for (const headline of ['Ұлттық құрылтай', 'Әкім «жаңа» бастама', 'Ёлка & йод: 50%']) {
      expect(slugFromHeadline(headline)).toMatch(slugPattern);
    }
  });
});
