/**
 * Where op-eds and authors are read from. `content/` for the real site;
 * tests and the benchmark point CONTENT_DIR at a fixture folder instead, so
 * the real content is never touched.
 */
export const contentDir = (process.env.CONTENT_DIR ?? './content').replace(/\/$/, '');
