import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import yaml from 'js-yaml';
import { opinionFileSchema } from '../../src/content-model/schema.ts';
import { readFrontmatter, splitFrontmatter } from '../../src/content-model/frontmatter.ts';
import { opinionIdFromPath } from '../../src/content-model/opinion-id.ts';
import { parseOffsetDateTime } from '../../src/content-model/offset-date-time.ts';
import { checkContent } from '../content-check/content-check.ts';
import { selfContainedPage } from './self-contained.ts';

/**
 * `npm run draft -- <slug>`: one op-ed, as readers will see it, in a single
 * HTML file an editor can send to the author. It is the real build: the op-ed
 * (with its images, its authors, the topics and the op-ed it translates) is copied into a
 * scratch content folder, made publishable there (draft off, the build's clock
 * at its publication time), built with `npm run build`'s script, and its page
 * made self-contained (tools/draft/self-contained.ts). The build's output
 * check has passed the page by then; the inlining adds only the page's own
 * styles and images, as data: addresses the check is not meant for.
 */
export interface DraftOptions {
  slug: string;
  /** The content folder holding opinions/ and authors/. */
  contentDir: string;
  /** Where the HTML file goes; defaults to drafts/<slug>.html. */
  outFile?: string | undefined;
  /** Where the draft builds keep their caches between runs. */
  cacheDir: string;
  /** "Now", for tests. */
  now?: Date | undefined;
}

export interface DraftResult {
  file: string;
  /** What the op-ed is on the real site now. */
  status: 'draft' | 'scheduled' | 'published';
  published: string;
}

/** A refusal the CLI prints as is. */
export class DraftError extends Error {}

function opinionFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf-8' })
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => join(dir, name));
}

/** Paths as editors see them, and as `npm run check` names them: relative to where the command runs. */
const shown = (path: string) => relative(process.cwd(), resolve(path)) || path;

export async function makeDraft(options: DraftOptions): Promise<DraftResult> {
  const opinionsDir = join(options.contentDir, 'opinions');
  const files = opinionFiles(opinionsDir);
  const file = files.find((path) => opinionIdFromPath(path) === options.slug);
  if (!file) {
    throw new DraftError(
      `There is no op-ed "${options.slug}" in ${opinionsDir}. Give the file name without .mdx, e.g.  npm run draft -- ${files.map((path) => opinionIdFromPath(path))[0] ?? 'my-op-ed'}`,
    );
  }

  const source = readFileSync(file, 'utf-8');
  const translationOf = readFrontmatter(source)['translationOf'];
  const original = files.find((path) => opinionIdFromPath(path) === translationOf);
  const keep = new Set([file, original].filter((path) => path !== undefined).map((path) => resolve(path)));

  const scratch = mkdtempSync(join(tmpdir(), `draft-${options.slug}-`));
  try {
    const content = join(scratch, 'content');
    // Images and other files the op-ed may show come along; no other op-ed does.
    cpSync(opinionsDir, join(content, 'opinions'), {
      recursive: true,
      filter: (path) => !path.endsWith('.mdx') || keep.has(resolve(path)),
    });
    cpSync(join(options.contentDir, 'authors'), join(content, 'authors'), { recursive: true });
    // The topics its tags name, and the outlet's pages, for the footer's and the disclaimer's links.
    for (const folder of ['topics', 'pages']) {
      const source = join(options.contentDir, folder);
      if (existsSync(source)) cpSync(source, join(content, folder), { recursive: true });
    }

    // The same rules as the build, for this op-ed, the one it translates and the authors.
    const problems = await checkContent(content);
    if (problems.length > 0) {
      throw new DraftError(
        `${problems.map((line) => line.replaceAll(shown(content), shown(options.contentDir))).join('\n')}\n\nNo draft was written. Fix ${problems.length === 1 ? 'the problem' : 'each problem'} as described above, then run  npm run draft -- ${options.slug}  again.`,
      );
    }
    const data = opinionFileSchema.parse(readFrontmatter(source));

    const copy = join(content, 'opinions', relative(opinionsDir, file));
    if (data.draft) {
      const raw = readFrontmatter(source);
      const { body } = splitFrontmatter(source);
      const frontmatter = yaml.dump({ ...raw, draft: false }, { schema: yaml.CORE_SCHEMA, lineWidth: -1 });
      writeFileSync(copy, `---\n${frontmatter}---\n${body.replace(/^\n+/, '')}`);
    }

    const now = options.now ?? new Date();
    const times = [now, ...[...keep].map((path) => instantOf(path))];
    const buildTime = new Date(Math.max(...times.map((time) => time.getTime())));
    const outDir = join(scratch, 'dist');
    const result = spawnSync(process.execPath, ['tools/build.mjs'], {
      encoding: 'utf-8',
      env: {
        ...process.env,
        CONTENT_DIR: content,
        DIST_DIR: outDir,
        ASTRO_CACHE_DIR: options.cacheDir,
        // To the second, rounded up (BUILD_TIME takes no fractions): never before the op-ed's time.
        BUILD_TIME: new Date(Math.ceil(buildTime.getTime() / 1000) * 1000)
          .toISOString()
          .replace(/\.000Z$/, 'Z'),
        SKIP_CONTENT_CHECK: '1',
      },
    });
    if (result.status !== 0) {
      const output = `${result.stdout}\n${result.stderr}`.replaceAll(content, options.contentDir);
      throw new DraftError(`${output.trim()}\n\nNo draft was written: the build refused the op-ed (above).`);
    }

    const page = join(outDir, 'opinion', options.slug, 'index.html');
    const html = selfContainedPage(readFileSync(page, 'utf-8'), outDir, data.lang);
    const out = options.outFile ?? join('drafts', `${options.slug}.html`);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, html);

    const scheduled = instantOf(file).getTime() > now.getTime();
    return {
      file: out,
      status: data.draft ? 'draft' : scheduled ? 'scheduled' : 'published',
      published: data.published,
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The publication instant of an op-ed file the content check has passed. */
function instantOf(path: string): Date {
  const { published } = readFrontmatter(readFileSync(path, 'utf-8'));
  return parseOffsetDateTime(String(published))!.instant;
}
