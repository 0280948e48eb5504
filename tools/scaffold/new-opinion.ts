/**
 * `npm run new -- "Headline" [--author <id>] [--date <date-time with offset>] [--lang en|ru|kk]`
 * creates content/opinions/<slug>.mdx from the template. The logic lives in
 * tools/scaffold/scaffold.ts; this only reads the arguments and prints the outcome.
 */
import { parseArgs } from 'node:util';
import { ScaffoldError, scaffoldOpinion } from './scaffold.ts';
import { buildSettings, settingsOrExit } from '../../src/config/env.ts';

const usage =
  'Usage: npm run new -- "Headline" [--author <author-id>] [--date 2026-06-10T09:00:00+05:00] [--lang en|ru|kk]';

try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { author: { type: 'string' }, date: { type: 'string' }, lang: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new ScaffoldError(usage);
  const { path, slug, lang, topics } = scaffoldOpinion({
    headline: positionals[0]!,
    author: values.author,
    date: values.date,
    lang: values.lang,
    contentDir: settingsOrExit(buildSettings).contentDir,
  });
  console.log(`Created ${path} (language: ${lang}; say --lang to choose another)
Its address will be /opinion/${slug}/
Next: open the file (or the CMS: npm run cms), write the op-ed, and run  npm run dev  to preview it;
npm run draft -- ${slug}  makes a copy to send the author.
Topics: list them in  tags:  by file name from content/topics/ (${topics.join(', ') || 'none yet'}); to add a topic, see EDITING.md, “Topics”.
It is a draft (draft: true) until you change that line to  draft: false  — see EDITING.md.`);
} catch (error) {
  if (!(error instanceof ScaffoldError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')))
    throw error;
  console.error((error as Error).message);
  process.exit(1);
}
