import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBuildSettings, readToolSettings, SettingsError } from '../../src/config/env';

const build = (env: Record<string, string>) => readBuildSettings(env);
/** The message a bad value stops the build with. */
const refusal = (read: () => unknown) => {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(SettingsError);
    return (error as Error).message;
  }
  throw new Error('the settings were accepted');
};

describe('build settings from the environment', () => {
  it('has a default for every variable, so a plain `npm run build` needs none', () => {
    expect(build({})).toEqual({
      siteUrl: 'https://opinion.example.kz',
      buildTime: undefined,
      contentDir: './content',
      cacheDir: './node_modules/.astro',
      socialImageCacheDir: resolve('node_modules/.cache/og'),
      distDir: resolve('dist'),
      skipContentCheck: false,
    });
  });

  it.each([
    ['https://opinions.example.kz/', 'https://opinions.example.kz'],
    ['https://opinions.example.kz', 'https://opinions.example.kz'],
    ['https://Opinions.Example.KZ:8443/', 'https://opinions.example.kz:8443'],
  ])('SITE_URL accepts %s as the origin %s', (value, origin) => {
    expect(build({ SITE_URL: value }).siteUrl).toBe(origin);
  });

  it.each([
    'foo',
    '',
    'http://opinions.example.kz/',
    'https://opinions.example.kz/news/',
    'https://localhost/',
    '//opinions.example.kz/',
    'https://opinions.example.kz/?utm=x',
  ])('SITE_URL refuses %j, naming the variable, what it expects and an example', (value) => {
    expect(refusal(() => build({ SITE_URL: value }))).toContain(
      `SITE_URL must be an absolute https URL with no path, such as https://opinions.example.kz/, got ${JSON.stringify(value)}`,
    );
  });

  it.each([
    ['2999-01-01T04:00:00Z', '2999-01-01T04:00:00.000Z'],
    ['2026-12-03T13:00:00+05:00', '2026-12-03T08:00:00.000Z'],
    ['2001-01-01T00:00:00Z', '2001-01-01T00:00:00.000Z'],
  ])('BUILD_TIME accepts %s (a past moment replays the site as it was)', (value, instant) => {
    expect(build({ BUILD_TIME: value }).buildTime?.toISOString()).toBe(instant);
  });

  it.each([
    ['a time without its offset', '2030-01-01T09:00:00'],
    ['a date alone', '2030-01-01'],
    ['a date that does not exist', '2030-02-30T09:00:00+05:00'],
    ['an empty value', ''],
  ])('BUILD_TIME refuses %s', (_, value) => {
    expect(refusal(() => build({ BUILD_TIME: value }))).toMatch(
      new RegExp(
        `BUILD_TIME must be a date-time with its offset, such as 2030-01-01T09:00:00\\+05:00, got ${JSON.stringify(value).replace(/[+]/g, '\\+')}`,
      ),
    );
  });

  it('CONTENT_DIR accepts a folder with opinions/ and authors/, and refuses one without', () => {
    const folder = mkdtempSync(join(tmpdir(), 'content-'));
    mkdirSync(join(folder, 'opinions'));
    expect(refusal(() => build({ CONTENT_DIR: folder }))).toContain(
      `CONTENT_DIR must be a folder holding opinions/ and authors/, such as ./content, got ${JSON.stringify(folder)}`,
    );
    mkdirSync(join(folder, 'authors'));
    expect(build({ CONTENT_DIR: `${folder}/` }).contentDir).toBe(folder);
    expect(build({ CONTENT_DIR: 'tests/fixtures/author-unknown' }).contentDir).toBe(
      'tests/fixtures/author-unknown',
    );
    expect(refusal(() => build({ CONTENT_DIR: 'no/such/folder' }))).toContain('got "no/such/folder"');
  });

  it.each(['ASTRO_CACHE_DIR', 'SOCIAL_IMAGE_CACHE_DIR'])(
    '%s accepts a folder to create, and refuses a file or nothing',
    (name) => {
      const scratch = mkdtempSync(join(tmpdir(), 'cache-'));
      expect(() => build({ [name]: join(scratch, 'new', 'cache') })).not.toThrow();
      writeFileSync(join(scratch, 'file'), '');
      expect(refusal(() => build({ [name]: join(scratch, 'file') }))).toMatch(
        new RegExp(`${name} must be a folder path \\(not a file\\), such as .*got`),
      );
      expect(refusal(() => build({ [name]: '' }))).toContain(`${name} must be a folder path`);
    },
  );

  it('DIST_DIR accepts a folder of its own, and refuses the project, its folders or a parent of it', () => {
    expect(build({ DIST_DIR: '/srv/opinions/dist' }).distDir).toBe('/srv/opinions/dist');
    expect(build({ DIST_DIR: 'build/site' }).distDir).toBe(resolve('build/site'));
    for (const value of ['.', '..', '/', 'content', 'src', 'node_modules', 'package.json', ''])
      expect(
        refusal(() => build({ DIST_DIR: value })),
        value,
      ).toContain(
        `DIST_DIR must be a folder of its own for the built site, such as dist or /srv/opinions/dist (not the project, one of its folders, or a file), got ${JSON.stringify(value)}`,
      );
  });

  it('SKIP_CONTENT_CHECK is 1 or 0, nothing else', () => {
    expect(build({ SKIP_CONTENT_CHECK: '1' }).skipContentCheck).toBe(true);
    expect(build({ SKIP_CONTENT_CHECK: '0' }).skipContentCheck).toBe(false);
    expect(refusal(() => build({ SKIP_CONTENT_CHECK: 'yes' }))).toContain(
      'SKIP_CONTENT_CHECK must be 1 (skip the content check) or 0 (run it), got "yes"',
    );
  });

  it('lists every bad variable in one message, and says nothing was published', () => {
    const message = refusal(() => build({ SITE_URL: 'foo', BUILD_TIME: 'soon', SKIP_CONTENT_CHECK: 'true' }));
    expect(message).toMatch(/^Environment settings are wrong, so nothing was built or published:/);
    expect(message.match(/^ {2}\w+ must be/gm)).toHaveLength(3);
  });
});

describe('tool settings from the environment', () => {
  it('has defaults', () => {
    expect(readToolSettings({})).toEqual({
      nginx: '/usr/sbin/nginx',
      host: '127.0.0.1',
      port: 8080,
      chromium: '/usr/bin/chromium',
      distDir: resolve('dist'),
    });
  });

  it.each([
    ['PORT', '8081', { port: 8081 }],
    ['HOST', '0.0.0.0', { host: '0.0.0.0' }],
    ['NGINX_BIN', '/opt/nginx/sbin/nginx', { nginx: '/opt/nginx/sbin/nginx' }],
    ['CHROMIUM_PATH', '/opt/chromium/chrome', { chromium: '/opt/chromium/chrome' }],
  ])('%s accepts %s', (name, value, expected) => {
    expect(readToolSettings({ [name]: value })).toMatchObject(expected);
  });

  it.each([
    ['PORT', 'eighty', 'PORT must be a port number from 1 to 65535, such as 8080, got "eighty"'],
    ['PORT', '70000', 'PORT must be a port number from 1 to 65535, such as 8080, got "70000"'],
    ['HOST', 'my host', 'HOST must be a host name or IP address, such as 127.0.0.1, got "my host"'],
    ['NGINX_BIN', '', 'NGINX_BIN must be the path of the nginx program, such as /usr/sbin/nginx, got ""'],
    [
      'CHROMIUM_PATH',
      ' ',
      'CHROMIUM_PATH must be the path of a Chromium program, such as /usr/bin/chromium, got " "',
    ],
  ])('%s refuses %j', (name, value, message) => {
    expect(refusal(() => readToolSettings({ [name]: value }))).toContain(message);
  });
});

describe('a default that does not fit this checkout', () => {
  it('says the variable is not set and what to set it to', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'checkout-'));
    const cwd = process.cwd();
    process.chdir(elsewhere);
    try {
      expect(refusal(() => build({}))).toContain(
        'CONTENT_DIR is not set, and its default "./content" does not fit: set it to a folder holding opinions/ and authors/, such as ./content',
      );
    } finally {
      process.chdir(cwd);
    }
  });
});
