import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const [,, id, theme] = process.argv;
const o = await (await fetch(`http://localhost:4531/oembed/${id}.json`)).json();
let html = o.html.replace(/<script.*<\/script>/, '');
if (theme === 'dark') html = html.replace(`/embed/${id}/`, `/embed/${id}/dark/`);
for (const w of [360, 600, 1000]) {
  const ctx = await b.newContext({ viewport: { width: w, height: 900 }, colorScheme: theme });
  const p = await ctx.newPage();
  await p.setContent(`<!doctype html><body style="margin:0;background:${theme==='dark'?'#111':'#eee'};font-family:serif"><main style="max-width:${w}px;margin:0 auto"><p>Post text before.</p>${html}<p>Post text after.</p></main></body>`);
  await p.waitForTimeout(1500);
  await p.screenshot({ path: `/tmp/share/host-${id}-${theme}-${w}.png`, fullPage: true });
  await ctx.close();
}
await b.close();
