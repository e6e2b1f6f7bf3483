// Progressive enhancement for chart permalinks: with JavaScript a click copies the chart's permanent
// URL; without it (or without clipboard access) the link simply goes to the chart's anchor.
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-copy-link]')) {
  link.addEventListener('click', async (event) => {
    if (!navigator.clipboard) return;
    event.preventDefault();
    const url = new URL(link.dataset['copyLink'] ?? link.href, location.href).href;
    try {
      await navigator.clipboard.writeText(url);
      link.textContent = 'Link copied';
    } catch {
      location.hash = link.hash;
    }
  });
  link.textContent = 'Copy link';
  link.title = 'Copy a permanent link to this chart';
}
