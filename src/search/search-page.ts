/**
 * The search page's script: runs the form against the Pagefind index
 * (same origin, /pagefind/), keeps the query in the address so a search can
 * be shared or returned to, and shows results as links to the op-eds.
 * Hand-written rather than Pagefind's UI bundle: a few lines, our own
 * markup, tokens and strings, and no extra CSS to override.
 */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

type Strings = Record<'searching' | 'results' | 'none' | 'unavailable', string>;

const FILTERS = ['author', 'topic', 'language'] as const;
const MAX_RESULTS = 20;

const form = document.querySelector<HTMLFormElement>('form[data-search]');
if (form) start(form);

function start(form: HTMLFormElement) {
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  const strings = JSON.parse(form.dataset.strings ?? '{}') as Strings;
  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= (import(/* @vite-ignore */ form.dataset.pagefindUrl!) as Promise<Pagefind>).then(
      async (module) => {
        await module.options({ excerptLength: 24 });
        return module;
      },
    ));

  const params = new URLSearchParams(location.search);
  for (const name of ['q', ...FILTERS]) {
    const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    const value = params.get(name);
    if (field && value) field.value = value;
  }
  form.hidden = false;
  // The no-JavaScript notice is shown by default (not in <noscript>), so it
  // also stays up when this script never runs; now the form works, hide it.
  document.querySelector<HTMLElement>('[data-search-fallback]')?.setAttribute('hidden', '');

  let latest = 0;
  async function run() {
    const data = new FormData(form);
    const query = String(data.get('q') ?? '').trim();
    const filters: Record<string, string> = {};
    for (const name of FILTERS) {
      const value = String(data.get(name) ?? '');
      if (value) filters[name] = value;
    }
    const address = new URLSearchParams(query ? { q: query, ...filters } : filters);
    history.replaceState(null, '', `${location.pathname}${address.size ? `?${address}` : ''}`);

    const ticket = ++latest;
    if (!query && Object.keys(filters).length === 0) {
      status.textContent = '';
      list.replaceChildren();
      return;
    }
    status.textContent = strings.searching;
    try {
      const search = await (await load()).search(query || null, { filters });
      const results = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
      if (ticket !== latest) return;
      list.replaceChildren(...results.map(renderResult));
      const template = results.length > 0 ? strings.results : strings.none;
      status.textContent = template
        .replace('{query}', query)
        .replace('{count}', String(search.results.length));
    } catch {
      if (ticket === latest) status.textContent = strings.unavailable;
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  form.addEventListener('input', (event) => {
    if (!(event.target instanceof HTMLInputElement)) return;
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 300);
  });
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement) void run();
  });
  if (params.size > 0) void run();
}

function renderResult(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  if (result.meta.lang) item.lang = result.meta.lang;
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  // Pagefind's excerpt is the page's text, escaped, with <mark> around matches.
  excerpt.innerHTML = result.excerpt;
  item.append(heading, excerpt);
  if (result.meta.date) {
    const date = document.createElement('p');
    date.className = 'result-date';
    date.textContent = result.meta.date;
    item.append(date);
  }
  return item;
}
