/**
 * Synthetic op-eds for `npm run bench`: op-ed-sized MDX (≈4 KB, like the seed)
 * with subheads, quotes for smartypants and <Points> lists whose ordinals pass
 * the build's checks. Deterministic, so every run builds the same site.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const words = (
  'election policy reform region parliament voters economy budget council citizens ministry court press freedom ' +
  'energy water steppe border trade tariff pension school hospital village city road railway grain oil gas ' +
  'future decade promise crisis dialogue opposition protest youth mayor akim governor report analysis'
).split(' ');

const ordinals = ['First', 'Second', 'Third', 'Fourth', 'Fifth'];

/** A small linear congruential generator: the same seed gives the same op-ed. */
function random(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

function sentence(next: () => number, length = 14, quotes = true): string {
  const picked = Array.from(
    { length: length + Math.floor(next() * 8) },
    () => words[Math.floor(next() * words.length)]!,
  );
  const text = picked.join(' ');
  const quoted = quotes && next() < 0.3 ? ` The so-called "${picked[1]} ${picked[2]}" isn't new.` : '';
  return `${text[0]!.toUpperCase()}${text.slice(1)}.${quoted}`;
}

function paragraph(next: () => number): string {
  return Array.from({ length: 3 + Math.floor(next() * 3) }, () => sentence(next)).join(' ');
}

function points(next: () => number, count: number, id?: string): string {
  const items = ordinals
    .slice(0, count)
    .map((ordinal) => `  <Point>${ordinal}, ${sentence(next).toLowerCase()} ${sentence(next)}</Point>`);
  return [`<Points${id ? ` id="${id}"` : ''}>`, ...items, '</Points>'].join('\n');
}

export const benchAuthorCount = 20;

export function opinionSlug(index: number): string {
  return `bench-op-ed-${String(index).padStart(5, '0')}`;
}

export function opinionMdx(index: number): string {
  const next = random(index + 1);
  const day = String(1 + (index % 28)).padStart(2, '0');
  const month = String(1 + (Math.floor(index / 28) % 12)).padStart(2, '0');
  const year = 2015 + (Math.floor(index / 336) % 10);
  const author = `author-${index % benchAuthorCount}`;
  const coauthor = index % 7 === 0 ? `, author-${(index + 1) % benchAuthorCount}` : '';
  const frontmatter = [
    '---',
    `title: "Op-ed ${index}: ${sentence(next, 5, false).slice(0, -1)}"`,
    `description: "${sentence(next, 18, false)}"`,
    `published: ${year}-${month}-${day}T10:00:00+06:00`,
    `authors: [${author}${coauthor}]`,
    `tags: [${words[index % words.length]}, ${words[(index * 3 + 1) % words.length]}]`,
    'lang: en',
    `pullQuote: "${sentence(next, 14, false)}"`,
    '---',
  ];
  const body = [
    paragraph(next),
    paragraph(next),
    points(next, 3, 'how-it-differed'),
    `## About the ${words[index % words.length]}`,
    paragraph(next),
    paragraph(next),
    `## What is next for the ${words[(index + 5) % words.length]}?`,
    points(next, 4),
    paragraph(next),
  ];
  return `${frontmatter.join('\n')}\n\n${body.join('\n\n')}\n`;
}

/** Writes `count` op-eds, their authors and their topics into `contentDir`/{opinions,authors,topics}. */
export function generateContent(contentDir: string, count: number): void {
  mkdirSync(join(contentDir, 'opinions'), { recursive: true });
  mkdirSync(join(contentDir, 'authors'), { recursive: true });
  mkdirSync(join(contentDir, 'topics'), { recursive: true });
  for (const word of new Set(words)) {
    writeFileSync(
      join(contentDir, 'topics', `${word}.yaml`),
      `name:\n  en: ${word}\n  ru: ${word} (ru)\n  kk: ${word} (kk)\n`,
    );
  }
  for (let index = 0; index < benchAuthorCount; index++) {
    writeFileSync(
      join(contentDir, 'authors', `author-${index}.yaml`),
      `name: Bench Author ${index}\nbio: A synthetic contributor for the build benchmark.\n`,
    );
  }
  for (let index = 0; index < count; index++) {
    writeFileSync(join(contentDir, 'opinions', `${opinionSlug(index)}.mdx`), opinionMdx(index));
  }
}
