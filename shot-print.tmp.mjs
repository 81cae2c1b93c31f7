import { chromium } from '@playwright/test';
const [, , tag = 'x'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 720, height: 1000 }, colorScheme: 'dark', bypassCSP: true });
await page.emulateMedia({ media: 'print', colorScheme: 'dark', bypassCSP: true });
await page.goto('http://localhost:4403/gids/facebook/');
// Printing without background graphics drops backgrounds: show what is left.
await page.addStyleTag({ content: '*,*::before,*::after{background:transparent !important;box-shadow:none !important}' });
await page.evaluate(() => Promise.all([...document.images].map((img) => { img.loading = 'eager'; return img.decode().catch(() => {}); })));
await page.screenshot({ path: `/tmp/visual-shots/print-${tag}-top.png` });
await page.locator('#bronnen-lijst').scrollIntoViewIfNeeded();
await page.locator('.source-list').screenshot({ path: `/tmp/visual-shots/print-${tag}-sources.png` });
await page.pdf({ path: `/tmp/visual-shots/print-${tag}.pdf`, format: 'A4' });
await browser.close();
