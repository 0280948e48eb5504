/**
 * Chooses a font size so a text wraps into a box without overflowing. The
 * social-image renderer (satori) wraps text but never shrinks it, so the size
 * is decided here from an estimate of the wrapped line count. Hand-written
 * because no library measures text without a browser or a font engine; the
 * estimate is deliberately pessimistic (each letter as wide as a wide bold
 * serif letter of its case), so the real text never needs more room than
 * planned — a test over the rendered image checks that.
 */
export interface FitBox {
  /** Width available to the text, in pixels. */
  width: number;
  /** Height available to the text, in pixels. */
  height: number;
  /** Candidate font sizes, tried largest first. */
  sizes: readonly number[];
  /** Line height as a multiple of the font size. */
  lineHeight: number;
}

export interface FitResult {
  fontSize: number;
  /** Lines the text is expected to wrap to at that size (an upper bound). */
  lines: number;
  /** Whether the text fits at that size; false means even the smallest size overflows. */
  fits: boolean;
}

/** Assumed advance of a character, in em, for a bold serif. */
export function charAdvance(char: string): number {
  if (char === ' ') return 0.3;
  if (char !== char.toLocaleLowerCase()) return 0.8;
  return 0.6;
}

const advance = (text: string) => [...text].reduce((sum, char) => sum + charAdvance(char), 0);

/** Lines `text` wraps to in a line `lineEm` ems wide (greedy, like browsers). */
export function countWrappedLines(text: string, lineEm: number): number {
  const space = charAdvance(' ');
  let lines = 1;
  let used = 0;
  for (const word of text.trim().split(/\s+/)) {
    const width = advance(word);
    if (used === 0 ? width <= lineEm : used + space + width <= lineEm) {
      used += (used === 0 ? 0 : space) + width;
      continue;
    }
    if (used > 0) lines += 1;
    used = 0;
    // A word wider than a line is broken across lines (CSS word-break: break-word).
    for (const char of word) {
      const charWidth = charAdvance(char);
      if (used > 0 && used + charWidth > lineEm) {
        lines += 1;
        used = 0;
      }
      used += charWidth;
    }
  }
  return lines;
}

/** The largest candidate size at which `text` fits `box`, or the smallest size if none does. */
export function fitText(text: string, box: FitBox): FitResult {
  const sizes = [...box.sizes].sort((a, b) => b - a);
  let result: FitResult | undefined;
  for (const fontSize of sizes) {
    const lines = countWrappedLines(text, box.width / fontSize);
    const fits = lines * fontSize * box.lineHeight <= box.height;
    result = { fontSize, lines, fits };
    if (fits) return result;
  }
  if (!result) throw new Error('fitText needs at least one candidate size');
  return result;
}
