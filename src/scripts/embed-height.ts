// Embed side of the optional resizing: tells the host page how tall the embed's content is whenever it
// changes, and when the host asks. The host's /embed.js sets the frame to that height; without it the
// static height holds. It asks because it may start listening only after this frame's first report.
if (window.parent !== window) {
  const post = () =>
    window.parent.postMessage(
      { embed: 'two-scenarios-2028', height: Math.ceil(document.documentElement.getBoundingClientRect().height) },
      '*',
    );
  // Once now: Chromium runs no rendering, so no ResizeObserver, in a cross-origin frame off screen, so a
  // frame below the fold would otherwise keep its static height until it was scrolled to.
  post();
  new ResizeObserver(post).observe(document.documentElement);
  addEventListener('message', (e) => {
    if (e.source === window.parent && e.data?.embed === 'two-scenarios-2028' && e.data.ask === 'height') post();
  });
}
