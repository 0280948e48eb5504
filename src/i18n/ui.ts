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
  'search.title': 'Search op-eds',
  'search.intro': 'Search the text of every published op-ed.',
  'search.label': 'Words to look for',
  'search.submit': 'Search',
  'search.filterAuthor': 'Author',
  'search.filterTopic': 'Topic',
  'search.filterLanguage': 'Language',
  'search.any': 'Any',
  'search.searching': 'Searching…',
  'search.results': 'Results for “{query}”: {count}',
  'search.none': 'Nothing found for “{query}”. Try fewer or different words.',
  'search.unavailable': 'Search could not load. Browse op-eds by topic or by author instead.',
  'search.noscript':
    'Search needs JavaScript, which is off or blocked in your browser. You can still browse op-eds by topic or by author.',
  'search.browseTopics': 'Topics',
  'search.browseAuthors': 'Authors',
  'translation.label': 'Other languages',
  'translation.readIn': 'Read in {language}',
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
  'home.intro': 'Колонки авторов. Каждая статья — личное мнение её автора.',
  'home.empty': 'Пока не опубликовано ни одной колонки.',
  'author.opinions': 'Статьи автора: {name}',
  'pagination.label': 'Страницы',
  'pagination.previous': 'Предыдущая страница',
  'pagination.next': 'Следующая страница',
  'pagination.page': 'Страница',
  'topics.title': 'Темы',
  'author.none': 'Опубликованных статей пока нет.',
  'notFound.title': 'Страница не найдена',
  'notFound.body': 'Такой страницы здесь нет. Возможно, она переехала или в ссылке опечатка.',
  'notFound.home': 'К свежим колонкам',
  'footer.disclaimer': 'Колонки выражают личное мнение их авторов.',
  'search.title': 'Поиск по колонкам',
  'search.intro': 'Поиск по тексту всех опубликованных колонок.',
  'search.label': 'Что искать',
  'search.submit': 'Найти',
  'search.filterAuthor': 'Автор',
  'search.filterTopic': 'Тема',
  'search.filterLanguage': 'Язык',
  'search.any': 'Любой',
  'search.searching': 'Ищем…',
  'search.results': 'Результаты по запросу «{query}»: {count}',
  'search.none': 'По запросу «{query}» ничего не найдено. Попробуйте меньше слов или другие слова.',
  'search.unavailable': 'Поиск не загрузился. Колонки можно найти по темам или по авторам.',
  'search.noscript':
    'Для поиска нужен JavaScript, а он выключен или заблокирован в вашем браузере. Колонки можно найти по темам или по авторам.',
  'search.browseTopics': 'Темы',
  'search.browseAuthors': 'Авторы',
  'translation.label': 'На других языках',
  'translation.readIn': 'Читать на языке: {language}',
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
  'home.intro': 'Авторлардың пікір мақалалары. Әр мақала — авторының жеке пікірі.',
  'home.empty': 'Әзірге бірде-бір пікір мақаласы жарияланбаған.',
  'author.opinions': 'Автордың мақалалары: {name}',
  'author.none': 'Әзірге жарияланған мақалалар жоқ.',
  'notFound.title': 'Бет табылмады',
  'notFound.body': 'Сіз сұраған бет мұнда жоқ. Ол басқа жерге көшкен болуы мүмкін немесе сілтемеде қате бар.',
  'notFound.home': 'Соңғы пікір мақалаларына өту',
  'footer.disclaimer': 'Пікір мақалалары — авторлардың жеке пікірі.',
  'search.title': 'Пікір мақалаларынан іздеу',
  'search.intro': 'Жарияланған барлық пікір мақалаларының мәтінінен іздеу.',
  'search.label': 'Не іздейсіз',
  'search.submit': 'Іздеу',
  'search.filterAuthor': 'Автор',
  'search.filterTopic': 'Тақырып',
  'search.filterLanguage': 'Тіл',
  'search.any': 'Кез келген',
  'search.searching': 'Іздеп жатырмыз…',
  'search.results': '«{query}» сұрауы бойынша нәтижелер: {count}',
  'search.none': '«{query}» сұрауы бойынша ештеңе табылмады. Басқа немесе азырақ сөз жазып көріңіз.',
  'search.unavailable': 'Іздеу жүктелмеді. Мақалаларды тақырып немесе автор бойынша қараңыз.',
  'search.noscript':
    'Іздеу үшін JavaScript қажет, ал ол браузеріңізде өшірулі немесе бұғатталған. Мақалаларды тақырып немесе автор бойынша қарай аласыз.',
  'search.browseTopics': 'Тақырыптар',
  'search.browseAuthors': 'Авторлар',
  'translation.label': 'Басқа тілдерде',
  'translation.readIn': 'Мына тілде оқу: {language}',
};

const dictionaries: Record<Locale, Partial<Record<UiKey, string>>> = { en, ru, kk };

/** Keys `locale` leaves to the English fallback; the i18n test keeps this empty for ru and kk. */
export function untranslatedKeys(locale: Locale): UiKey[] {
  return (Object.keys(en) as UiKey[]).filter((key) => dictionaries[locale]?.[key] === undefined);
}

/**
 * The UI string for `key` in `locale`, falling back to English, with
 * `{name}` placeholders filled from `params`.
 */
export function t(
  key: UiKey,
  locale: Locale = site.defaultLocale,
  params: Record<string, string | number> = {},
): string {
  // `?.`: a language added to the site config before its dictionary gets English.
  const template = dictionaries[locale]?.[key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}
