import { chromium } from '@playwright/test';
import { serve } from '../tests/search/static-server.ts';
const server = await serve(new URL('../dist', import.meta.url).pathname);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const round of [1, 2, 3]) for (const preload of [true, false]) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: 200_000, uploadThroughput: 100_000 });
  if (!preload) await page.addInitScript(() => {
    const orig = Element.prototype.append;
    Element.prototype.append = function (...nodes) { return orig.apply(this, nodes.filter((n) => !(n instanceof HTMLLinkElement && /preload/.test(n.rel)))); };
  });
  const t0 = Date.now();
  await page.goto(server.origin + '/zoeken/?q=instagram%20bezwaar', { waitUntil: 'commit' });
  await page.locator('.search-result').first().waitFor({ timeout: 60000 });
  console.log(round, preload ? 'preload   ' : 'no preload', Date.now() - t0, 'ms');
  await context.close();
}
await browser.close(); server.close();
