import type { Root } from 'mdast';
import remarkSmartypants from 'remark-smartypants';
import type { VFile } from 'vfile';
import type { Locale } from '../config/site';
import { fileLocale } from './file-locale';

type SmartypantsOptions = NonNullable<Parameters<typeof remarkSmartypants>[0]>;

/**
 * Typographic quotes follow the op-ed's language: “…” in English, «…» in
 * Russian and Kazakh. remark-smartypants takes its options once per
 * pipeline, so this wrapper keeps one configured transformer per language
 * and picks it per file from the frontmatter `lang`.
 */
const optionsByLocale: Record<Locale, SmartypantsOptions> = {
  en: {},
  ru: { openingQuotes: { double: '«', single: '„' }, closingQuotes: { double: '»', single: '“' } },
  kk: { openingQuotes: { double: '«', single: '„' }, closingQuotes: { double: '»', single: '“' } },
};

export function remarkLocalizedSmartypants() {
  const transformers = new Map<Locale, (tree: Root) => void>();
  return (tree: Root, file: VFile) => {
    const locale = fileLocale(file);
    let transform = transformers.get(locale);
    if (!transform) {
      // The plugin ignores `this`, so it can be called directly to get its transformer.
      const attach = remarkSmartypants as unknown as (options: SmartypantsOptions) => (tree: Root) => void;
      transform = attach(optionsByLocale[locale]);
      transformers.set(locale, transform);
    }
    transform(tree);
  };
}
