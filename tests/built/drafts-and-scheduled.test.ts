import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type FixtureBuild } from '../support/build-fixture';
import { listFiles, listPages } from '../support/site';

const hidden = [
  'draft-op-ed-unseen',
  'Draft headline nobody should see',
  'draft-only-topic',
  'scheduled-op-ed-unseen',
  'Scheduled headline for the future',
  'scheduled-only-topic',
];

/** Every file of the output whose text mentions `needle`: pages, feeds, sitemap, search index, images. */
function filesMentioning(build: FixtureBuild, needle: string): string[] {
  return listFiles(build.outDir).filter((file) =>
    readFileSync(join(build.outDir, file), 'latin1').includes(Buffer.from(needle).toString('latin1')),
  );
}

describe('drafts and scheduled op-eds in the production build', () => {
  let build: FixtureBuild;
  beforeAll(() => {
    build = buildFixture('drafts-and-scheduled');
  });

  it('publishes the published op-ed', () => {
    expect(build.status).toBe(0);
    expect(listPages(build.outDir)).toContain('/opinion/published-op-ed/');
    expect(filesMentioning(build, 'A published op-ed').length).toBeGreaterThan(0);
  });

  it('tells the editors when the scheduled op-ed goes live, in Almaty time with its offset then', () => {
    // Written as 10:00+06:00; Almaty is at UTC+5 since 2024, so it is 09:00 there.
    const notices = build.output.split('\n').filter((line) => line.startsWith('Schedule:'));
    expect(notices).toEqual([
      `Schedule: the next op-ed, “Scheduled headline for the future” (tests/fixtures/drafts-and-scheduled/opinions/scheduled-op-ed-unseen.mdx), goes live on 2999-01-01 at 09:00 Asia/Almaty time (UTC+05:00), with the first build after then.`,
    ]);
  });

  it.each(hidden)('“%s” appears in no file of the output', (needle) => {
    expect(filesMentioning(build, needle)).toEqual([]);
  });

  it('publishes a scheduled op-ed in a build at or after its time', () => {
    const later = buildFixture('drafts-and-scheduled', { BUILD_TIME: '2999-01-01T04:00:00Z' });
    expect(later.status).toBe(0);
    expect(listPages(later.outDir)).toContain('/opinion/scheduled-op-ed-unseen/');
    expect(listPages(later.outDir)).not.toContain('/opinion/draft-op-ed-unseen/');
  });
});

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** The environment an editor's `npm run dev` has: without vitest's variables, which make astro dev answer 404. */
function editorShellEnv(): NodeJS.ProcessEnv {
  const testVariables = /^(VITEST.*|TEST|DEV|PROD|MODE|SSR|BASE_URL|NODE_ENV)$/;
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !testVariables.test(name)));
}

describe('drafts in npm run dev', () => {
  let dev: ChildProcess;
  let origin: string;

  beforeAll(async () => {
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    const scratch = mkdtempSync(join(tmpdir(), 'dev-drafts-'));
    const log = openSync(join(scratch, 'dev.log'), 'w');
    dev = spawn('npx', ['astro', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
      detached: true,
      stdio: ['ignore', log, log],
      env: {
        ...editorShellEnv(),
        CONTENT_DIR: resolve('tests/fixtures/drafts-and-scheduled'),
        ASTRO_CACHE_DIR: join(scratch, 'cache'),
      },
    });
    // Ready once the published op-ed renders (content synced); slow on a busy machine.
    const deadline = Date.now() + 240_000;
    while (Date.now() < deadline) {
      const ready = await fetch(`${origin}/opinion/published-op-ed/`, {
        signal: AbortSignal.timeout(30_000),
      }).then(
        (response) => response.ok,
        () => false,
      );
      if (ready) return;
      await new Promise((wait) => setTimeout(wait, 1000));
    }
    throw new Error(`astro dev did not start:\n${readFileSync(join(scratch, 'dev.log'), 'utf-8')}`);
  });

  afterAll(() => {
    if (dev.pid) process.kill(-dev.pid);
  });

  it('shows a draft so editors can preview it', async () => {
    const response = await fetch(`${origin}/opinion/draft-op-ed-unseen/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Draft headline nobody should see');
  });
});
