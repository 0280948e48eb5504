import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sourcesFingerprint } from '../deploy/build-fingerprint';
import {
  wrapMdxTransform,
  wrapTransform,
  type TransformHandler,
  type TransformingPlugin,
  type TransformResult,
} from './mdx-transform';

/**
 * Everything besides an op-ed's own text that decides what it compiles to:
 * the Markdown plugins and what they import, the config and the installed
 * packages. Any change here recompiles every op-ed.
 */
const PIPELINE_SOURCES = ['src/markdown', 'src/lib', 'src/config', 'astro.config.mjs', 'package-lock.json'];

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

/**
 * Reuses compiled MDX between builds. Compiling op-eds through the unified
 * pipeline (remark-smartypants needs it) is most of a build's time, and Astro
 * recompiles every op-ed on every build; with this, a rebuild after one edit
 * compiles one. Hand-written because neither Astro nor Vite offers a
 * persistent transform cache for builds. Only for `astro build`.
 */
export function mdxCompileCache(): AstroIntegration {
  let prune = () => {};
  return {
    name: 'mdx-compile-cache',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        const cacheDir = fileURLToPath(new URL('mdx-compile/', config.cacheDir));
        const fingerprint = sourcesFingerprint(root, PIPELINE_SOURCES, [
          process.env.BENCH_MARKDOWN ?? '',
          process.version,
        ]);
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
      'astro:build:done': () => prune(),
    },
  };
}
