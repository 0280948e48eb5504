import type { VFile } from 'vfile';
import { isLocale, site, type Locale } from '../config/site';

/** The op-ed's language from its frontmatter `lang`, as the MDX pipeline sees it. */
export function fileLocale(file: VFile): Locale {
  const frontmatter = (file.data as { astro?: { frontmatter?: { lang?: unknown } } }).astro?.frontmatter;
  const lang = frontmatter?.lang;
  return typeof lang === 'string' && isLocale(lang) ? lang : site.defaultLocale;
}
