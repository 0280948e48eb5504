import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { editorRemarkPlugins } from './editor-plugins';
import { remarkOpinionStructure } from './remark-opinion-structure';
import { remarkLocalizedSmartypants } from './remark-localized-smartypants';
import { rehypeOpinionHtml } from './rehype-opinion-html';

/**
 * The one list of plugins every op-ed and outlet page goes through, whether
 * it is rendered when the content layer loads it (render-opinion.ts) or
 * compiled by @astrojs/mdx (astro.config.mjs).
 */
export const remarkPlugins = [...editorRemarkPlugins, remarkOpinionStructure, remarkLocalizedSmartypants];
/**
 * The ones that can refuse what an editor wrote, which `npm run check` runs:
 * all but smartypants, which never refuses and costs the most.
 */
export const refusingRemarkPlugins = remarkPlugins.filter((plugin) => plugin !== remarkLocalizedSmartypants);
export const rehypePlugins = [rehypeOpinionHtml];
/** Astro's MDX build adds these after the site's own; render-opinion.ts runs the same. */
export const astroRehypePlugins = [rehypeHeadingIds];
