import { existsSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { z } from 'astro/zod';
import { parseOffsetDateTime } from '../content-model/offset-date-time.ts';

/**
 * Every setting read from the environment, checked once, so a bad value
 * stops the build (or the tool) with the variable, what was expected and an
 * example, before anything is built or published. A schema rather than
 * `astro:env`: the same settings are read by Astro's config, by
 * tools/build.mjs before Astro starts, and by the tools, where `astro:env`
 * does not exist. README's "Settings" table lists them.
 */

/** Folders of the project a build must never be written over. */
const projectFolders = ['src', 'public', 'content', 'tools', 'tests', 'deploy', 'bench', 'node_modules'];

type Environment = Readonly<Record<string, string | undefined>>;

/** One variable: an optional string (empty counts as a value, and a wrong one), checked by `accept`. */
function variable<T>(
  name: string,
  expected: string,
  fallback: string | undefined,
  accept: (value: string) => T | undefined,
) {
  return z
    .string()
    .optional()
    .transform((value, context): T | undefined => {
      const raw = value ?? fallback;
      if (raw === undefined) return undefined;
      const accepted = accept(raw);
      if (accepted === undefined) {
        context.issues.push({
          code: 'custom',
          input: value,
          message:
            value === undefined
              ? `${name} is not set, and its default ${JSON.stringify(fallback)} does not fit: set it to ${expected}`
              : `${name} must be ${expected}, got ${JSON.stringify(value)}`,
        });
        return z.NEVER;
      }
      return accepted;
    });
}

const isFolder = (path: string) => existsSync(path) && statSync(path).isDirectory();
const isFile = (path: string) => existsSync(path) && statSync(path).isFile();
/** A path where a folder can be created: not empty, and not an existing file. */
const folderPath = (path: string) => (path.trim() !== '' && !isFile(path) ? path : undefined);

function siteOrigin(value: string): string | undefined {
  const url = URL.parse(value);
  const bare = url && !url.username && !url.password && url.pathname === '/' && !url.search && !url.hash;
  return bare && url.protocol === 'https:' && url.hostname.includes('.') ? url.origin : undefined;
}

const instantOf = (value: string) => parseOffsetDateTime(value)?.instant;

function outputFolder(value: string): string | undefined {
  const path = resolve(value);
  const project = process.cwd();
  // The build renames this folder away and back: never the project, an ancestor of it, or a source folder.
  const holdsProject = !relative(path, project).startsWith('..');
  const isSource = projectFolders.some((folder) => path === resolve(project, folder));
  return value.trim() !== '' && !holdsProject && !isSource && !isFile(path) ? path : undefined;
}

/** Where `npm run build` publishes and `npm run serve` and the size gate read the site. */
const distDir = () =>
  variable(
    'DIST_DIR',
    'a folder of its own for the built site, such as dist or /srv/opinions/dist (not the project, one of its folders, or a file)',
    'dist',
    outputFolder,
  );

function buildSchema() {
  return z
    .object({
      /** Public origin of the site, used in canonical links, feeds, sitemaps and previews. */
      SITE_URL: variable(
        'SITE_URL',
        'an absolute https URL with no path, such as https://opinions.example.kz/',
        'https://opinion.example.kz',
        siteOrigin,
      ),
      /** The moment to build the site as of; unset: now. Later values preview scheduled op-eds. */
      BUILD_TIME: variable(
        'BUILD_TIME',
        'a date-time with its offset, such as 2030-01-01T09:00:00+05:00',
        undefined,
        instantOf,
      ),
      /** Folder holding opinions/ and authors/. */
      CONTENT_DIR: variable(
        'CONTENT_DIR',
        'a folder holding opinions/ and authors/, such as ./content',
        './content',
        (value) =>
          isFolder(resolve(value, 'opinions')) && isFolder(resolve(value, 'authors'))
            ? value.replace(/\/$/, '')
            : undefined,
      ),
      /** Folder for Astro's build cache and remembered check verdicts. */
      ASTRO_CACHE_DIR: variable(
        'ASTRO_CACHE_DIR',
        'a folder path (not a file), such as ./node_modules/.astro',
        './node_modules/.astro',
        folderPath,
      ),
      /** Folder for drawn social images, reused across builds. */
      SOCIAL_IMAGE_CACHE_DIR: variable(
        'SOCIAL_IMAGE_CACHE_DIR',
        'a folder path (not a file), such as node_modules/.cache/og',
        'node_modules/.cache/og',
        (value) => (folderPath(value) === undefined ? undefined : resolve(value)),
      ),
      /** Where `npm run build` publishes the site. */
      DIST_DIR: distDir(),
      /** `1`: `npm run build` skips the content check (tests prove the build enforces the rules alone). */
      SKIP_CONTENT_CHECK: variable(
        'SKIP_CONTENT_CHECK',
        '1 (skip the content check) or 0 (run it)',
        '0',
        (value) => ({ '1': true, '0': false })[value],
      ),
    })
    .transform((env) => ({
      siteUrl: env.SITE_URL!,
      buildTime: env.BUILD_TIME,
      contentDir: env.CONTENT_DIR!,
      cacheDir: env.ASTRO_CACHE_DIR!,
      socialImageCacheDir: env.SOCIAL_IMAGE_CACHE_DIR!,
      distDir: env.DIST_DIR!,
      skipContentCheck: env.SKIP_CONTENT_CHECK!,
    }));
}

export type BuildSettings = z.output<ReturnType<typeof buildSchema>>;

const toolSchema = z
  .object({
    /** nginx binary `npm run serve` runs. */
    NGINX_BIN: variable(
      'NGINX_BIN',
      'the path of the nginx program, such as /usr/sbin/nginx',
      '/usr/sbin/nginx',
      (value) => (value.trim() === '' ? undefined : value),
    ),
    /** Address `npm run serve` listens on. */
    HOST: variable('HOST', 'a host name or IP address, such as 127.0.0.1', '127.0.0.1', (value) =>
      /^[\w.:-]+$/.test(value) ? value : undefined,
    ),
    /** Port `npm run serve` listens on. */
    PORT: variable('PORT', 'a port number from 1 to 65535, such as 8080', '8080', (value) => {
      const port = /^\d+$/.test(value) ? Number(value) : NaN;
      return port >= 1 && port <= 65535 ? port : undefined;
    }),
    /** Chromium binary the quality gates drive. */
    CHROMIUM_PATH: variable(
      'CHROMIUM_PATH',
      'the path of a Chromium program, such as /usr/bin/chromium',
      '/usr/bin/chromium',
      (value) => (value.trim() === '' ? undefined : value),
    ),
    /** The built site `npm run serve` and the size gate read. */
    DIST_DIR: distDir(),
  })
  .transform((env) => ({
    nginx: env.NGINX_BIN!,
    host: env.HOST!,
    port: env.PORT!,
    chromium: env.CHROMIUM_PATH!,
    distDir: env.DIST_DIR!,
  }));

export type ToolSettings = z.output<typeof toolSchema>;

/** A bad setting: the message lists every bad variable at once. */
export class SettingsError extends Error {
  override name = 'SettingsError';
}

function parseSettings<Schema extends z.ZodType>(schema: Schema, env: Environment): z.output<Schema> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  throw new SettingsError(
    [
      'Environment settings are wrong, so nothing was built or published:',
      ...result.error.issues.map((issue) => `  ${issue.message}`),
      'Fix them (README.md, "Settings", lists every variable) and run the command again.',
    ].join('\n'),
  );
}

/** The build's settings from `env`. */
export function readBuildSettings(env: Environment): BuildSettings {
  return parseSettings(buildSchema(), env);
}

/** The tools' settings (`npm run serve`, the quality gates) from `env`. */
export function readToolSettings(env: Environment = process.env): ToolSettings {
  return parseSettings(toolSchema, env);
}

let current: BuildSettings | undefined;

/** This process's build settings, read from process.env once. */
export function buildSettings(): BuildSettings {
  current ??= readBuildSettings(process.env);
  return current;
}

/** For command-line tools: the settings `read` returns, or its message (no stack) and exit status 1. */
export function settingsOrExit<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
