/**
 * Both the compile cache and the syntax-error explainer work by wrapping the
 * transform of @astrojs/mdx's Vite plugin (neither Astro nor Vite has a hook
 * around another plugin's compile). This finds that plugin and wraps it once
 * per wrapper.
 */

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
      const mdx = resolved.plugins.find((plugin) => plugin.name === MDX_PLUGIN);
      if (!mdx || wrapped.has(mdx)) return;
      wrapped.add(mdx);
      wrapTransform(mdx as unknown as TransformingPlugin, wrap);
    },
  };
}
