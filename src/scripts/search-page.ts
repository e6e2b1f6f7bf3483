// The search page's script: reads ?q=, asks Pagefind (loaded from /pagefind/ only here) and lists each
// matching page with its matching sections (a figure, a quote, a disagreement), each linking to its anchor.

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: { balanced_score: number }[];
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: PagefindSubResult[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

/** Pages listed at most, and sections per page: enough to review, short enough to read on a phone. */
const maxPages = 10;
const maxSections = 6;

function loadPagefind(): Promise<Pagefind> {
  // A path Vite must not resolve at build time: the index is written after the site is built.
  const path = '/pagefind/pagefind.js';
  return import(/* @vite-ignore */ path) as Promise<Pagefind>;
}

/**
 * Pagefind's excerpts are escaped text with <mark> around the words found. Rebuild them with DOM
 * nodes rather than innerHTML, so nothing from the index can ever become markup.
 */
function excerptNodes(excerpt: string): Node[] {
  const text = (s: string) => {
    const t = document.createElement('textarea');
    t.innerHTML = s; // decodes entities only: a textarea's content is never parsed as markup
    return document.createTextNode(t.value);
  };
  return excerpt.split(/(<mark>.*?<\/mark>)/).map((part) => {
    const m = /^<mark>(.*)<\/mark>$/.exec(part);
    if (!m) return text(part);
    const mark = document.createElement('mark');
    mark.append(text(m[1] ?? ''));
    return mark;
  });
}

/**
 * Pagefind lists a page's sections in page order; a reviewer wants the best first. A section whose
 * excerpt marks more of the different words searched for ranks first ("11 times" over every "times"),
 * then the one with the higher Pagefind score.
 */
function sectionScore(s: PagefindSubResult): number {
  const marked = new Set([...s.excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => (m[1] ?? '').toLowerCase()));
  const score = (s.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);
  return marked.size * 1e6 + score;
}

function link(href: string, label: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = label;
  return a;
}

function resultItem(data: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  const h = document.createElement('h2');
  h.append(link(data.url, data.meta.title ?? data.url));
  li.append(h);
  const sections = data.sub_results
    .filter((s) => s.url !== data.url)
    .sort((a, b) => sectionScore(b) - sectionScore(a))
    .slice(0, maxSections);
  if (sections.length === 0) {
    const p = document.createElement('p');
    p.append(...excerptNodes(data.excerpt));
    li.append(p);
    return li;
  }
  const list = document.createElement('ul');
  for (const s of sections) {
    const item = document.createElement('li');
    const p = document.createElement('p');
    p.append(...excerptNodes(s.excerpt));
    item.append(link(s.url, s.title), p);
    list.append(item);
  }
  li.append(list);
  return li;
}

export async function runSearchPage(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = document.querySelector<HTMLInputElement>('#search-q');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const results = document.querySelector<HTMLOListElement>('[data-search-results]');
  if (!form || !input || !status || !results) return;
  status.textContent = '';

  const show = async (query: string) => {
    results.replaceChildren();
    if (query.trim() === '') {
      status.textContent = '';
      return;
    }
    status.textContent = 'Searching…';
    try {
      const pagefind = await loadPagefind();
      await pagefind.options({ excerptLength: 24 });
      const found = await pagefind.search(query);
      const pages = await Promise.all(found.results.slice(0, maxPages).map((r) => r.data()));
      results.replaceChildren(...pages.map(resultItem));
      status.textContent =
        pages.length === 0
          ? `Nothing found for “${query}”.`
          : `${found.results.length} page${found.results.length === 1 ? '' : 's'} found for “${query}”.`;
    } catch {
      status.replaceChildren(
        'The search index could not be loaded. Every figure, quote and disagreement is on ',
        link('/citations/', 'Citations'),
        '.',
      );
    }
  };

  // The form is submitted by script (the site's CSP allows no form submission): the query goes into
  // the address, so a search can be linked and the back button works.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.pushState(null, '', url);
    void show(input.value);
  });
  addEventListener('popstate', () => {
    input.value = new URL(location.href).searchParams.get('q') ?? '';
    void show(input.value);
  });
  input.value = new URL(location.href).searchParams.get('q') ?? '';
  await show(input.value);
}
