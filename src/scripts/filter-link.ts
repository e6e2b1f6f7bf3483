// Progressive enhancement for the /citations/ filters: the filter a reader picks goes into the address
// (/citations/#show-disputed), so a link to it opens the page filtered the same way. Without JavaScript the
// radios still filter (CSS :has()), and such a link opens the whole list at the filters.
const radios = [...document.querySelectorAll<HTMLInputElement>('.filters input[type="radio"]')];
/** Applies the filter the address names, and shows the whole filter box rather than the radio alone. */
function pickFromAddress(): void {
  const picked = radios.find((r) => `#${r.id}` === location.hash);
  if (!picked) return;
  picked.checked = true;
  // After the browser's own jump to the fragment (the radio, at the screen's top edge), which comes later.
  const box = picked.closest('fieldset');
  if (document.readyState === 'complete') box?.scrollIntoView();
  else addEventListener('load', () => requestAnimationFrame(() => box?.scrollIntoView()), { once: true });
}
pickFromAddress();
addEventListener('hashchange', pickFromAddress);
for (const radio of radios) {
  radio.addEventListener('change', () => {
    // The default ("all") needs no hash; replaceState keeps the back button for pages, not for clicks.
    const url = radio.checked && !radio.defaultChecked ? `#${radio.id}` : location.pathname + location.search;
    history.replaceState(null, '', url);
  });
}
