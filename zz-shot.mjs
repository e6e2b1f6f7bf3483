import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const [,, url, w, scheme, y, h, out] = process.argv;
const ctx = await b.newContext({ viewport: { width: +w, height: 844 }, colorScheme: scheme });
const p = await ctx.newPage();
await p.goto(url);
await p.screenshot({ path: out, fullPage: true, clip: { x: 0, y: +y, width: +w, height: +h } });
await b.close();
