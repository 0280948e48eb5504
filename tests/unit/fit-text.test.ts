import { describe, expect, it } from 'vitest';
import { charAdvance, countWrappedLines, fitText } from '../../src/sharing/fit-text';

const box = { width: 1000, height: 300, sizes: [80, 60, 40, 20], lineHeight: 1.25 };
const em = (text: string) => [...text].reduce((sum, char) => sum + charAdvance(char), 0);

describe('countWrappedLines', () => {
  it('wraps greedily at spaces', () => {
    expect(countWrappedLines('aaa bbb ccc', em('aaa bbb'))).toBe(2);
    expect(countWrappedLines('aaa bbb ccc', em('aaa bbb ccc'))).toBe(1);
    expect(countWrappedLines('aaa bbb ccc', em('aaa'))).toBe(3);
  });

  it('breaks a word wider than a line across lines', () => {
    expect(countWrappedLines('x'.repeat(25), em('x'.repeat(10)))).toBe(3);
    expect(countWrappedLines(`ab ${'x'.repeat(25)} cd`, em('x'.repeat(10)))).toBe(4);
  });

  it('counts capitals, Latin or Cyrillic, as wider than small letters', () => {
    expect(charAdvance('Қ')).toBeGreaterThan(charAdvance('қ'));
    expect(charAdvance('W')).toBeGreaterThan(charAdvance('w'));
    expect(countWrappedLines('ҚАЗАҚСТАН', em('қазақстан'))).toBe(2);
  });
});

describe('fitText', () => {
  it('keeps a short headline at the largest size', () => {
    expect(fitText('Short headline', box)).toEqual({ fontSize: 80, lines: 1, fits: true });
  });

  it('shrinks a long headline until its lines fit the height', () => {
    const result = fitText('word '.repeat(40).trim(), box);
    expect(result.fits).toBe(true);
    expect(result.fontSize).toBeLessThan(80);
    expect(result.lines * result.fontSize * box.lineHeight).toBeLessThanOrEqual(box.height);
  });

  it('shrinks monotonically as the text grows', () => {
    const sizes = [10, 50, 100, 200].map((length) => fitText('ab '.repeat(length), box).fontSize);
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
  });

  it('reports when even the smallest size overflows', () => {
    expect(fitText('word '.repeat(500), box)).toMatchObject({ fontSize: 20, fits: false });
  });
});
