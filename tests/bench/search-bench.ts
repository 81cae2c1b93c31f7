// `npm run bench:search`: what a reader's search costs. Builds the site if dist/ has no
// index yet (or with --build), serves dist/ on a local port, and runs a fixed list of Dutch
// queries in Chromium, the way a reader would: the first one by opening /zoeken/?q=…, the
// others by typing in the search box on the same page. Per query it prints the search files
// fetched (bytes as gzip: what a server sends) and the time until the first result shows.
//
// Bytes: each response body gzipped at level 6, as common servers do; Pagefind's index
// files, fragments and WebAssembly are gzip already and count as they are. The page itself
// (HTML, its CSS and script) is listed apart from the search files.
// BENCH_DIST=/some/dir measures another build output instead of dist/.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page, type Response } from '@playwright/test';

const DIST = process.env['BENCH_DIST'] ?? join(import.meta.dirname, '../../dist');
const QUERIES = ['instagram bezwaar', 'formulier', 'centrum', 'gekoppeld', 'bezwaren', 'kinderen', 'bevestiging', 'whatsapp'];
const VIEWPORT = { width: 412, height: 915 }; // A common Android phone, like the e2e "phone" project.
const TARGET_FIRST_QUERY = 100 * 1024;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
};

function serve(dir: string): Promise<Server> {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const isGzip = (body: Buffer) => body[0] === 0x1f && body[1] === 0x8b;
const wireBytes = (body: Buffer) => (isGzip(body) ? body.length : gzipSync(body, { level: 6 }).length);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

interface Fetched {
  path: string;
  bytes: number;
}

/** Records what the page fetches from now on. */
function recorder(page: Page) {
  let fetched: Promise<Fetched>[] = [];
  page.on('response', (response: Response) => {
    const path = new URL(response.url()).pathname;
    fetched.push(response.body().then((body) => ({ path, bytes: wireBytes(body) }), () => ({ path, bytes: 0 })));
  });
  return {
    async take(): Promise<Fetched[]> {
      const done = await Promise.all(fetched);
      fetched = [];
      return done;
    },
  };
}

/** Milliseconds from `since` (page clock) until a result shows; and how many there are. */
async function firstResult(page: Page, since: number): Promise<{ ms: number; count: string; top: string }> {
  await page.locator('.search-result').first().waitFor();
  const shownAt = await page.evaluate(() => (window as unknown as { firstResultAt: number }).firstResultAt);
  await page.waitForLoadState('networkidle');
  return {
    ms: Math.round(shownAt - since),
    count: (await page.locator('pagefind-summary').textContent())?.trim() ?? '',
    top: (await page.locator('.search-result-link').first().getAttribute('href')) ?? '',
  };
}

async function main() {
  if (process.argv.includes('--build') || !existsSync(join(DIST, 'pagefind/pagefind-entry.json'))) {
    console.log('Building the site first (npm run build)…');
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const server = await serve(DIST);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const executablePath = process.env['CHROME_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}) });
  const page = await browser.newPage({ viewport: VIEWPORT, locale: 'nl-NL' });
  // Notes the page-clock time whenever a result appears after the last reset.
  await page.addInitScript(() => {
    const w = window as unknown as { firstResultAt: number };
    w.firstResultAt = 0;
    new MutationObserver(() => {
      if (!w.firstResultAt && document.querySelector('.search-result')) w.firstResultAt = performance.now();
    }).observe(document, { childList: true, subtree: true });
  });
  const record = recorder(page);
  const rows: string[][] = [];

  const [first, ...rest] = QUERIES;
  await page.goto(`${origin}/zoeken/?q=${encodeURIComponent(first!)}`);
  const firstShown = await firstResult(page, 0);
  const firstFiles = await record.take();
  const isSearchFile = (file: Fetched) => file.path.startsWith('/pagefind/');
  const firstSearchBytes = firstFiles.filter(isSearchFile).reduce((sum, file) => sum + file.bytes, 0);
  const pageBytes = firstFiles.filter((file) => !isSearchFile(file)).reduce((sum, file) => sum + file.bytes, 0);
  rows.push([first!, kb(firstSearchBytes), `${firstShown.ms} ms`, firstShown.count, firstShown.top]);

  for (const query of rest) {
    // Empty the box first and wait for the old results to go, so they cannot count.
    const input = page.getByRole('searchbox', { name: 'Zoek in de gidsen en vragen' });
    await input.fill('');
    await page.locator('.search-result').first().waitFor({ state: 'detached' });
    await page.waitForLoadState('networkidle');
    await record.take();
    const startedAt = await page.evaluate(() => {
      (window as unknown as { firstResultAt: number }).firstResultAt = 0;
      return performance.now();
    });
    await input.fill(query);
    const shown = await firstResult(page, startedAt);
    const bytes = (await record.take()).filter(isSearchFile).reduce((sum, file) => sum + file.bytes, 0);
    rows.push([query, kb(bytes), `${shown.ms} ms`, shown.count, shown.top]);
  }
  await browser.close();
  server.close();

  console.log(`\nSearch bench: Chromium, ${VIEWPORT.width}×${VIEWPORT.height}, local server, no throttling.`);
  console.log(`Later queries are typed; their time includes the 200 ms typing pause before a search starts.\n`);
  const header = ['query', 'search files (gzip)', 'first result', 'results', 'top result'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ');
  console.log(line(header));
  console.log(line(widths.map((width) => '-'.repeat(width))));
  rows.forEach((row) => console.log(line(row)));

  console.log(`\nFirst query, file by file (the page itself, not counted above: ${kb(pageBytes)}):`);
  for (const file of firstFiles.filter(isSearchFile)) console.log(`  ${kb(file.bytes).padStart(9)}  ${file.path}`);
  const verdict = firstSearchBytes <= TARGET_FIRST_QUERY ? 'within' : 'OVER';
  console.log(`\nFirst query: ${kb(firstSearchBytes)}, ${verdict} the ${kb(TARGET_FIRST_QUERY)} target.`);
}

await main();
