import { remarkFigureImages } from './remark-figure-images';
import { remarkSafeMdx } from './remark-safe-mdx';

/**
 * The checks that guard what editors write, in order: refuse code first,
 * then resolve and check images. Shared by astro.config.mjs (the build) and
 * `npm run check`, so both refuse exactly the same things.
 */
export const editorRemarkPlugins = [remarkSafeMdx, remarkFigureImages];
