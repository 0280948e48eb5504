/**
 * Where builds keep what they can reuse (Astro's incremental build, compiled
 * MDX, remembered check verdicts). Tests and the benchmark point
 * ASTRO_CACHE_DIR at a folder of their own, so their builds start cold.
 */
export const buildCacheDir = process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro';
