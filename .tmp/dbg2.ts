import { chromium } from '@playwright/test';
import { serve, BLANK_PAGE } from '../tests/search/static-server.ts';
const server = await serve(new URL('../dist', import.meta.url).pathname);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage();
await page.goto(server.origin + BLANK_PAGE);
const out = await page.evaluate(`(async () => {
  const pf = await import('/pagefind/pagefind.js'); await pf.options({ranking:{pageLength:0.5}}); await pf.init();
  const r = await pf.search(${JSON.stringify(process.argv[2])});
  const d = await Promise.all(r.results.slice(0,3).map(x => x.data()));
  return d.map(x => ({url: x.url, subs: x.sub_results.map(s => [s.url, s.locations.length, s.weighted_locations.map(w => w.weight).join(',')].join(' '))}));
})()`);
console.log(JSON.stringify(out, null, 1));
await browser.close(); server.close();
