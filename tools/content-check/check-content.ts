/**
 * `npm run check`: checks every op-ed and author without building the site
 * and lists every problem at once. Exit status 1 if there are any. The rules
 * live in tools/content-check/content-check.ts. Op-eds found clean before are not
 * checked again while they, the rules and the files they may refer to stay
 * the same (see src/deploy/clean-verdicts.ts).
 */
import { join } from 'node:path';
import { buildSettings, settingsOrExit } from '../../src/config/env.ts';
import { sourcesFingerprint } from '../../src/deploy/build-fingerprint.ts';
import { CleanVerdicts } from '../../src/deploy/clean-verdicts.ts';
import { checkContent, RULE_SOURCES } from './content-check.ts';

const { cacheDir, contentDir } = settingsOrExit(buildSettings);
const verdicts = new CleanVerdicts(
  join(cacheDir, 'content-check.json'),
  sourcesFingerprint(process.cwd(), RULE_SOURCES, [process.version]),
);
const problems = await checkContent(contentDir, verdicts);
verdicts.save();
if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(
    `\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${contentDir}. Fix each one as described, then run  npm run check  again.`,
  );
  process.exit(1);
}
console.log(`Content check passed: ${contentDir} has no problems.`);
