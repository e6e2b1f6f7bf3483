// Progressive enhancement for the /citations/ filters: the filter a reader picks goes into the address
// (/citations/#show-disputed), so a link to it opens the page filtered the same way. Without JavaScript the
// radios still filter (CSS :has()), and such a link opens the whole list at the filters.
const radios = [...document.querySelectorAll<HTMLInputElement>('.filters input[type="radio"]')];
const picked = radios.find((r) => `#${r.id}` === location.hash);
if (picked) picked.checked = true;
for (const radio of radios) {
  radio.addEventListener('change', () => {
    // The default ("all") needs no hash; replaceState keeps the back button for pages, not for clicks.
    const url = radio.checked && !radio.defaultChecked ? `#${radio.id}` : location.pathname + location.search;
    history.replaceState(null, '', url);
  });
}
