// Site-wide names and navigation, kept in one place.
export const siteName = '2028 Scenarios Explainer';

export const navigation = [
  { href: '/', label: 'Home' },
  { href: '/scenarios/', label: 'Scenarios' },
  { href: '/charts/', label: 'Charts' },
  { href: '/sources/', label: 'Sources' },
  { href: '/citations/', label: 'Citations' },
  { href: '/about/', label: 'About' },
] as const;

/** "14 May 2026": dates are printed day first, month in words, so no reader misreads them. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${d} ${months[m - 1]} ${y}`;
}
