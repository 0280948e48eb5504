import type { VFile } from 'vfile';
import { isLocale, site, type Locale } from '../config/site';
import { standardsPageOf } from '../content-model/standards-pages';

/**
 * The file's language as the markdown pipeline sees it: an op-ed's
 * frontmatter `lang`, or an outlet page's folder (content/pages/<lang>/).
 */
export function fileLocale(file: VFile): Locale {
  const frontmatter = (file.data as { astro?: { frontmatter?: { lang?: unknown } } }).astro?.frontmatter;
  const lang = frontmatter?.lang;
  if (typeof lang === 'string' && isLocale(lang)) return lang;
  const [collection, ...langAndName] = file.path.split(/[\\/]/).slice(-3);
  const page = collection === 'pages' ? standardsPageOf(langAndName.join('/')) : undefined;
  return page?.lang ?? site.defaultLocale;
}
