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
 * Context options for pages the override is applied to. A reader's own style
 * sheet is not subject to the page's Content Security Policy, but Playwright
 * can only add it as a <style> element, which the site's CSP (rightly) blocks;
 * so these contexts bypass the CSP. The CSP itself is tested in csp.test.ts.
 */
export const textSpacingContextOptions = { bypassCSP: true } as const;

/**
 * Text that the override clips or makes overlap, one line each. Clipped: an
 * element hiding its overflow whose content is larger than its box (the
 * visually-hidden pattern is exempt: it is meant for screen readers only).
 * Overlapping: lines of text that intersect other lines of text.
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

    // Overlap is judged on the text itself (each line of each text node), not on
    // element boxes: text spilling out of a fixed-height box leaves its box.
    const isVisuallyHidden = (element: Element | null): boolean => {
      for (let current = element; current && current !== document.body; current = current.parentElement) {
        const box = current.getBoundingClientRect();
        if (box.width <= 1 || box.height <= 1) return true;
      }
      return false;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const lines: { owner: Element; box: DOMRect }[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const owner = node.parentElement;
      if (!node.textContent?.trim() || !owner?.checkVisibility() || isVisuallyHidden(owner)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const box of range.getClientRects())
        if (box.width > 1 && box.height > 1) lines.push({ owner, box });
    }
    const overlap = (a: DOMRect, b: DOMRect) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
      Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
    const reported = new Set<string>();
    for (let i = 0; i < lines.length; i++) {
      for (let j = i + 1; j < lines.length; j++) {
        const [a, b] = [lines[i]!, lines[j]!];
        if (!overlap(a.box, b.box)) continue;
        const problem = `overlaps: ${describe(a.owner)} and ${describe(b.owner)}`;
        if (!reported.has(problem)) problems.push(problem);
        reported.add(problem);
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
