import { chromium } from '@playwright/test';
const [, , pdf, out] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
try { await page.goto(`file://${pdf}`); } catch (e) { console.log('goto', e.message.split('\n')[0]); }
await page.waitForTimeout(3000);
await page.screenshot({ path: out });
await browser.close();
