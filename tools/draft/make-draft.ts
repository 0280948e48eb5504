/**
 * `npm run draft -- <slug> [--out file.html]` writes one self-contained HTML
 * file of the op-ed for its author to approve. The logic lives in
 * tools/draft/draft.ts; this only reads the arguments and prints the outcome.
 */
import { parseArgs } from 'node:util';
import { buildSettings, settingsOrExit } from '../../src/config/env.ts';
import { DraftError, makeDraft } from './draft.ts';

const usage =
  'Usage: npm run draft -- <slug> [--out drafts/my-op-ed.html]   (the slug is the file name without .mdx)';

const { cacheDir, contentDir } = settingsOrExit(buildSettings);

try {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
  if (positionals.length !== 1) throw new DraftError(usage);
  const slug = positionals[0]!.replace(/\.mdx$/, '');
  console.log(`Building the draft of ${slug}…`);
  const { file, status, published } = await makeDraft({
    slug,
    contentDir,
    outFile: values.out,
    // Draft builds keep their own caches: they never reuse or replace the site's.
    cacheDir: `${cacheDir.replace(/\/$/, '')}-draft`,
  });
  const state = {
    draft: 'It is still a draft (draft: true): the site will not show it until you change that line.',
    scheduled: `It is scheduled: the site shows it from ${published}.`,
    published: `It is already on the site (published ${published}).`,
  }[status];
  console.log(`Wrote ${file}
Send this one file to the author: it opens in any browser, offline, and says it is a draft.
${state}`);
} catch (error) {
  if (!(error instanceof DraftError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')))
    throw error;
  console.error((error as Error).message);
  process.exit(1);
}
