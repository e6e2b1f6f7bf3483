// /scenarios/ keeps its scenario bar at the top of the screen while reading. An open citation sits in the
// top layer, above that bar: once its marker scrolls under the bar, the card would hang over the bar with
// nothing visible to point at. So it closes then, as it hides when its marker leaves the screen (site.css).
// Without JavaScript the card stays open over the bar until the marker leaves the screen; nothing is lost.
const bar = document.querySelector('.scenario-bar');
if (bar) {
  let queued = false;
  const closeCovered = () => {
    queued = false;
    const open = document.querySelector<HTMLElement>('.cite-body:popover-open');
    const marker = open?.previousElementSibling;
    if (open && marker && marker.getBoundingClientRect().top < bar.getBoundingClientRect().bottom) open.hidePopover();
  };
  addEventListener(
    'scroll',
    () => {
      if (!queued) requestAnimationFrame(closeCovered);
      queued = true;
    },
    { passive: true },
  );
}
