// Runs the benchmark's queries the way the search page does: Pagefind's own API in Chromium
// (its WebAssembly and index files, as a reader's browser loads them), with the ranking the
// page sets, and our typo correction when a query finds nothing or little.
import { chromium, type Browser, type Page } from '@playwright/test';
import { SEARCH_BUNDLE_DIR } from '../../src/search/shared/search-bundle.ts';
import { SEARCH_OPTIONS } from '../../src/search/shared/search-ranking.ts';
import { dutchWordsLoader, vocabularyLoader } from '../../src/search/shared/loaders.ts';
import { searchForReader, type SearchDeps } from '../../src/search/shared/understand.ts';
import { idfOf, partScore, type Vocabulary, type WordHit } from '../../src/search/shared/weighting.ts';
import { dutchDictionary, dutchWords } from '../../src/search/build/dutch-dictionary.ts';
import { compoundStandIn } from '../../src/search/build/compound-stand-ins.ts';
import { swappedDutchWords } from './honest-corrections.ts';
import { queryRank, RANKED_RESULTS, type BenchQuery, type QueryOutcome, type ResultData } from './relevance.ts';
import { findBrowser, thisMachine } from '../../deploy/scripts/tools.ts';
import { BLANK_PAGE, serve, type StaticServer } from './static-server.ts';

export interface SearchRunner {
  /** Ranked results of one plain Pagefind search (no query understanding). */
  search(query: string): Promise<ResultData[]>;
  /** Pagefind's ids of the results of one plain search (the keys of the vocabulary's headings). */
  resultIds(query: string): Promise<string[]>;
  /** One benchmark query, understood and searched as on the search page. */
  run(query: BenchQuery): Promise<QueryOutcome>;
  close(): Promise<void>;
}

/** A result as the page hands it over: each part with the words found in it and their weights. */
interface PageData {
  /** Pagefind's result id (the page's fragment). */
  id: string;
  url: string;
  parts: { url: string; hits: WordHit[] }[];
}

declare global {
  interface Window {
    benchSearch(query: string, max: number): Promise<PageData[]>;
  }
}

/**
 * Loads Pagefind's API on a blank page and defines `window.benchSearch`. Written as a string:
 * a bundler (Vitest) would rewrite `import()` inside a function passed to the page. The word
 * at a location is read as wordAt() in weighting.ts reads it.
 */
function pageSetup(bundle: string, options: unknown): string {
  return `(async () => {
    const pagefind = await import(${JSON.stringify(bundle)});
    await pagefind.options(${JSON.stringify(options)});
    await pagefind.init();
    const wordAt = (words, at) => (words[at] ?? '').toLowerCase().normalize('NFD').replace(/[^\\p{L}\\p{N}]/gu, '');
    window.benchSearch = async (query, max) => {
      const found = await pagefind.search(query);
      if (!found) return [];
      const data = await Promise.all(found.results.slice(0, max).map(async (result) => ({ id: result.id, ...(await result.data()) })));
      return data.map(({ id, url, content, sub_results }) => {
        const words = content.split(/\\s+/);
        return {
          id,
          url,
          parts: sub_results.map((part) => ({
            url: part.url,
            hits: part.weighted_locations.map((at) => ({ word: wordAt(words, at.location), weight: at.weight })),
          })),
        };
      });
    };
  })()`;
}

async function preparePage(page: Page, origin: string, options: unknown): Promise<void> {
  await page.goto(`${origin}${BLANK_PAGE}`);
  await page.evaluate(pageSetup(`/${SEARCH_BUNDLE_DIR}/pagefind.js`, options));
}

/** The browser playwright.config.ts uses (deploy/scripts/tools.ts), else Playwright's own. */
/**
 * From the page's start, notes on `window.firstResultAt` the page-clock time at which a search
 * result first appears (0 until then; a bench may set it back to 0 before the next query).
 */
export async function noteFirstResult(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { firstResultAt: number };
    w.firstResultAt = 0;
    new MutationObserver(() => {
      if (!w.firstResultAt && document.querySelector('.search-result')) w.firstResultAt = performance.now();
    }).observe(document, { childList: true, subtree: true });
  });
}

export function launchBrowser(): Promise<Browser> {
  const found = findBrowser(thisMachine());
  return chromium.launch('path' in found ? { executablePath: found.path } : {});
}

/** Merges one page's results from several one-word searches: every part, every word found. */
function mergePages(results: PageData[]): PageData {
  const parts = new Map<string, WordHit[]>();
  for (const result of results)
    for (const part of result.parts) parts.set(part.url, [...(parts.get(part.url) ?? []), ...part.hits]);
  return { id: results[0]!.id, url: results[0]!.url, parts: [...parts].map(([url, hits]) => ({ url, hits })) };
}

const isDutch = (word: string) => dutchWords().has(word);

/** `options` replaces the site's SEARCH_OPTIONS, to try other ranking settings. */
export async function openSearchRunner(distDir: string, options: object = SEARCH_OPTIONS): Promise<SearchRunner> {
  const server: StaticServer = await serve(distDir);
  const browser = await launchBrowser();
  const page = await browser.newPage();
  await preparePage(page, server.origin, options);
  const bundlePath = `${server.origin}/${SEARCH_BUNDLE_DIR}/`;
  const loadVocabulary = vocabularyLoader(bundlePath);
  const rawSearch = (query: string) =>
    page.evaluate(([q, max]) => window.benchSearch(q, max), [query, RANKED_RESULTS] as const);
  const view = (result: PageData, vocabulary: Vocabulary): ResultData => ({
    url: result.url,
    subResults: result.parts.map((part) => ({
      url: part.url,
      weight: partScore(part.hits, (word) => idfOf(word, vocabulary)),
    })),
  });
  const deps: SearchDeps<PageData> = {
    search: rawSearch,
    loadVocabulary,
    loadDutchWords: dutchWordsLoader(bundlePath),
    key: (result) => result.id,
    merge: mergePages,
  };

  /** The site's words as a set, for the honesty check's compound parts; made once. */
  let siteWords: ReadonlySet<string> | undefined;

  return {
    async search(query) {
      const vocabulary = await loadVocabulary();
      return (await rawSearch(query)).map((result) => view(result, vocabulary));
    },
    async resultIds(query) {
      return (await rawSearch(query)).map((result) => result.id);
    },
    async run(query) {
      const outcome = await searchForReader(query.query, deps);
      const vocabulary = await loadVocabulary();
      siteWords ??= new Set(vocabulary.words);
      const onSite = siteWords;
      const results = outcome.results.map((result) => view(result, vocabulary));
      // A shown correction that replaced a real Dutch word is nonsense to the reader: a miss,
      // whatever it found.
      const swapped = outcome.corrected.length
        ? swappedDutchWords(
            outcome.corrected.map((c) => c.from).join(' '),
            outcome.corrected.map((c) => c.to).join(' '),
            isDutch,
            (word) => compoundStandIn(word, onSite, dutchDictionary()),
          )
        : [];
      const found = query.nothing ? (outcome.nothing ? 1 : 0) : queryRank(query, results);
      const changed = outcome.corrected.length > 0 || outcome.dropped.length > 0 || outcome.partial;
      return {
        query,
        rank: swapped.length > 0 ? 0 : found,
        swapped,
        searchedAs: changed
          ? `${outcome.searched}${outcome.partial ? ' (partial)' : ''}${outcome.dropped.length ? ` [left out: ${outcome.dropped.join(', ')}]` : ''}`
          : undefined,
        top: results.slice(0, 3).map((result) => result.url),
      };
    },
    async close() {
      await browser.close();
      server.close();
    },
  };
}
