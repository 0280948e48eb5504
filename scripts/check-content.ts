/**
 * `npm run check`: checks every op-ed and author without building the site
 * and lists every problem at once. Exit status 1 if there are any. The rules
 * live in src/lib/content-check.ts.
 */
import { contentDir } from '../src/config/content-dir.ts';
import { checkContent } from '../src/lib/content-check.ts';

const problems = await checkContent(contentDir);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(
    `\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${contentDir}. Fix each one as described, then run  npm run check  again.`,
  );
  process.exit(1);
}
console.log(`Content check passed: ${contentDir} has no problems.`);
