// Runs the benchmark's queries the way the search page does: Pagefind's own API in Chromium
// (its WebAssembly and index files, as a reader's browser loads them), with the ranking the
// page sets, and our typo correction when a query finds nothing or little.
import { chromium, type Browser, type Page } from '@playwright/test';
import { SEARCH_BUNDLE_DIR, SEARCH_WORDS_FILE } from '../../src/lib/search-bundle.ts';
import { SEARCH_OPTIONS } from '../../src/lib/search-ranking.ts';
import { parseWordList, searchWithCorrection, wordListLoader } from '../../src/lib/typo-correction.ts';
import { partWeight } from '../../src/lib/search-parts.ts';
import { dutchDictionary } from '../../src/integrations/dutch-dictionary.ts';
import { swappedDutchWords } from './honest-corrections.ts';
import { queryRank, RANKED_RESULTS, type BenchQuery, type QueryOutcome, type ResultData } from './relevance.ts';
import { findBrowser, thisMachine } from '../../deploy/scripts/tools.ts';
import { BLANK_PAGE, serve, type StaticServer } from './static-server.ts';

export interface SearchRunner {
  /** Ranked results of one plain Pagefind search (no correction). */
  search(query: string): Promise<ResultData[]>;
  /** One benchmark query, corrected as on the search page. */
  run(query: BenchQuery): Promise<QueryOutcome>;
  close(): Promise<void>;
}

/** A result as the page hands it over: each part with the weights of its matches. */
interface PageData {
  url: string;
  subResults: { url: string; weights: number[] }[];
}

declare global {
  interface Window {
    benchSearch(query: string, max: number): Promise<PageData[]>;
  }
}

/**
 * Loads Pagefind's API on a blank page and defines `window.benchSearch`. Written as a string:
 * a bundler (Vitest) would rewrite `import()` inside a function passed to the page.
 */
function pageSetup(bundle: string, options: unknown): string {
  return `(async () => {
    const pagefind = await import(${JSON.stringify(bundle)});
    await pagefind.options(${JSON.stringify(options)});
    await pagefind.init();
    window.benchSearch = async (query, max) => {
      const found = await pagefind.search(query);
      if (!found) return [];
      const data = await Promise.all(found.results.slice(0, max).map((result) => result.data()));
      return data.map(({ url, sub_results }) => ({
        url,
        subResults: sub_results.map((part) => ({ url: part.url, weights: part.weighted_locations.map((at) => at.weight) })),
      }));
    };
  })()`;
}

async function preparePage(page: Page, origin: string, options: unknown): Promise<void> {
  await page.goto(`${origin}${BLANK_PAGE}`);
  await page.evaluate(pageSetup(`/${SEARCH_BUNDLE_DIR}/pagefind.js`, options));
}

/** The browser playwright.config.ts uses (deploy/scripts/tools.ts), else Playwright's own. */
export function launchBrowser(): Promise<Browser> {
  const found = findBrowser(thisMachine());
  return chromium.launch('path' in found ? { executablePath: found.path } : {});
}

/** `options` replaces the site's SEARCH_OPTIONS, to try other ranking settings. */
const isDutch = (word: string) => dutchDictionary().isSimpleWord(word);

export async function openSearchRunner(distDir: string, options: object = SEARCH_OPTIONS): Promise<SearchRunner> {
  const server: StaticServer = await serve(distDir);
  const browser = await launchBrowser();
  const page = await browser.newPage();
  await preparePage(page, server.origin, options);
  // Fetched over HTTP like the page does. A build without the list (an older one, measured
  // for comparison) searches uncorrected.
  const fetchWordList = wordListLoader(`${server.origin}/${SEARCH_BUNDLE_DIR}/${SEARCH_WORDS_FILE}`);
  const loadWordList = () => fetchWordList().catch(() => parseWordList(''));
  const search = async (query: string): Promise<ResultData[]> =>
    (await page.evaluate(([q, max]) => window.benchSearch(q, max), [query, RANKED_RESULTS] as const)).map((result) => ({
      url: result.url,
      subResults: result.subResults.map((part) => ({ url: part.url, weight: partWeight(part.weights) })),
    }));

  return {
    search,
    async run(query) {
      const { results, correction } = await searchWithCorrection(query.query, search, loadWordList);
      // A shown correction that replaced a real Dutch word is nonsense to the reader: a miss,
      // whatever it found.
      const swapped = correction ? swappedDutchWords(correction.typed, correction.searched, isDutch) : [];
      const found = query.nothing ? (results.length === 0 ? 1 : 0) : queryRank(query, results);
      return {
        query,
        rank: swapped.length > 0 ? 0 : found,
        swapped,
        searchedAs: correction?.searched,
        top: results.slice(0, 3).map((result) => result.url),
      };
    },
    async close() {
      await browser.close();
      server.close();
    },
  };
}
