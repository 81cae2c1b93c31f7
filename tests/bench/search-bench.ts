// `npm run bench:search`: how well search finds readers' answers, and what it costs.
// Builds the site if dist/ has no index yet (or with --build), serves dist/ on a local port.
// 1. Relevance: every query of both sets, tests/search/tuning.yaml and the held-out set
//    tests/search/held-out.yaml, searched as the search page does (Pagefind with our
//    ranking, typo correction on a miss): hit@3, MRR and every miss, per set. The held-out
//    set shows only its numbers (per kind), never its queries, so nobody tunes to it by
//    reading its misses; --show-held-out prints them (for a final review only).
// 2. Cost: a fixed list of Dutch queries in Chromium, the way a reader would: the first one
//    by opening /zoeken/?q=…, the others by typing in the search box on the same page. Per
//    query it prints the search files fetched (bytes as gzip: what a server sends) and the
//    time until the first result shows; then the typo word list (fetched only on a miss) and
//    what a plain page view fetches of search (nothing).
//
// Bytes: each response body gzipped at level 6, as common servers do; Pagefind's index
// files, fragments and WebAssembly are gzip already and count as they are. The page itself
// (HTML, its CSS and script) is listed apart from the search files.
// BENCH_DIST=/some/dir measures another build output instead of dist/.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, type Page, type Response } from '@playwright/test';
import { SEARCH_BUNDLE_DIR, SEARCH_WORDS_FILE } from '../../src/search/shared/search-bundle.ts';
import { SEARCH_RANKING } from '../../src/search/shared/search-ranking.ts';
import { loadQueries, QUERY_SETS, score, type QueryOutcome, type QuerySet } from '../search/relevance.ts';
import { launchBrowser, noteFirstResult, openSearchRunner } from '../search/search-runner.ts';
import { serve } from '../search/static-server.ts';

const DIST = process.env['BENCH_DIST'] ?? join(import.meta.dirname, '../../dist');
const QUERIES = [
  'instagram bezwaar',
  'formulier',
  'centrum',
  'gekoppeld',
  'bezwaren',
  'kinderen',
  'bevestiging',
  'whatsapp',
];
const VIEWPORT = { width: 412, height: 915 }; // A common Android phone, like the e2e "phone" project.
/** Budgets from the developers' guide: first search, each later one, the typo list. */
const TARGET_FIRST_QUERY = 130 * 1024;
const TARGET_LATER_QUERY = 10 * 1024;
const TARGET_WORD_LIST = 8 * 1024;
/** Plain pages that must fetch no search file. */
const PLAIN_PAGES = ['/', '/gids/facebook/', '/vragen/'];

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
    fetched.push(
      response.body().then(
        (body) => ({ path, bytes: wireBytes(body) }),
        () => ({ path, bytes: 0 }),
      ),
    );
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
  await relevance();
  // --relevance: only part 1, to try a change to query understanding quickly.
  if (process.argv.includes('--relevance')) return;
  const server = await serve(DIST);
  const origin = server.origin;
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: VIEWPORT, locale: 'nl-NL' });
  // Notes the page-clock time whenever a result appears after the last reset.
  await noteFirstResult(page);
  const record = recorder(page);
  const rows: string[][] = [];
  let laterMax = 0;

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
    laterMax = Math.max(laterMax, bytes);
  }
  const plainViews = await plainPageFetches(browser, origin);
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
  const within = (bytes: number, target: number) =>
    `${kb(bytes)}, ${bytes <= target ? 'within' : 'OVER'} the ${kb(target)} budget`;
  const wordList = wireBytes(
    await readFile(join(DIST, SEARCH_BUNDLE_DIR, SEARCH_WORDS_FILE)).catch(() => Buffer.alloc(0)),
  );
  console.log(`\nFirst query: ${within(firstSearchBytes, TARGET_FIRST_QUERY)}.`);
  console.log(`Later queries: at most ${within(laterMax, TARGET_LATER_QUERY)}.`);
  console.log(
    `Typo word list (/${SEARCH_BUNDLE_DIR}/${SEARCH_WORDS_FILE}, only on a miss): ${within(wordList, TARGET_WORD_LIST)}.`,
  );
  console.log(
    `First query with a miss (first query + word list): ${within(firstSearchBytes + wordList, TARGET_FIRST_QUERY)}.`,
  );
  for (const [path, files] of plainViews) {
    console.log(`Plain view of ${path}: ${files.length === 0 ? 'no search files' : `FETCHES ${files.join(', ')}`}.`);
  }
}

/** Search files a plain page fetches, even with the header search box focused: none is the goal. */
async function plainPageFetches(browser: Browser, origin: string): Promise<[string, string[]][]> {
  const views: [string, string[]][] = [];
  for (const path of PLAIN_PAGES) {
    const page = await browser.newPage({ viewport: VIEWPORT });
    const files: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith(`/${SEARCH_BUNDLE_DIR}/`)) files.push(url.pathname);
    });
    await page.goto(`${origin}${path}`);
    await page.waitForLoadState('networkidle');
    await page
      .getByRole('banner')
      .getByRole('searchbox')
      .focus()
      .catch(() => undefined);
    await page.waitForTimeout(300);
    views.push([path, files]);
    await page.close();
  }
  return views;
}

const percent = (value: number) => value.toFixed(3);

/** Part 1: the readers' queries of both sets, scored. */
async function relevance(): Promise<void> {
  const runner = await openSearchRunner(DIST);
  const summary: string[] = [];
  for (const set of Object.keys(QUERY_SETS) as QuerySet[]) {
    const outcomes: QueryOutcome[] = [];
    for (const query of loadQueries(set)) outcomes.push(await runner.run(query));
    const scores = score(outcomes);
    printSet(set, outcomes);
    summary.push(`${set}: hit@3 ${percent(scores.hitAt3)}  MRR ${percent(scores.mrr)}  (${outcomes.length} queries)`);
  }
  await runner.close();
  console.log(`\nRelevance summary:\n  ${summary.join('\n  ')}`);
}

/** Held-out queries stay unseen unless asked for: reading their misses would tune to them. */
const showsQueries = (set: QuerySet) => set !== 'held-out' || process.argv.includes('--show-held-out');

function printSet(set: QuerySet, outcomes: QueryOutcome[]): void {
  const scores = score(outcomes);
  console.log(
    `\nRelevance, ${set} set: ${outcomes.length} readers' queries (tests/search/${set}.yaml), ranking ${JSON.stringify(SEARCH_RANKING)}.`,
  );
  console.log(`hit@3 ${percent(scores.hitAt3)}  MRR ${percent(scores.mrr)}`);
  const kinds = [...new Set(outcomes.map((outcome) => outcome.query.kind))];
  console.log(
    kinds
      .map((kind) => {
        const ofKind = score(outcomes.filter((outcome) => outcome.query.kind === kind));
        const count = outcomes.filter((outcome) => outcome.query.kind === kind).length;
        return `${kind} ${percent(ofKind.hitAt3)}/${percent(ofKind.mrr)} (${count})`;
      })
      .join(' · '),
  );
  if (!showsQueries(set)) {
    const swapped = scores.misses.filter((miss) => miss.swapped?.length).length;
    console.log(
      `(per kind: hit@3/MRR. ${scores.misses.length} misses, ${swapped} with a swapped real word; queries not shown.)`,
    );
    return;
  }
  const corrected = outcomes.filter((outcome) => outcome.searchedAs);
  if (corrected.length > 0) {
    console.log(`\nSearched again after correction:`);
    for (const outcome of corrected)
      console.log(`  ${outcome.query.query} → ${outcome.searchedAs} (rank ${outcome.rank})`);
  }
  console.log(scores.misses.length === 0 ? '\nNo misses.' : `\nMisses (not in the top three):`);
  for (const miss of scores.misses) {
    const answer = miss.query.nothing
      ? 'the "nothing on this" message'
      : [...miss.query.answers, ...miss.query.first].join(' | ');
    const swapped = miss.swapped?.length
      ? `; CORRECTED REAL WORDS ${miss.swapped.join(', ')} → ${miss.searchedAs}`
      : '';
    const rank = miss.rank > 0 ? `rank ${miss.rank}` : 'not found';
    console.log(
      `  ${miss.query.query}  [${miss.query.kind}]  ${rank}; wanted ${answer}; top: ${miss.top.join(' ') || 'nothing'}${swapped}`,
    );
  }
}

await main();
