import Figure from './Figure.astro';

/**
 * The MDX components of an op-ed body; the page and the feeds render with the
 * same map. Points and subheads are plain HTML (src/markdown/rehype-opinion-html.ts).
 */
export const opinionComponents = { Figure };
