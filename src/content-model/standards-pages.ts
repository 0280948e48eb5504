import { locales, type Locale } from '../config/site';
import { standardsPages, type StandardsPage } from '../routing/urls';

/** The language and page of content/pages/<lang>/<page>.mdx, from its id ("ru/about"); undefined when misplaced. */
export function standardsPageOf(id: string): { lang: Locale; page: StandardsPage } | undefined {
  const [lang, page, ...rest] = id.replace(/\.mdx$/, '').split('/');
  if (rest.length > 0 || !lang || !page) return undefined;
  if (!(locales as readonly string[]).includes(lang)) return undefined;
  if (!(standardsPages as readonly string[]).includes(page)) return undefined;
  return { lang: lang as Locale, page: page as StandardsPage };
}

/** What to tell an editor whose outlet page is misplaced or misnamed. */
export const misplacedStandardsPage = {
  field: 'file name',
  problem: 'an outlet page must be content/pages/<language>/<page>.mdx',
  fix: `use a language folder (${locales.join(', ')}) and one of the page names ${standardsPages.join(', ')}, e.g. content/pages/ru/about.mdx`,
} as const;
