// `npm run bench:search`: how well search finds readers' answers, and what it costs.
// Builds the site if dist/ has no index yet (or with --build), serves dist/ on a local port.
// 1. Relevance: every query of both sets, tests/search/tuning.yaml and the held-out set
//    tests/search/held-out.yaml, searched as the search page does (Pagefind with our
//    ranking, typo correction on a miss): hit@3, MRR and every miss, per set. The held-out
//    set shows only its numbers (per kind), never its queries, so nobody tunes to it by
//    reading its misses; --show-held-out prints them (for a final review only).
// 2. Cost (tests/search/search-cost.ts, which the dist budget test runs too): first searches
//    of every kind (plain, typo, Dutch word not on the site, spoken question, topic not on
//    the site), each by opening /zoeken/?q=… in a fresh page; then later searches typed in
//    the box of the first page. Per query it prints the search files fetched (bytes as gzip:
//    what a server sends) and the time until the first result shows; then what a plain page
//    view fetches of search (nothing). The page itself (HTML, CSS, script) is listed apart.
// 3. --typos (tests/search/typo-variants.ts): only this. Each tuning query that search answers
//    as typed, with one typo made by rule in one telling word (letters swapped, dropped,
//    doubled, a neighbouring key, a mixed-up spelling such as "y" for "ij"): how often the
//    answer stays in the top three, per kind and word length, and every loss.
// BENCH_DIST=/some/dir measures another build output instead of dist/.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type Page } from '@playwright/test';
import { SEARCH_BUNDLE_DIR } from '../../src/search/shared/search-bundle.ts';
import { SEARCH_RANKING } from '../../src/search/shared/search-ranking.ts';
import { loadQueries, QUERY_SETS, score, type QueryOutcome, type QuerySet } from '../search/relevance.ts';
import { launchBrowser, noteFirstResult, openSearchRunner } from '../search/search-runner.ts';
import {
  FIRST_SEARCH_BUDGET,
  FIRST_SEARCHES,
  firstSearchCost,
  kb,
  LATER_SEARCH_BUDGET,
  LATER_SEARCHES,
  laterSearchCost,
  VIEWPORT,
  type SearchCost,
} from '../search/search-cost.ts';
import { serve } from '../search/static-server.ts';
import { typoVariants } from '../search/typo-variants.ts';
import { realWords } from '../../src/search/build/dutch-dictionary.ts';

const DIST = process.env['BENCH_DIST'] ?? join(import.meta.dirname, '../../dist');
/** Plain pages that must fetch no search file. */
const PLAIN_PAGES = ['/', '/gids/facebook/', '/vragen/'];

/** Milliseconds from `since` (page clock) until a result shows ('-' for none); how many; the top one. */
async function shownResult(page: Page, since: number): Promise<{ time: string; count: string; top: string }> {
  const shownAt = await page.evaluate(() => (window as unknown as { firstResultAt: number }).firstResultAt);
  const hasResult = (await page.locator('.search-result').count()) > 0;
  return {
    time: hasResult ? `${Math.round(shownAt - since)} ms` : '-',
    count: (await page.locator('pagefind-summary').textContent())?.trim() ?? '',
    top: hasResult
      ? ((await page.locator('.search-result-link').first().getAttribute('href')) ?? '')
      : 'nothing on this',
  };
}

const within = (bytes: number, target: number) =>
  `${kb(bytes)}, ${bytes <= target ? 'within' : 'OVER'} the ${kb(target)} budget`;

function table(header: string[], rows: string[][]): void {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ');
  console.log(line(header));
  console.log(line(widths.map((width) => '-'.repeat(width))));
  rows.forEach((row) => console.log(line(row)));
}

async function main() {
  if (process.argv.includes('--build') || !existsSync(join(DIST, 'pagefind/pagefind-entry.json'))) {
    console.log('Building the site first (npm run build)…');
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  if (process.argv.includes('--typos')) return typos();
  // --cost: only part 2, to measure bytes quickly.
  if (!process.argv.includes('--cost')) await relevance();
  // --relevance: only part 1, to try a change to query understanding quickly.
  if (process.argv.includes('--relevance')) return;
  const server = await serve(DIST);
  const origin = server.origin;
  const browser = await launchBrowser();

  // First searches, each in a fresh page (cold cache), as a shared link /zoeken/?q=…
  const firstRows: string[][] = [];
  const firstCosts: SearchCost[] = [];
  let laterPage: Page | undefined;
  let pageBytes = 0;
  for (const { kind, query } of FIRST_SEARCHES) {
    const cost = await firstSearchCost(browser, origin, query, noteFirstResult);
    const shown = await shownResult(cost.page, 0);
    firstRows.push([kind, query, kb(cost.bytes), shown.time, shown.count, shown.top]);
    firstCosts.push(cost);
    if (laterPage) await cost.page.close();
    else [laterPage, pageBytes] = [cost.page, cost.pageBytes];
  }

  // Later searches, typed on the page of the first one.
  const laterRows: string[][] = [];
  let laterMax = 0;
  for (const query of LATER_SEARCHES) {
    const startedAt = await laterPage!.evaluate(() => {
      (window as unknown as { firstResultAt: number }).firstResultAt = 0;
      return performance.now();
    });
    const cost = await laterSearchCost(laterPage!, query);
    const shown = await shownResult(laterPage!, startedAt);
    laterRows.push([query, kb(cost.bytes), shown.time, shown.count, shown.top]);
    laterMax = Math.max(laterMax, cost.bytes);
  }
  const plainViews = await plainPageFetches(browser, origin);
  await browser.close();
  server.close();

  console.log(`\nSearch bench: Chromium, ${VIEWPORT.width}×${VIEWPORT.height}, local server, no throttling.`);
  console.log(`\nFirst searches, each opened as a link in a fresh page (search files, gzip):`);
  table(['kind', 'query', 'search files', 'first result', 'results', 'top result'], firstRows);
  console.log(`\nLater searches, typed on that page; their time includes the 200 ms typing pause:`);
  table(['query', 'search files', 'first result', 'results', 'top result'], laterRows);

  console.log(`\nFirst searches, file by file (the page itself, not counted: ${kb(pageBytes)}):`);
  for (const cost of firstCosts) {
    console.log(`  ${cost.query}:`);
    for (const file of cost.files) console.log(`    ${kb(file.bytes).padStart(9)}  ${file.path}`);
  }
  const firstMax = Math.max(...firstCosts.map((cost) => cost.bytes));
  console.log(`\nFirst searches: at most ${within(firstMax, FIRST_SEARCH_BUDGET)}.`);
  console.log(`Later searches: at most ${within(laterMax, LATER_SEARCH_BUDGET)}.`);
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

const isHit = (outcome: QueryOutcome) => outcome.rank >= 1 && outcome.rank <= 3;

/** Part 3: tuning queries answered as typed, each with typos made by rule. */
async function typos(): Promise<void> {
  const real = new Set([...realWords()].map((word) => word.toLowerCase()));
  const runner = await openSearchRunner(DIST);
  const tally = new Map<string, { hits: number; all: number }>();
  const count = (group: string, hit: boolean) => {
    const entry = tally.get(group) ?? { hits: 0, all: 0 };
    entry.hits += hit ? 1 : 0;
    entry.all += 1;
    tally.set(group, entry);
  };
  const losses: string[] = [];
  let answered = 0;
  for (const query of loadQueries('tuning').filter((query) => !query.nothing && query.kind !== 'typo')) {
    if (!isHit(await runner.run(query))) continue;
    answered++;
    for (const variant of typoVariants(query.query, (word) => real.has(word))) {
      const outcome = await runner.run({ ...query, query: variant.query });
      for (const group of [
        'all',
        variant.kind,
        `${Math.min(variant.word.length, 9)}${variant.word.length >= 9 ? '+' : ''} letters`,
      ])
        count(group, isHit(outcome));
      if (!isHit(outcome))
        losses.push(
          `  ${variant.kind} ${variant.word} → ${variant.typo}: "${variant.query}" → ${outcome.searchedAs ?? '(as typed)'}, top: ${outcome.top.join(' ') || 'nothing'}`,
        );
    }
  }
  await runner.close();
  console.log(`\nTypo bench: ${answered} tuning queries answered as typed, each with typos made by rule.`);
  table(
    ['typos', 'still answered (hit@3)'],
    // All, then the kinds, then the word lengths, shortest first.
    [...tally]
      .sort(([a], [b]) => Number(/\d/.test(a)) - Number(/\d/.test(b)) || parseInt(a) - parseInt(b))
      .map(([group, { hits, all }]) => [group, `${percent(hits / all)} (${hits} of ${all})`]),
  );
  console.log(losses.length === 0 ? '\nNo losses.' : `\nLost:\n${losses.join('\n')}`);
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
