import { site, type Locale } from '../config/site';

/**
 * UI strings, keyed by meaning. English is complete and is the fallback;
 * other languages may leave a key out and get the English text.
 */
const en = {
  'site.skipToMain': 'Skip to content',
  'nav.home': 'Home',
  'nav.primary': 'Site',
  'nav.search': 'Search',
  'opinion.kicker': 'Opinion',
  'opinion.by': 'By',
  'opinion.published': 'Published',
  'opinion.updated': 'Updated',
  'opinion.disclaimerLabel': 'About this article',
  'opinion.topics': 'Topics',
  'opinion.linkToPoint': 'Link to point {n}',
  'opinion.linkToSection': 'Link to section “{title}”',
  'opinion.printedFrom': 'Printed from',
  'share.heading': 'Share this op-ed',
  'share.email': 'Email',
  'share.native': 'Share…',
  'share.copy': 'Copy link',
  'share.copied': 'Link copied',
  'home.title': 'Opinion',
  'home.intro': 'Op-eds by contributors. Every article is the personal opinion of its author.',
  'home.empty': 'No op-eds have been published yet.',
  'author.opinions': 'Op-eds by {name}',
  'author.none': 'No published op-eds yet.',
  'pagination.label': 'Pages',
  'pagination.previous': 'Previous page',
  'pagination.next': 'Next page',
  'pagination.page': 'Page',
  'home.pageTitle': 'Opinion, page {page}',
  'topics.title': 'Topics',
  'topics.intro': 'Every topic our op-eds cover, with the number of op-eds on each.',
  'topics.count': '{count} op-eds',
  'topic.title': 'Op-eds on “{tag}”',
  'topic.description': 'Op-eds tagged “{tag}”, newest first.',
  'notFound.title': 'Page not found',
  'notFound.body': 'The page you asked for is not here. It may have moved, or the link may be mistyped.',
  'notFound.home': 'Go to the latest op-eds',
  'footer.disclaimer': 'Op-eds are the personal opinions of their authors.',
};

export type UiKey = keyof typeof en;

const ru: Partial<Record<UiKey, string>> = {
  'site.skipToMain': 'Перейти к содержанию',
  'nav.home': 'Главная',
  'nav.primary': 'Сайт',
  'nav.search': 'Поиск',
  'opinion.kicker': 'Мнение',
  'opinion.by': 'Автор:',
  'opinion.published': 'Опубликовано',
  'opinion.updated': 'Обновлено',
  'opinion.disclaimerLabel': 'Об этой статье',
  'opinion.topics': 'Темы',
  'opinion.linkToPoint': 'Ссылка на пункт {n}',
  'opinion.linkToSection': 'Ссылка на раздел «{title}»',
  'opinion.printedFrom': 'Источник',
  'share.heading': 'Поделиться',
  'share.email': 'Почта',
  'share.native': 'Поделиться…',
  'share.copy': 'Копировать ссылку',
  'share.copied': 'Ссылка скопирована',
  'home.title': 'Мнения',
  'author.opinions': 'Статьи автора: {name}',
  'pagination.label': 'Страницы',
  'pagination.previous': 'Предыдущая страница',
  'pagination.next': 'Следующая страница',
  'pagination.page': 'Страница',
  'topics.title': 'Темы',
  'notFound.title': 'Страница не найдена',
};

const kk: Partial<Record<UiKey, string>> = {
  'site.skipToMain': 'Мазмұнға өту',
  'nav.home': 'Басты бет',
  'nav.primary': 'Сайт',
  'nav.search': 'Іздеу',
  'opinion.kicker': 'Пікір',
  'opinion.by': 'Авторы:',
  'opinion.published': 'Жарияланды',
  'opinion.updated': 'Жаңартылды',
  'opinion.disclaimerLabel': 'Мақала туралы',
  'opinion.topics': 'Тақырыптар',
  'opinion.linkToPoint': '{n}-тармаққа сілтеме',
  'opinion.linkToSection': '«{title}» бөліміне сілтеме',
  'opinion.printedFrom': 'Дереккөз',
  'share.heading': 'Бөлісу',
  'share.email': 'Пошта',
  'share.native': 'Бөлісу…',
  'share.copy': 'Сілтемені көшіру',
  'share.copied': 'Сілтеме көшірілді',
  'home.title': 'Пікірлер',
  'pagination.label': 'Беттер',
  'pagination.previous': 'Алдыңғы бет',
  'pagination.next': 'Келесі бет',
  'pagination.page': 'Бет',
  'topics.title': 'Тақырыптар',
  'notFound.title': 'Бет табылмады',
};

const dictionaries: Record<Locale, Partial<Record<UiKey, string>>> = { en, ru, kk };

/**
 * The UI string for `key` in `locale`, falling back to English, with
 * `{name}` placeholders filled from `params`.
 */
export function t(
  key: UiKey,
  locale: Locale = site.defaultLocale,
  params: Record<string, string | number> = {},
): string {
  const template = dictionaries[locale][key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}
