/**
 * Publication times are stored exactly as the editor wrote them, with an
 * explicit UTC offset, and every date shown to readers is formatted in that
 * offset. The builder's and the reader's time zones therefore never matter.
 */
const OFFSET_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})$/;

export interface OffsetDateTime {
  /** The instant, for sorting and comparisons. */
  instant: Date;
  /** The offset the editor wrote, e.g. "+06:00" ("Z" becomes "+00:00"). */
  offset: string;
}

/**
 * Formatters are costly to create and every listing sorts by date, so one is
 * kept per set of options. Offsets and locales are few, so the cache stays small.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, found);
  }
  return found;
}

/** A build reads each op-ed's dates on many pages; each distinct string is parsed once. */
const parsedDateTimes = new Map<string, Readonly<OffsetDateTime> | undefined>();

/** Parses "YYYY-MM-DDTHH:MM[:SS]±HH:MM"; returns undefined for anything else. */
export function parseOffsetDateTime(value: string): Readonly<OffsetDateTime> | undefined {
  if (parsedDateTimes.has(value)) {
    const known = parsedDateTimes.get(value);
    // A copy of the Date, so a caller that changes it cannot change the next caller's.
    return known && { instant: new Date(known.instant), offset: known.offset };
  }
  const parsed = parseUncached(value);
  parsedDateTimes.set(value, parsed);
  return parsed && { instant: new Date(parsed.instant), offset: parsed.offset };
}

function parseUncached(value: string): OffsetDateTime | undefined {
  const match = OFFSET_DATE_TIME.exec(value);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second = '00', zone] = match;
  const instant = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}${zone}`);
  if (Number.isNaN(instant.getTime())) return undefined;
  // Reject dates JavaScript silently rolls over, such as 2019-02-30.
  const offset = zone === 'Z' ? '+00:00' : zone!;
  const check = formatter('en-CA', {
    timeZone: offset,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
  if (check !== `${year}-${month}-${day}`) return undefined;
  return { instant, offset };
}

/** ISO 8601 with the editor's offset, e.g. "2019-06-10T09:00:00+06:00". */
export function toIsoWithOffset(value: string): string {
  const parsed = parseOffsetDateTime(value);
  if (!parsed) throw new Error(`Not a date-time with offset: ${value}`);
  const parts = formatter('en-CA', {
    timeZone: parsed.offset,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(parsed.instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)!.value;
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:${get('second')}${parsed.offset}`;
}

/** A reader-facing date ("10 June 2019") in the op-ed's language and the editor's offset. */
export function formatReaderDate(value: string, locale: string): string {
  const parsed = parseOffsetDateTime(value);
  if (!parsed) throw new Error(`Not a date-time with offset: ${value}`);
  return formatter(locale === 'en' ? 'en-GB' : locale, {
    timeZone: parsed.offset,
    dateStyle: 'long',
  }).format(parsed.instant);
}

/**
 * "2026-11-25T17:55:00+05:00": `instant` as the wall-clock time in the IANA
 * `timeZone`, to the minute, with the offset that zone had at that instant
 * (from Intl's time zone database: zones change, as Almaty did on 1 March 2024).
 */
export function zonedDateTime(instant: Date, timeZone: string): string {
  const parts = formatter('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longOffset',
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)!.value;
  // Intl names the offset "GMT+05:00", and UTC itself plain "GMT".
  const offset = get('timeZoneName').replace(/^GMT/, '') || '+00:00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:00${offset}`;
}

/** The latest of some date-times with offset, as written (the first of equal instants wins). */
export function newestDateTime(values: readonly [string, ...string[]]): string {
  const time = (value: string) => parseOffsetDateTime(value)?.instant.getTime() ?? 0;
  return values.reduce((newest, value) => (time(value) > time(newest) ? value : newest));
}

/**
 * "June 2019" in `locale`, in the site's IANA time zone: for notices about a
 * month, where the editor's offset would only matter at a month's edge.
 */
export function formatReaderMonth(value: string, locale: string, timeZone: string): string {
  const parsed = parseOffsetDateTime(value);
  if (!parsed) throw new Error(`Not a date-time with offset: ${value}`);
  return formatter(locale === 'en' ? 'en-GB' : locale, { timeZone, month: 'long', year: 'numeric' }).format(
    parsed.instant,
  );
}
