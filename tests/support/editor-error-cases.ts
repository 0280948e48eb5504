/**
 * Every mistake an editor can make that must stop the build, with the fixture
 * that makes it and what the message must say: the file and line, the field,
 * and words from the fix. Shared by the content-check unit test and the
 * build tests, so both hold the same promise.
 */
export interface EditorErrorCase {
  fixture: string;
  /** "opinions/<file>.mdx:<line>" — the file and the line named. */
  where: string;
  field: string;
  /** Words from the fix the message must give. */
  fix: RegExp;
}

export const editorErrorCases: EditorErrorCase[] = [
  {
    fixture: 'headline-missing',
    where: 'opinions/no-headline.mdx:1',
    field: 'title',
    fix: /Add a line like\s+title: "/,
  },
  {
    fixture: 'headline-empty',
    where: 'opinions/blank-headline.mdx:2',
    field: 'title',
    fix: /Write it between the quotes/,
  },
  {
    fixture: 'unknown-frontmatter-key',
    where: 'opinions/misspelt-field.mdx:2',
    field: 'titel',
    fix: /Check the spelling; allowed fields are: title,/,
  },
  {
    fixture: 'date-invalid',
    where: 'opinions/no-such-day.mdx:4',
    field: 'published',
    fix: /Write it like\s+published: "2019-06-10T09:00:00\+06:00"/,
  },
  {
    fixture: 'date-without-offset',
    where: 'opinions/no-offset.mdx:4',
    field: 'published',
    fix: /Write it like\s+published: "2019-06-10T09:00:00\+06:00"/,
  },
  {
    fixture: 'author-unknown',
    where: 'opinions/unknown-author.mdx:5',
    field: 'authors.0',
    fix: /add content\/authors\/aigerim-nurlanova\.yaml/,
  },
  {
    fixture: 'topic-unknown',
    where: 'opinions/misspelt-topic.mdx:6',
    field: 'tags.1',
    fix: /the closest existing topic is “economy”\. Fix: write economy, or add content\/topics\/economi\.yaml/,
  },
  {
    fixture: 'duplicate-slug',
    where: 'opinions/2020/same-name.mdx',
    field: 'file name',
    fix: /rename one of the files/,
  },
  {
    fixture: 'points-out-of-sequence',
    where: 'opinions/skipped-ordinal.mdx:12',
    field: '',
    fix: /should start with “Second”/,
  },
  {
    fixture: 'points-empty',
    where: 'opinions/empty-point.mdx:10',
    field: '',
    fix: /Write its text between <Point> and <\/Point>/,
  },
  {
    fixture: 'image-not-found',
    where: 'opinions/missing-image.mdx:10',
    field: 'src',
    fix: /path is relative to this \.mdx file/,
  },
  {
    fixture: 'lead-image-not-found',
    where: 'opinions/missing-lead-image.mdx:6',
    field: 'image',
    fix: /path is relative to this \.mdx file/,
  },
  {
    fixture: 'image-without-alt',
    where: 'opinions/figure-without-alt.mdx:10',
    field: '<Figure> alt',
    fix: /add alt="…" describing what the image shows/,
  },
  {
    fixture: 'mdx-less-than-digit',
    where: 'opinions/less-than-sign.mdx:9',
    field: '<',
    fix: /write &lt; or \\</,
  },
  {
    fixture: 'mdx-stray-brace',
    where: 'opinions/stray-brace.mdx:10',
    field: '{',
    fix: /put a backslash before it: \\\{/,
  },
  {
    fixture: 'mdx-unclosed-tag',
    where: 'opinions/unclosed-points.mdx:10',
    field: '<Points>',
    fix: /add <\/Points> after its content/,
  },
  {
    fixture: 'unsafe-script',
    where: 'opinions/has-script.mdx:10',
    field: '<script>',
    fix: /remove the <script>/,
  },
  {
    fixture: 'unsafe-expression',
    where: 'opinions/has-expression.mdx:10',
    field: '{…}',
    fix: /put a backslash before it/,
  },
  {
    fixture: 'unknown-component',
    where: 'opinions/has-chart.mdx:10',
    field: '<Chart>',
    fix: /use <Points>, <Point>, <Figure>, or write the text without the tag/,
  },
  {
    fixture: 'unsafe-event-handler',
    where: 'opinions/has-onclick.mdx:10',
    field: '<div>',
    fix: /remove onclick="…"/,
  },
  {
    fixture: 'unsafe-javascript-url',
    where: 'opinions/has-javascript-link.mdx:8',
    field: 'link',
    fix: /starting with https:\/\//,
  },
  {
    fixture: 'unsafe-import-export',
    where: 'opinions/has-import.mdx:8',
    field: 'import',
    fix: /work without an import/,
  },
  {
    fixture: 'correction-before-published',
    where: 'opinions/correction-too-early.mdx:6',
    field: 'corrections.0.date',
    fix: /before the op-ed was published.*on or after published/,
  },
  {
    fixture: 'correction-text-empty',
    where: 'opinions/correction-without-text.mdx:6',
    field: 'corrections.0.text',
    fix: /Write it between the quotes:\s+text: "/,
  },
  {
    fixture: 'address-claimed-twice',
    where: 'opinions/second-claim.mdx',
    field: 'oldAddresses',
    fix: /keep “the-old-name” in the oldAddresses of the op-ed that really had that file name/,
  },
  {
    fixture: 'old-address-is-live',
    where: 'opinions/renamed-op-ed.mdx',
    field: 'oldAddresses',
    fix: /is the address of .*live-op-ed\.mdx.*remove “live-op-ed” from oldAddresses/,
  },
];

/** The message line a case must produce, as a pattern over the whole output. */
export function expectedMessage({ fixture, where, field, fix }: EditorErrorCase): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const fieldPart = field ? ` ${escape(field)} —` : '';
  return new RegExp(`${escape(`${fixture}/${where}`)}:?${fieldPart}.*${fix.source}`);
}
