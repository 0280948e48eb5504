/**
 * `npm run size`: checks every built op-ed page (dist/opinion/<slug>/index.html)
 * against the byte budgets in tools/gates/size-measure.ts, prints a table of all
 * measurements and fails naming the file and the number when one is over.
 * DIST_DIR picks another build folder.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { readToolSettings, settingsOrExit } from '../../src/config/env.ts';
import { budgets, failures, measurePage, type Measurement } from './size-measure.ts';

const { distDir } = settingsOrExit(readToolSettings);
const opinionDir = join(distDir, 'opinion');

const pages = existsSync(opinionDir)
  ? readdirSync(opinionDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(opinionDir, entry.name, 'index.html')))
      .map((entry) => join(opinionDir, entry.name, 'index.html'))
  : [];
if (pages.length === 0) {
  console.error(`No op-ed pages in ${opinionDir}/*/index.html. Run \`npm run build\` first.`);
  process.exit(1);
}

/** Site paths are looked up in the build folder, so a page's assets are measured as published. */
const readAsset = (sitePath: string): Buffer | undefined => {
  const file = join(distDir, sitePath);
  if (!file.startsWith(distDir) || !existsSync(file)) return undefined;
  return readFileSync(file);
};

const measurements: Measurement[] = pages.flatMap((file) => {
  const html = readFileSync(file, 'utf-8');
  const canonical = parseHTML(html).document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const pagePath = `/${relative(distDir, file).replace(/index\.html$/, '')}`;
  const pageUrl = new URL(canonical ?? pagePath, 'https://site.invalid');
  return measurePage(relative(process.cwd(), file), html, pageUrl, readAsset);
});

const rows = measurements.map((m) => ({
  page: m.page,
  what: m.what,
  bytes: m.bytes,
  budget: budgets[m.budget],
  used: `${((100 * m.bytes) / budgets[m.budget]).toFixed(1)}%`,
  result: failures(m).length === 0 ? 'ok' : 'OVER',
}));
console.table(rows);

const problems = measurements.flatMap(failures);
if (problems.length > 0) {
  console.error(`\nByte budgets failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`All ${pages.length} op-ed page(s) are within the byte budgets.`);
