import { buildSettings } from './env.ts';

/**
 * The one site configuration. Everything the site says about itself — its
 * name, address, languages and the Opinion-section disclaimer — is resolved
 * here, with defaults applied once, so pages never hard-code any of it.
 */
export const locales = ['en', 'ru', 'kk'] as const;
export type Locale = (typeof locales)[number];

export interface SiteConfig {
  /** Public name of the outlet, used in titles, previews and feeds. */
  name: string;
  /** Canonical origin the site is served from (no trailing slash). */
  url: string;
  /** Language used for site-wide pages and as the fallback for UI strings. */
  defaultLocale: Locale;
  /** Languages an op-ed may be written in. */
  locales: readonly Locale[];
  /** IANA zone used only for dates that carry no offset of their own (e.g. "now" in feeds). */
  timeZone: string;
  /** The editorial team's disclaimer shown on every op-ed, per language. */
  disclaimer: Record<Locale, string>;
  /** Op-eds per page on the home page and listings. */
  pageSize: number;
  /** Newest op-eds in the site-wide feeds; feed readers keep older items themselves. */
  feedSize: number;
  /** Newest op-eds in each author's feed. */
  authorFeedSize: number;
  /** Open Graph locale (language_TERRITORY) for each site language. */
  ogLocales: Record<Locale, string>;
}

const defaults = {
  defaultLocale: 'en',
  locales,
  timeZone: 'Asia/Almaty',
  pageSize: 20,
  feedSize: 50,
  authorFeedSize: 20,
  ogLocales: { en: 'en_GB', ru: 'ru_RU', kk: 'kk_KZ' },
} satisfies Partial<SiteConfig>;

export const site: SiteConfig = {
  ...defaults,
  name: 'The Steppe Opinion',
  url: buildSettings().siteUrl,
  disclaimer: {
    en: 'Publications in the Opinion section do not reflect the opinions of the editorial staff and are the personal opinions of authors.',
    ru: 'Публикации в разделе «Мнения» не отражают позицию редакции и являются личным мнением авторов.',
    kk: '«Пікір» айдарындағы жарияланымдар редакцияның көзқарасын білдірмейді және авторлардың жеке пікірі болып табылады.',
  },
};

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}
