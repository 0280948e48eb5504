/**
 * The synthetic archive `npm run bench` builds: an op-ed section's shape, not
 * copies of one op-ed. Hundreds of authors with one columnist writing a tenth
 * of the archive and a long tail of guests; about 50 topics, one of them on
 * half the op-eds; dates over 15 years; lengths from a short note to a long
 * essay, with subheads and numbered points as in the seed op-ed; a few
 * Russian and Kazakh translations. Seeded, so every run builds the same site.
 *
 * The archive is a model first; `opinionMdx` writes it for the site and
 * `opinionMarkdown` as plain Markdown for the plain Astro reference.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../../src/config/site.ts';
import { zonedDateTime } from '../../src/content-model/offset-date-time.ts';

/** Hand-written because the bench needs the same sequence on every machine and Math.random has no seed (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

type Random = () => number;

const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** Index 0…weights.length-1, drawn in proportion to the weights (cumulative, searched by bisection). */
function weightedPicker(weights: readonly number[]): (random: Random) => number {
  const cumulative: number[] = [];
  let total = 0;
  for (const weight of weights) cumulative.push((total += weight));
  return (random) => {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return low;
  };
}

/** About 50 topics; the first is on half the op-eds. */
export const topics = [
  'politics',
  'kazakhstan',
  'elections',
  'economy',
  'energy',
  'oil-and-gas',
  'education',
  'health',
  'corruption',
  'courts',
  'media',
  'press-freedom',
  'foreign-policy',
  'russia',
  'china',
  'central-asia',
  'water',
  'agriculture',
  'climate',
  'transport',
  'housing',
  'pensions',
  'taxes',
  'banking',
  'inflation',
  'labour',
  'youth',
  'women',
  'language',
  'culture',
  'history',
  'religion',
  'security',
  'defence',
  'migration',
  'regions',
  'almaty',
  'astana',
  'local-government',
  'parliament',
  'constitution',
  'human-rights',
  'protests',
  'technology',
  'internet',
  'sport',
  'tourism',
  'environment',
  'mining',
  'infrastructure',
] as const;

export const archiveShape = {
  /** Share of the archive written by the one columnist (author 0). */
  columnistShare: 0.1,
  /** Share of the op-eds on the first topic. */
  mainTopicShare: 0.5,
  /** Share of the original op-eds with a second author. */
  coauthoredShare: 0.05,
  /** Op-eds are dated from this day, over `years` years. */
  firstDay: '2011-01-01',
  years: 15,
  /** Newsrooms date op-eds in their own zone; the offset comes from the IANA database. */
  timeZone: 'Asia/Almaty',
};

/** Hundreds of authors at a thousand op-eds and more; never more than half the op-eds. */
export function authorCount(opEds: number): number {
  return Math.max(1, Math.min(200 + Math.round(opEds / 25), Math.floor(opEds / 2)));
}

/** A few translations: one op-ed in a hundred (ru and kk in turn), at least one. */
export function translationCount(opEds: number): number {
  return opEds < 2 ? 0 : Math.max(1, Math.round(opEds / 100));
}

export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'subhead'; text: string }
  | { kind: 'points'; id?: string; items: string[] };

export interface GeneratedOpinion {
  /** File name without extension: the op-ed's id and address. */
  id: string;
  /** Folder under opinions/, as editors sort op-eds by year. */
  folder: string;
  title: string;
  description: string;
  /** Date-time with the offset of archiveShape.timeZone at that moment. */
  published: string;
  authors: string[];
  tags: string[];
  lang: Locale;
  translationOf?: string;
  pullQuote?: string;
  body: Block[];
}

export interface GeneratedAuthor {
  id: string;
  name: string;
  bio: string;
}

export interface Archive {
  authors: GeneratedAuthor[];
  opinions: GeneratedOpinion[];
}

const vocabulary: Record<Locale, { words: string[]; ordinals: string[]; joiner: string }> = {
  en: {
    words: (
      'election policy reform region parliament voters economy budget council citizens ministry court press ' +
      'freedom energy water steppe border trade tariff pension school hospital village city road railway grain ' +
      'oil gas future decade promise crisis dialogue opposition protest youth mayor akim governor report analysis ' +
      'government law market price wage family teacher doctor farmer harvest winter summer capital province ' +
      'decision debate vote campaign candidate majority minority coalition agency official public private sector ' +
      'investment growth debt currency tenge bank loan subsidy industry mine factory worker union strike ' +
      'language culture history memory identity neighbour partner agreement summit treaty security army'
    ).split(' '),
    ordinals: ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth'],
    joiner: '.',
  },
  ru: {
    words: (
      'выборы политика реформа регион парламент избиратели экономика бюджет совет граждане министерство суд ' +
      'пресса свобода энергия вода степь граница торговля пенсия школа больница село город дорога зерно нефть ' +
      'газ будущее десятилетие обещание кризис диалог оппозиция молодёжь аким губернатор доклад анализ закон ' +
      'рынок цена зарплата семья учитель врач фермер урожай зима столица решение голос кампания кандидат'
    ).split(' '),
    ordinals: ['Во-первых', 'Во-вторых', 'В-третьих', 'В-четвёртых', 'В-пятых', 'В-шестых'],
    joiner: ',',
  },
  kk: {
    words: (
      'сайлау саясат реформа аймақ парламент сайлаушылар экономика бюджет кеңес азаматтар министрлік сот ' +
      'баспасөз бостандық энергия су дала шекара сауда зейнетақы мектеп аурухана ауыл қала жол астық мұнай ' +
      'газ болашақ онжылдық уәде дағдарыс диалог оппозиция жастар әкім баяндама талдау заң нарық баға ' +
      'жалақы отбасы мұғалім дәрігер фермер егін қыс астана шешім дауыс науқан үміткер'
    ).split(' '),
    ordinals: ['Біріншіден', 'Екіншіден', 'Үшіншіден', 'Төртіншіден', 'Бесіншіден', 'Алтыншыдан'],
    joiner: ',',
  },
};

const capitalised = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}`;

function words(random: Random, lang: Locale, count: number): string {
  return Array.from({ length: count }, () => pick(random, vocabulary[lang].words)).join(' ');
}

/** A sentence; a third of the English ones quote a phrase in straight quotes, for smartypants to curl. */
function sentence(random: Random, lang: Locale, quotes = true): string {
  const text = `${capitalised(words(random, lang, between(random, 8, 24)))}.`;
  if (!quotes || random() >= 0.3) return text;
  return `${text} ${lang === 'en' ? 'The so-called' : '—'} "${words(random, lang, 2)}" ${lang === 'en' ? "isn't new." : '…'}`;
}

const paragraph = (random: Random, lang: Locale) =>
  Array.from({ length: between(random, 2, 6) }, () => sentence(random, lang)).join(' ');

function points(random: Random, lang: Locale, id?: string): Block {
  const { ordinals, joiner } = vocabulary[lang];
  const items = ordinals
    .slice(0, between(random, 2, ordinals.length))
    .map((ordinal) => `${ordinal}${joiner} ${sentence(random, lang, false)} ${sentence(random, lang)}`);
  return id ? { kind: 'points', id, items } : { kind: 'points', items };
}

/** From a short note (one section) to a long essay (eight), most near the seed op-ed's length. */
function body(random: Random, lang: Locale): Block[] {
  const sections = 1 + Math.floor(random() * random() * 8);
  const blocks: Block[] = [];
  for (let section = 0; section < sections; section++) {
    if (section > 0)
      blocks.push({ kind: 'subhead', text: capitalised(words(random, lang, between(random, 2, 6))) });
    const paragraphs = between(random, 1, 4);
    for (let index = 0; index < paragraphs; index++)
      blocks.push({ kind: 'paragraph', text: paragraph(random, lang) });
    // One list at most per section: a list takes its subhead's id.
    if (random() < 0.45)
      blocks.push(points(random, lang, section === 0 && random() < 0.5 ? 'in-short' : undefined));
  }
  return blocks;
}

const dayMs = 24 * 60 * 60 * 1000;

/** The whole archive of `count` op-eds (translations included) for a seed. */
export function generateArchive(count: number, seed = 2019): Archive {
  const random = seededRandom(seed);
  const translations = translationCount(count);
  const originals = count - translations;
  const authorTotal = authorCount(count);

  const authors: GeneratedAuthor[] = Array.from({ length: authorTotal }, (_, index) => ({
    id: `author-${String(index).padStart(3, '0')}`,
    name: index === 0 ? 'Columnist Zero' : `Contributor ${index}`,
    bio:
      index === 0
        ? 'Writes the weekly column on politics and the economy.'
        : 'A contributor writing in a personal capacity.',
  }));

  // Byline: the columnist on a tenth of the archive, every other author at
  // least once, then a long tail (a few regulars, many one-off guests).
  const order = shuffled(
    random,
    Array.from({ length: originals }, (_, index) => index),
  );
  const columnistOpEds = Math.round(originals * archiveShape.columnistShare);
  const guestPicker = weightedPicker(
    Array.from({ length: authorTotal - 1 }, (_, rank) => 1 / (rank + 1) ** 0.6),
  );
  const leadAuthor: number[] = [];
  order.forEach((opinion, position) => {
    const guest = position - columnistOpEds;
    leadAuthor[opinion] =
      authorTotal === 1 || guest < 0 ? 0 : guest < authorTotal - 1 ? guest + 1 : guestPicker(random) + 1;
  });

  // Topics: the first on exactly half; every other topic at least once; a Zipf tail.
  const mainTopic = new Set(
    shuffled(random, order).slice(0, Math.round(originals * archiveShape.mainTopicShare)),
  );
  const topicPicker = weightedPicker(
    Array.from({ length: topics.length - 1 }, (_, rank) => 1 / (rank + 1) ** 0.8),
  );

  const start = Date.parse(`${archiveShape.firstDay}T00:00:00Z`);
  const span = Date.UTC(2011 + archiveShape.years, 0, 1) - start;

  const opinions: GeneratedOpinion[] = [];
  for (let index = 0; index < originals; index++) {
    const byline = [authors[leadAuthor[index]!]!.id];
    if (authorTotal > 2 && random() < archiveShape.coauthoredShare) {
      const second = guestPicker(random) + 1;
      if (second !== leadAuthor[index]) byline.push(authors[second]!.id);
    }
    const tags = new Set<string>();
    if (mainTopic.has(index)) tags.add(topics[0]);
    if (index < topics.length - 1) tags.add(topics[index + 1]!);
    const extra = between(random, mainTopic.has(index) ? 0 : 1, 2);
    for (let k = 0; k < extra; k++) tags.add(topics[topicPicker(random) + 1]!);
    // Day first, then a time between 08:00 and 20:00 in five-minute steps.
    const day = start + Math.floor(random() * (span / dayMs)) * dayMs;
    const instant = new Date(day + between(random, 2 * 12, 14 * 12) * 5 * 60 * 1000);
    const published = zonedDateTime(instant, archiveShape.timeZone);
    const blocks = body(random, 'en');
    const quote = random() < 0.6 ? sentence(random, 'en', false) : undefined;
    opinions.push({
      id: `op-ed-${String(index).padStart(5, '0')}`,
      folder: published.slice(0, 4),
      title: capitalised(words(random, 'en', between(random, 4, 10))),
      description: sentence(random, 'en', false),
      published,
      authors: byline,
      tags: [...tags],
      lang: 'en',
      ...(quote ? { pullQuote: quote } : {}),
      body: blocks,
    });
  }

  // Translations: each chosen original gets Russian, then Kazakh, a day or two later.
  const translated = shuffled(random, order).slice(0, Math.ceil(translations / 2));
  for (let index = 0; index < translations; index++) {
    const original = opinions[translated[Math.floor(index / 2)]!]!;
    const lang: Locale = index % 2 === 0 ? 'ru' : 'kk';
    const instant = new Date(Date.parse(original.published) + between(random, 1, 2) * dayMs);
    const published = zonedDateTime(instant, archiveShape.timeZone);
    opinions.push({
      id: `${original.id}-${lang}`,
      folder: published.slice(0, 4),
      title: capitalised(words(random, lang, between(random, 4, 10))),
      description: sentence(random, lang, false),
      published,
      authors: original.authors,
      tags: original.tags,
      lang,
      translationOf: original.id,
      body: body(random, lang),
    });
  }
  return { authors, opinions };
}

/** A YAML double-quoted string (JSON's escapes are valid YAML). */
const quoted = (text: string) => JSON.stringify(text);

function frontmatter(opinion: GeneratedOpinion): string {
  return [
    '---',
    `title: ${quoted(opinion.title)}`,
    `description: ${quoted(opinion.description)}`,
    `published: ${opinion.published}`,
    `authors: [${opinion.authors.join(', ')}]`,
    `tags: [${opinion.tags.join(', ')}]`,
    `lang: ${opinion.lang}`,
    ...(opinion.translationOf ? [`translationOf: ${opinion.translationOf}`] : []),
    ...(opinion.pullQuote ? [`pullQuote: ${quoted(opinion.pullQuote)}`] : []),
    '---',
  ].join('\n');
}

function document(
  opinion: GeneratedOpinion,
  pointsList: (block: Block & { kind: 'points' }) => string,
): string {
  const blocks = opinion.body.map((block) =>
    block.kind === 'paragraph'
      ? block.text
      : block.kind === 'subhead'
        ? `## ${block.text}`
        : pointsList(block),
  );
  return `${frontmatter(opinion)}\n\n${blocks.join('\n\n')}\n`;
}

/** The op-ed as the site's MDX, numbered points in <Points> like the seed op-ed. */
export function opinionMdx(opinion: GeneratedOpinion): string {
  return document(opinion, ({ id, items }) =>
    [
      `<Points${id ? ` id="${id}"` : ''}>`,
      ...items.map((item) => `  <Point>${item}</Point>`),
      '</Points>',
    ].join('\n'),
  );
}

/** The same op-ed as plain Markdown, numbered points as an ordered list, for the plain reference. */
export function opinionMarkdown(opinion: GeneratedOpinion): string {
  return document(opinion, ({ items }) => items.map((item, index) => `${index + 1}. ${item}`).join('\n'));
}

export function opinionPath(opinionsDir: string, opinion: GeneratedOpinion, extension: 'mdx' | 'md'): string {
  return join(opinionsDir, opinion.folder, `${opinion.id}.${extension}`);
}

/** Writes the site's content folder: authors/*.yaml, topics/*.yaml and opinions/<year>/*.mdx. */
export function writeSiteContent(contentDir: string, archive: Archive): void {
  mkdirSync(join(contentDir, 'authors'), { recursive: true });
  mkdirSync(join(contentDir, 'topics'), { recursive: true });
  // Every tag names a topic file, with a name in each language, as the build requires.
  for (const topic of topics) {
    writeFileSync(
      join(contentDir, 'topics', `${topic}.yaml`),
      `name:\n  en: ${topic}\n  ru: ${topic} (ru)\n  kk: ${topic} (kk)\n`,
    );
  }
  for (const author of archive.authors) {
    writeFileSync(
      join(contentDir, 'authors', `${author.id}.yaml`),
      `name: ${author.name}\nbio: ${author.bio}\n`,
    );
  }
  writeOpinions(join(contentDir, 'opinions'), archive, 'mdx');
}

/** Writes every op-ed under `opinionsDir`/<year>/, as MDX or as plain Markdown. */
export function writeOpinions(opinionsDir: string, archive: Archive, extension: 'mdx' | 'md'): void {
  for (const folder of new Set(archive.opinions.map((opinion) => opinion.folder))) {
    mkdirSync(join(opinionsDir, folder), { recursive: true });
  }
  for (const opinion of archive.opinions) {
    const text = extension === 'mdx' ? opinionMdx(opinion) : opinionMarkdown(opinion);
    writeFileSync(opinionPath(opinionsDir, opinion, extension), text);
  }
}

/** What results.md says about the archive's shape. */
export function describeArchive(archive: Archive) {
  const { opinions } = archive;
  const count = (test: (opinion: GeneratedOpinion) => boolean) => opinions.filter(test).length;
  const dates = opinions.map((opinion) => opinion.published.slice(0, 10)).sort();
  const lengths = opinions.map((opinion) => opinionMdx(opinion).length).sort((a, b) => a - b);
  return {
    opEds: opinions.length,
    authors: archive.authors.length,
    columnistShare: count((opinion) => opinion.authors.includes(archive.authors[0]!.id)) / opinions.length,
    topics: new Set(opinions.flatMap((opinion) => opinion.tags)).size,
    mainTopicShare: count((opinion) => opinion.tags.includes(topics[0])) / opinions.length,
    firstDate: dates[0]!,
    lastDate: dates.at(-1)!,
    translations: { ru: count((o) => o.lang === 'ru'), kk: count((o) => o.lang === 'kk') },
    bytes: {
      shortest: lengths[0]!,
      median: lengths[Math.floor(lengths.length / 2)]!,
      longest: lengths.at(-1)!,
    },
  };
}
