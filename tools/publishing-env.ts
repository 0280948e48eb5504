/**
 * The environment every publishing build runs in: `npm run build`'s steps,
 * and a test's plain `astro build`.
 *
 * Astro reads import.meta.env.DEV (and MODE, PROD…) from variables of those
 * names when they are set, and a NODE_ENV other than production turns DEV
 * on too: a shell's DEV=1 or a test runner's NODE_ENV=test would then
 * preview drafts in the published site. And a newsroom's build reports to no
 * one: Astro's CLI would otherwise send usage telemetry to astro.build.
 */
export function publishingEnv(base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' };
  for (const name of ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL']) delete env[name];
  return env;
}
