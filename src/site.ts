// Site-wide names and navigation, kept in one place.
export const siteName = '2028 Scenarios Explainer';

export const navigation = [
  { href: '/', label: 'Home' },
  { href: '/scenarios/', label: 'Scenarios' },
  { href: '/charts/', label: 'Charts' },
  { href: '/sources/', label: 'Sources' },
  { href: '/citations/', label: 'Citations' },
  { href: '/search/', label: 'Search' },
  { href: '/about/', label: 'About' },
] as const;

/** A count as a word up to ten ("five articles"), in figures beyond: how running prose writes small numbers. */
export function countWord(n: number): string {
  return ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'][n] ?? String(n);
}

/** "Five": a count that starts a sentence. */
export function countWordCapitalised(n: number): string {
  return upperFirst(countWord(n));
}

/**
 * A summary of at most `max` characters for search results and link previews: whole sentences when they fill
 * at least half of it, else whole words and "…". Never a cut word ("…in 2027, measu").
 */
export function summaryOf(text: string, max = 300): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const sentences = head.slice(0, head.lastIndexOf('. ') + 1);
  if (sentences.length >= max / 2) return sentences;
  return `${head
    .slice(0, max - 1)
    .replace(/\s+\S*$/, '')
    .replace(/[\s,;:]+$/, '')}…`;
}

/** "14 May 2026": dates are printed day first, month in words, so no reader misreads them. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${monthNames[m - 1]} ${y}`;
}

/** The months in words, January first: how the site prints them, and how the gate finds them in a quote. */
export const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "Conditional", "Look for it…": a text that starts a sentence. */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The longest document title, counted after escaping (an apostrophe counts as five): long enough for every
 * chart headline whole, its hedge and attribution included ("…, one study estimates"), which a cut at 70
 * dropped from tabs, bookmarks and search results. .htmlvalidate.json sets its long-title rule to the same.
 */
export const titleMaxLength = 150;

/** The three charts DESIGN.md names as key: the home page's headline figures and charts, in that order. The
 *  gate reads each one's headline the way the home page does, so a figure it cannot join fails there. */
export const keyChartIds = ['lead-window', 'huawei-share', 'compute-gap'] as const;

/** A document title: the page's own title, then the site name if it fits; cut at a word only past the limit. */
export function documentTitle(title: string, max = titleMaxLength): string {
  const length = (text: string) => text.replace(/['"&<>]/g, '12345').length;
  const withSite = `${title} · ${siteName}`;
  if (length(withSite) <= max) return withSite;
  if (length(title) <= max) return title;
  // Drop whole words from the end; a title with no space left to cut at (one long word) is cut by
  // characters, so the loop always shortens and always ends.
  let cut = title;
  while (length(`${cut}…`) > max) {
    const shorter = cut.replace(/\s+\S*$/, '');
    cut = shorter.length < cut.length && shorter.length > 0 ? shorter : Array.from(cut).slice(0, -1).join('');
  }
  return `${cut}…`;
}
