import type { APIRoute } from 'astro';

/**
 * Host side of the optional resizing, a few hundred bytes: a host page that includes this script gets
 * each of our frames resized to the height its embed reports. It trusts messages from its own origin only.
 * An embed reports when its size changes, which may be before this script (loaded async) listens; so the
 * script also asks every frame of its origin (by its src) to report once. It asks only a frame that has loaded: one it
 * cannot look into (another origin's document) or one on our origin. A frame still blank (lazy, below the
 * fold) has the host's origin; asking it would only log a warning on the host's console, and it reports by
 * itself when it loads.
 */
export const resizeScript =
  '(function(){var o=new URL(document.currentScript.src).origin;' +
  'addEventListener("message",function(e){var d=e.data;' +
  'if(e.origin!==o||!d||d.embed!=="two-scenarios-2028"||!(d.height>0))return;' +
  'document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=d.height+"px"})});' +
  'document.querySelectorAll("iframe").forEach(function(f){var w=f.contentWindow,l;if(!w||f.src.indexOf(o+"/"))return;' +
  'try{l=w.location.origin===o}catch(x){l=true}' +
  'if(l)w.postMessage({embed:"two-scenarios-2028",ask:"height"},o)})})();\n';

export const GET: APIRoute = () =>
  new Response(resizeScript, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
