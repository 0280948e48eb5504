import type { Page } from 'playwright-core';

/** WCAG 1.4.12's text-spacing override, as a reader's style sheet would apply it. */
export const textSpacingCss = `
  * {
    line-height: 1.5 !important;
    letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important;
  }
  p {
    margin-bottom: 2em !important;
  }
`;

/**
 * Text that the override clips or makes overlap, one line each. Clipped: an
 * element hiding its overflow whose content is larger than its box (the
 * visually-hidden pattern is exempt: it is meant for screen readers only).
 * Overlapping: line boxes of two unrelated text elements that intersect.
 */
export function findSpacingProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const describe = (element: Element) =>
      `<${element.localName}${element.id ? `#${element.id}` : ''}${element.className ? `.${String(element.className).split(' ')[0]}` : ''}> “${(element.textContent ?? '').trim().slice(0, 40)}”`;
    const rendered = [...document.body.querySelectorAll('*')].filter((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 1 && box.height > 1 && element.checkVisibility();
    });

    for (const element of rendered) {
      const style = getComputedStyle(element);
      const hides = (overflow: string) => overflow === 'hidden' || overflow === 'clip';
      if (!element.textContent?.trim()) continue;
      if (hides(style.overflowX) && element.scrollWidth > element.clientWidth + 1) {
        problems.push(`clipped sideways: ${describe(element)}`);
      }
      if (hides(style.overflowY) && element.scrollHeight > element.clientHeight + 1) {
        problems.push(`clipped at the bottom: ${describe(element)}`);
      }
    }

    const textBlocks = rendered.filter((element) =>
      [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim()),
    );
    const lineBoxes = textBlocks.map((element) => [...element.getClientRects()]);
    const overlap = (a: DOMRect, b: DOMRect) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
      Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
    for (let i = 0; i < textBlocks.length; i++) {
      for (let j = i + 1; j < textBlocks.length; j++) {
        const [a, b] = [textBlocks[i]!, textBlocks[j]!];
        if (a.contains(b) || b.contains(a)) continue;
        if (lineBoxes[i]!.some((boxA) => lineBoxes[j]!.some((boxB) => overlap(boxA, boxB)))) {
          problems.push(`overlaps: ${describe(a)} and ${describe(b)}`);
        }
      }
    }

    if (document.documentElement.scrollWidth > document.documentElement.clientWidth) {
      problems.push(
        `page scrolls sideways: ${document.documentElement.scrollWidth} px of content in ${document.documentElement.clientWidth} px`,
      );
    }
    return problems;
  });
}
