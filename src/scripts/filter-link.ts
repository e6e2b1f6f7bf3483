// Progressive enhancement for a choice a reader may want to link to (a fieldset marked data-linked-choice): the
// /citations/ filters and the /scenarios/ one-or-both switch. The option picked goes into the address
// (/citations/#show-disputed, /scenarios/#view-2), so a link to it opens the page the same way. Without
// JavaScript the radios still work (CSS :has()), and such a link opens the page at the choice, as it is by default.
const radios = [...document.querySelectorAll<HTMLInputElement>('[data-linked-choice] input[type="radio"]')];
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
