import type { CollectionEntry } from 'astro:content';

/** An op-ed as Astro's content layer loads it: the one type for an op-ed everywhere. */
export type Opinion = CollectionEntry<'opinions'>;
/** An author, likewise. */
export type Author = CollectionEntry<'authors'>;
/** An outlet page (About, policies, Submit, Contact) in one language. */
export type StandardsPageEntry = CollectionEntry<'pages'>;
