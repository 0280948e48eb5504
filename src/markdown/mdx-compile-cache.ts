/**
 * Reuses compiled MDX between builds: the one adapter in the project that
 * leans on another package's internals. Astro recompiles every op-ed on every
 * build, and neither Astro nor Vite offers a persistent transform cache, so
 * this wraps the transform of @astrojs/mdx's Vite plugin, found by its name.
 * It fails the build loudly if that plugin changes shape. Replace it with a
 * persistent module cache in Vite/Rolldown, or Astro rendering MDX in the
 * content layer, when either exists.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sourcesFingerprint } from '../deploy/build-fingerprint';

/** The name @astrojs/mdx gives the Vite plugin that compiles .mdx files. */
const MDX_PLUGIN = '@mdx-js/rolldown';

export interface TransformResult {
  code: string;
  map?: unknown;
  meta?: unknown;
}
export type TransformHandler = (
  this: unknown,
  code: string,
  id: string,
) => Promise<TransformResult | null | undefined>;
export interface TransformingPlugin {
  name: string;
  transform?: { filter?: unknown; handler: TransformHandler };
}

/** Replaces the plugin's transform handler with `wrap(original)`, keeping its filter. */
export function wrapTransform(
  plugin: TransformingPlugin,
  wrap: (compile: TransformHandler) => TransformHandler,
): void {
  const transform = plugin.transform;
  if (!transform) return;
  plugin.transform = { ...transform, handler: wrap(transform.handler) };
}

/**
 * A Vite plugin that wraps the MDX plugin's transform when Vite resolves its
 * config. Astro resolves the config more than once per build; each MDX plugin
 * object is wrapped only once.
 */
export function wrapMdxTransform(name: string, wrap: (compile: TransformHandler) => TransformHandler) {
  const wrapped = new WeakSet<object>();
  return {
    name,
    configResolved(resolved: { plugins: readonly { name: string }[] }) {
      const mdx = resolved.plugins.find((plugin) => plugin.name === MDX_PLUGIN) as
        TransformingPlugin | undefined;
      // Vite resolves a config per environment; only those that compile MDX have the plugin.
      if (!mdx) return;
      if (typeof mdx.transform?.handler !== 'function') throw new Error(upstreamChanged);
      if (wrapped.has(mdx)) return;
      wrapped.add(mdx);
      wrapTransform(mdx, wrap);
      found = true;
    },
  };
}

let found = false;
const upstreamChanged = `mdx-compile-cache: @astrojs/mdx no longer compiles .mdx in a Vite plugin named "${MDX_PLUGIN}" with a transform handler. Update src/markdown/mdx-compile-cache.ts to the new plugin, or remove it.`;

/** Throws when no build environment had @astrojs/mdx's plugin to wrap, so the cache never silently stops working. */
export function assertMdxPluginWrapped(): void {
  if (!found) throw new Error(upstreamChanged);
}

/**
 * Everything besides an op-ed's own text that decides what it compiles to:
 * the Markdown plugins and what they import, the config and the installed
 * packages. Any change here recompiles every op-ed.
 */
export const PIPELINE_SOURCES = [
  'src/markdown',
  'src/content-model',
  'src/config',
  'src/i18n',
  'astro.config.mjs',
  'package-lock.json',
];

/**
 * Wraps an MDX plugin's transform so each compiled op-ed is stored under a hash
 * of its path, its source and the pipeline fingerprint, and reused when all
 * three are unchanged. Errors are never stored, so a broken op-ed fails every
 * build. Every key looked up goes into `used`, for pruning.
 */
export function cacheTransform(
  plugin: TransformingPlugin,
  cacheDir: string,
  fingerprint: string,
  used: Set<string>,
): void {
  wrapTransform(plugin, (compile) => cachedCompile(compile, cacheDir, fingerprint, used));
}

function cachedCompile(
  compile: TransformHandler,
  cacheDir: string,
  fingerprint: string,
  used: Set<string>,
): TransformHandler {
  return async function (code, id) {
    const key = createHash('sha256').update(fingerprint).update(id).update('\0').update(code).digest('hex');
    used.add(key);
    const file = join(cacheDir, `${key}.json`);
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf-8')) as TransformResult;
    const result = await compile.call(this, code, id);
    if (result) {
      mkdirSync(cacheDir, { recursive: true });
      writeFileSync(file, JSON.stringify(result));
    }
    return result;
  };
}

/** Removes stored compiles that the last build did not use (edited or deleted op-eds). */
export function pruneCache(cacheDir: string, used: ReadonlySet<string>): void {
  if (used.size === 0 || !existsSync(cacheDir)) return;
  for (const name of readdirSync(cacheDir)) {
    if (!used.has(name.replace(/\.json$/, ''))) rmSync(join(cacheDir, name), { force: true });
  }
}

/** The compile cache as an integration, for `astro build` only. */
export function mdxCompileCache(): AstroIntegration {
  let prune = () => {};
  return {
    name: 'mdx-compile-cache',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        const cacheDir = fileURLToPath(new URL('mdx-compile/', config.cacheDir));
        const fingerprint = sourcesFingerprint(root, PIPELINE_SOURCES, [process.version]);
        const used = new Set<string>();
        updateConfig({
          vite: {
            plugins: [
              wrapMdxTransform('mdx-compile-cache', (compile) =>
                cachedCompile(compile, cacheDir, fingerprint, used),
              ),
            ],
          },
        });
        prune = () => pruneCache(cacheDir, used);
      },
      'astro:build:done': () => {
        assertMdxPluginWrapped();
        prune();
      },
    },
  };
}
