import { buildSettings } from '../config/env';
import type { Opinion } from './entries';
import { parseOffsetDateTime } from './offset-date-time';

/** What the publication rule reads of an op-ed. */
type PublicationFields = Pick<Opinion['data'], 'draft' | 'published'>;

export interface PublicationOptions {
  /** The moment the site is built; op-eds dated after it are scheduled. */
  now: Date;
  /** Preview mode (`npm run dev`): drafts and scheduled op-eds are shown. */
  preview: boolean;
}

/** The moment the site is built: now, or BUILD_TIME to preview a schedule (src/config/env.ts). */
export function buildTime(): Date {
  return buildSettings().buildTime ?? new Date();
}

/** Whether an op-ed belongs on the site built at `now`. */
export function isPublished(fields: PublicationFields, { now, preview }: PublicationOptions): boolean {
  if (preview) return true;
  if (fields.draft) return false;
  const published = parseOffsetDateTime(fields.published);
  return published !== undefined && published.instant.getTime() <= now.getTime();
}

/** Sort order for listings: newest publication first, then by slug for a stable order. */
export function newestFirst(
  a: Pick<Opinion, 'id'> & { data: Pick<Opinion['data'], 'published'> },
  b: Pick<Opinion, 'id'> & { data: Pick<Opinion['data'], 'published'> },
): number {
  const time = (value: string) => parseOffsetDateTime(value)?.instant.getTime() ?? 0;
  return time(b.data.published) - time(a.data.published) || a.id.localeCompare(b.id);
}
