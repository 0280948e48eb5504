import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { compile } from '@mdx-js/mdx';
import type { z } from 'astro/zod';
import { VFile } from 'vfile';
import {
  authorSchema,
  opinionFileSchema,
  standardsPageSchema,
  topicSchema,
} from '../../src/content-model/schema';
import { CleanVerdicts } from '../../src/deploy/clean-verdicts';
import { refusingRemarkPlugins, rehypePlugins } from '../../src/markdown/pipeline';
import { explainedMdxSyntaxError, type ThrownError } from '../../src/markdown/explain-mdx-error';
import { formatProblem } from '../../src/markdown/report';
import { frontmatterKeyLine, parseFrontmatter, splitFrontmatter } from '../../src/content-model/frontmatter';
import { opinionIdFromPath } from '../../src/content-model/opinion-id';
import { referenceProblems } from '../../src/content-model/reference-checks';
import { addressProblems } from '../../src/content-model/addresses';
import { misplacedStandardsPage, standardsPageOf } from '../../src/content-model/standards-pages';
import { slugFromHeadline, slugPattern } from '../../src/content-model/slug';

/** Everything the rules are made of: schemas, Markdown plugins, their helpers, config and packages. */
export const RULE_SOURCES = [
  'src/content-model',
  'src/markdown',
  'src/config',
  'src/i18n',
  'tools/content-check',
  'package-lock.json',
];

/**
 * `npm run check`: every rule the build enforces on content, without the
 * build — the same schema and the same Markdown plugins — reporting every
 * problem in every file at once, one line each:
 *   file:line: field — problem. Fix: what to do
 */
export async function checkContent(
  contentDir: string,
  verdicts = new CleanVerdicts(undefined, ''),
): Promise<string[]> {
  const problems: string[] = [];
  const authorIds = checkEntries(
    join(contentDir, 'authors'),
    authorSchema,
    'author’s',
    problems,
    photoProblems,
  );
  const topicIds = checkEntries(join(contentDir, 'topics'), topicSchema, 'topic’s', problems);
  const opinions = listFiles(join(contentDir, 'opinions'), /\.mdx$/);
  checkFileNames(opinions, problems);
  // An op-ed's verdict also depends on which authors, topics and files (images)
  // exist, so those are part of what a remembered verdict was given for. Other
  // op-eds are not (a new one leaves the others' verdicts standing), and the
  // list is hashed once, not once per op-ed.
  const context = createHash('sha256')
    .update(
      listFiles(contentDir, /./)
        .filter((path) => !path.endsWith('.mdx'))
        .join('\n'),
    )
    .digest('hex');
  for (const path of opinions) {
    const source = readFileSync(path, 'utf-8');
    const found = await verdicts.check(path, `${context}\0${source}`, () =>
      checkOpinion(path, authorIds, topicIds),
    );
    // A plugin reports all its problems in one message, one per line.
    problems.push(...found.flatMap((text) => text.split('\n')).sort(byLine));
  }
  problems.push(...checkAddresses(opinions));
  problems.push(...checkStandardsPages(contentDir));
  return problems;
}

/** The outlet's pages: where they are and their two fields (src/content-model/standards-pages.ts). */
function checkStandardsPages(contentDir: string): string[] {
  const base = join(contentDir, 'pages');
  return listFiles(base, /\.mdx$/).flatMap((path) => {
    const file = shown(path);
    if (!standardsPageOf(relative(base, path).split(/[\\/]/).join('/'))) {
      const { field, problem, fix } = misplacedStandardsPage;
      return [formatProblem(file, undefined, field, problem, fix)];
    }
    const { raw } = splitFrontmatter(readFileSync(path, 'utf-8'));
    let data: unknown;
    try {
      data = parseFrontmatter(raw);
    } catch (error) {
      return [yamlProblem(path, error, 2)];
    }
    const result = standardsPageSchema.safeParse(data);
    if (result.success) return [];
    return result.error.issues.map((issue) => {
      const field = issue.path.join('.') || 'frontmatter';
      const { problem, fix } = splitMessage(field, issue.message);
      return formatProblem(file, frontmatterKeyLine(raw, field) ?? 1, field, problem, fix);
    });
  });
}

/** The build's rule for addresses across op-eds (src/content-model/addresses.ts), over every file. */
function checkAddresses(paths: readonly string[]): string[] {
  const opinions = paths.map((path) => {
    let oldAddresses: unknown;
    try {
      oldAddresses = parseFrontmatter(splitFrontmatter(readFileSync(path, 'utf-8')).raw).oldAddresses;
    } catch {
      // A file whose frontmatter does not parse is reported by its own check.
    }
    return {
      id: opinionIdFromPath(path),
      file: shown(path),
      oldAddresses: Array.isArray(oldAddresses) ? oldAddresses.filter((old) => typeof old === 'string') : [],
    };
  });
  return addressProblems(opinions).map(({ file, field, problem, fix }) =>
    formatProblem(file, undefined, field, problem, fix),
  );
}

/** Orders one file's problems top to bottom, as the editor reads the file. */
function byLine(a: string, b: string): number {
  const line = (text: string) => Number(/^[^:]+:(\d+):/.exec(text)?.[1] ?? 0);
  return line(a) - line(b);
}

function listFiles(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf-8' })
    .filter((name) => pattern.test(name))
    .map((name) => join(dir, name))
    .sort();
}

/** Paths as editors see them: relative to where the command runs. */
function shown(path: string): string {
  return relative(process.cwd(), resolve(path)) || path;
}

/**
 * Checks each YAML entry (an author, a topic) in `dir` against `schema`, and
 * a valid one with `more`; returns their ids.
 */
function checkEntries<Schema extends z.ZodType>(
  dir: string,
  schema: Schema,
  whose: string,
  problems: string[],
  more?: (data: z.output<Schema>, path: string) => string[],
): Set<string> {
  const ids = new Set<string>();
  for (const path of listFiles(dir, /\.ya?ml$/)) {
    ids.add(
      path
        .split(/[\\/]/)
        .pop()!
        .replace(/\.ya?ml$/, ''),
    );
    let data: unknown;
    try {
      data = parseFrontmatter(readFileSync(path, 'utf-8'));
    } catch (error) {
      problems.push(yamlProblem(path, error, 1));
      continue;
    }
    const result = schema.safeParse(data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = issue.path.join('.') || 'file';
        problems.push(
          formatProblem(
            shown(path),
            undefined,
            field,
            issue.message,
            `correct the field in the ${whose} file`,
          ),
        );
      }
    } else {
      problems.push(...(more?.(result.data, path) ?? []));
    }
  }
  return ids;
}

/** An author's photo must exist next to the author file. */
function photoProblems({ photo }: { photo?: string | undefined }, path: string): string[] {
  if (!photo || existsSync(resolve(dirname(path), photo))) return [];
  return [
    formatProblem(
      shown(path),
      undefined,
      'photo',
      `the photo “${photo}” was not found`,
      'check the file name and folder; the path is relative to this author file, e.g. ./photos/name.jpg',
    ),
  ];
}

function checkFileNames(paths: string[], problems: string[]) {
  const byId = new Map<string, string[]>();
  for (const path of paths) {
    const id = opinionIdFromPath(path);
    byId.set(id, [...(byId.get(id) ?? []), path]);
    if (!slugPattern.test(id)) {
      problems.push(
        formatProblem(
          shown(path),
          undefined,
          'file name',
          `“${id}.mdx” cannot be an address: file names become URLs and must be lower-case Latin letters, digits and hyphens`,
          `rename the file to ${slugFromHeadline(id) || 'a-short-english-name'}.mdx`,
        ),
      );
    }
  }
  for (const [id, files] of byId) {
    if (files.length < 2) continue;
    for (const path of files) {
      problems.push(
        formatProblem(
          shown(path),
          undefined,
          'file name',
          `${files.length} op-eds are named “${id}.mdx” (${files.map(shown).join(', ')}), and would share the address /opinion/${id}/`,
          'rename one of the files; the file name is the op-ed’s address',
        ),
      );
    }
  }
}

function yamlProblem(path: string, error: unknown, lineOffset: number): string {
  const mark = (error as { mark?: { line?: number } }).mark;
  const reason = (error as { reason?: string }).reason ?? String(error);
  return formatProblem(
    shown(path),
    mark?.line !== undefined ? mark.line + lineOffset : undefined,
    'frontmatter',
    `the lines between the --- marks are not valid YAML (${reason})`,
    'write each field as  name: "value"  on its own line; put text containing a colon or quotes inside double quotes',
  );
}

/** Fixes for issues whose message names only the problem (zod's own messages). */
const fixes: Record<string, string> = {
  tags: 'write the topics as a list, e.g.  tags: [kazakhstan, elections]',
  authors: 'write the author ids as a list, e.g.  authors: [guest-contributor]',
  lang: 'write one of  lang: en,  lang: ru,  lang: kk',
  draft: 'write  draft: true  or  draft: false',
};

/** Splits "problem. Fix sentence." messages from the schema into problem and fix. */
function splitMessage(field: string, message: string): { problem: string; fix: string } {
  const at = message.indexOf('. ');
  if (at > 0) return { problem: message.slice(0, at), fix: message.slice(at + 2) };
  return {
    problem: message.replace(/\.$/, ''),
    fix: fixes[field.split('.')[0]!] ?? `correct ${field} (see EDITING.md, “Frontmatter”)`,
  };
}

async function checkOpinion(path: string, authorIds: Set<string>, topicIds: Set<string>): Promise<string[]> {
  const problems: string[] = [];
  const file = shown(path);
  const source = readFileSync(path, 'utf-8');
  const { raw, present, body } = splitFrontmatter(source);
  if (!present) {
    return [
      formatProblem(
        file,
        1,
        'frontmatter',
        'the file does not start with the --- block of fields (title, description, published, authors)',
        'create op-eds with  npm run new -- "Headline"  and copy your text into the new file',
      ),
    ];
  }

  let data: Record<string, unknown> = {};
  try {
    data = parseFrontmatter(raw);
  } catch (error) {
    problems.push(yamlProblem(path, error, 2));
  }

  for (const { field, problem, fix } of referenceProblems(
    data,
    path,
    [...authorIds].sort(),
    [...topicIds].sort(),
  )) {
    problems.push(
      formatProblem(file, frontmatterKeyLine(raw, field.split('.')[0]!) ?? 1, field, problem, fix),
    );
  }
  const result = opinionFileSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [issue.path.join('.') || 'frontmatter'];
      for (const field of keys) {
        const { problem, fix } = splitMessage(field, issue.message);
        problems.push(
          formatProblem(file, frontmatterKeyLine(raw, field.split('.')[0]!) ?? 1, field, problem, fix),
        );
      }
    }
  }

  const vfile = new VFile({ path: file, value: body, data: { astro: { frontmatter: data } } });
  try {
    await compile(vfile, { remarkPlugins: refusingRemarkPlugins, rehypePlugins, jsx: true });
  } catch (error) {
    problems.push(bodyProblem(file, error as ThrownError));
  }
  return problems;
}

function bodyProblem(file: string, error: ThrownError): string {
  const explained = explainedMdxSyntaxError(error, file);
  if (explained !== undefined) return explained;
  const reason = error.reason ?? error.message;
  // Our remark plugins already name the file and line.
  if (reason.startsWith(file)) return reason;
  return formatProblem(file, error.line, 'body', reason, 'see EDITING.md, “When the build stops”');
}
