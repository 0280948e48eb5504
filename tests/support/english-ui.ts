import { site } from '../../src/config/site';
import { t, uiKeys } from '../../src/i18n/ui';

/**
 * The literal parts of every English UI string ("Read in {language}" gives
 * "Read in"), as whole-word patterns; parts with no letters say nothing.
 */
const englishParts = [
  ...new Set(
    uiKeys.flatMap((key) =>
      t(key, 'en')
        .split(/\{\w+\}/)
        .map((part) => part.trim().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
        .filter((part) => /\p{L}/u.test(part)),
    ),
  ),
].map((part) => ({
  part,
  pattern: new RegExp(`(?<![\\p{L}-])${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}-])`, 'u'),
}));

/** Attributes whose text a reader hears or sees. */
const spokenAttributes = ['aria-label', 'title', 'alt', 'placeholder'];

/**
 * English UI text found on a page that should be entirely in `lang`: in text
 * nodes and spoken attributes whose nearest `lang` is `lang` (an English
 * headline marked lang="en" is content, not UI), in the title and the
 * description. The site's name is a name, not UI, and is left out.
 */
export function englishUiIn(document: Document, lang: string): string[] {
  const texts: string[] = [document.title];
  for (const meta of document.querySelectorAll('meta[name="description"], meta[property="og:description"]')) {
    texts.push(meta.getAttribute('content') ?? '');
  }
  const inLang = (element: Element | null) => element?.closest('[lang]')?.getAttribute('lang') === lang;
  const walk = (node: Node) => {
    if (node.nodeType === 3 && inLang(node.parentElement)) texts.push(node.textContent ?? '');
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (['SCRIPT', 'STYLE', 'HEAD'].includes(element.tagName)) return;
    if (inLang(element)) for (const name of spokenAttributes) texts.push(element.getAttribute(name) ?? '');
    for (const child of element.childNodes) walk(child);
  };
  walk(document.body);
  const found = new Set<string>();
  for (const text of texts) {
    const withoutName = text.replaceAll(site.name, '');
    for (const { part, pattern } of englishParts)
      if (pattern.test(withoutName)) found.add(`${part} (in “${text.trim()}”)`);
  }
  return [...found];
}
