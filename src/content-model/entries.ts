import type { CollectionEntry } from 'astro:content';

/** An op-ed as Astro's content layer loads it: the one type for an op-ed everywhere. */
export type Opinion = CollectionEntry<'opinions'>;
/** An author, likewise. */
export type Author = CollectionEntry<'authors'>;
/** A topic (content/topics/<tag>.yaml): its name per language and optional introduction. */
export type TopicEntry = CollectionEntry<'topics'>;
/** An outlet page (About, policies, Submit, Contact) in one language. */
export type StandardsPageEntry = CollectionEntry<'pages'>;
