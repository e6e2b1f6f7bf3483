import { chromium } from '@playwright/test';
const [url, out, width = '1280', scheme = 'light', full = '1'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const page = await browser.newPage({ viewport: { width: +width, height: 900 }, colorScheme: scheme });
page.on('console', (m) => { if (m.type() === 'error') console.log('console error:', m.text()); });
await page.goto(url);
console.log('scrollWidth', await page.evaluate(() => document.documentElement.scrollWidth));
await page.screenshot({ path: out, fullPage: full === '1' });
await browser.close();
