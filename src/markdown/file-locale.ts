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
  const folderAndName = file.path.split(/[\\/]/).slice(-2).join('/');
  return standardsPageOf(folderAndName)?.lang ?? site.defaultLocale;
}
