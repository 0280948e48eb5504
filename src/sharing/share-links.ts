/**
 * Share links for an op-ed: plain URLs each service documents for sharing
 * without its JavaScript SDK, so they work with scripts off and load nothing
 * from the service until the reader chooses it. Every value is encoded with
 * encodeURIComponent (spaces as %20, which mailto: needs; "+" would show).
 */
export const shareServices = ['email', 'telegram', 'whatsapp', 'x', 'facebook', 'linkedin'] as const;
export type ShareService = (typeof shareServices)[number];

export interface ShareInput {
  /** Absolute canonical URL of the op-ed. */
  url: string;
  /** Headline. */
  title: string;
}

export interface ShareLink {
  service: ShareService;
  href: string;
}

const encode = encodeURIComponent;

const builders: Record<ShareService, (input: ShareInput) => string> = {
  email: ({ url, title }) => `mailto:?subject=${encode(title)}&body=${encode(`${title}\n\n${url}`)}`,
  telegram: ({ url, title }) => `https://t.me/share/url?url=${encode(url)}&text=${encode(title)}`,
  whatsapp: ({ url, title }) => `https://wa.me/?text=${encode(`${title} ${url}`)}`,
  x: ({ url, title }) => `https://x.com/intent/post?url=${encode(url)}&text=${encode(title)}`,
  facebook: ({ url }) => `https://www.facebook.com/sharer/sharer.php?u=${encode(url)}`,
  linkedin: ({ url }) => `https://www.linkedin.com/sharing/share-offsite/?url=${encode(url)}`,
};

/** One link per service, in display order. */
export function shareLinks(input: ShareInput): ShareLink[] {
  return shareServices.map((service) => ({ service, href: builders[service](input) }));
}
