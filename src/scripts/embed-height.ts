// Embed side of the optional resizing: tells the host page how tall the embed's content is whenever it
// changes. The host's /embed.js sets the frame to that height; without it the static height holds.
if (window.parent !== window) {
  const post = () =>
    window.parent.postMessage(
      { embed: 'two-scenarios-2028', height: Math.ceil(document.documentElement.getBoundingClientRect().height) },
      '*',
    );
  new ResizeObserver(post).observe(document.documentElement);
}
