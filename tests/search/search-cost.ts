// What a reader's searches cost in search files, measured in Chromium on the real search page:
// a first search by opening /zoeken/?q=… in a fresh page (cold cache), later ones by typing
// in the box on that page. Shared by the search bench (which prints it) and the dist budget
// test (which fails when a search is over its budget), so both measure the same thing.
//
// Bytes: each response body gzipped at level 6, as common servers do; Pagefind's index
// files, fragments and WebAssembly are gzip already and count as they are.
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from '@playwright/test';
import { SEARCH_BUNDLE_PATH } from '../../src/search/shared/search-bundle.ts';

/** Budgets from the developers' guide: a reader's first search, and each later one. */
export const FIRST_SEARCH_BUDGET = 130 * 1024;
export const LATER_SEARCH_BUDGET = 10 * 1024;

/**
 * First searches of every kind that costs differently: a plain one, a typo (loads a Dutch word
 * file to tell it from a real word), a real Dutch word not on the site (the same, and a
 * search per word), and a long spoken question (a search per word, so more index parts).
 */
export const FIRST_SEARCHES: readonly { kind: string; query: string }[] = [
  { kind: 'plain', query: 'instagram bezwaar' },
  { kind: 'typo', query: 'faceboek' },
  { kind: 'Dutch word not on the site', query: 'mijn kleindochter instagram' },
  { kind: 'spoken question', query: 'hoe kan ik voorkomen dat meta mijn oude fotos gebruikt voor hun ai' },
  { kind: 'topic not on the site', query: 'account van overleden moeder verwijderen' },
];

/** Later searches, typed on the page after a first one: plain words, a typo, a word not on the site. */
export const LATER_SEARCHES: readonly string[] = [
  'formulier',
  'centrum',
  'gekoppeld',
  'bezwaren',
  'kinderen',
  'bevestiging',
  'whatsapp',
  'privasy',
  'kleinzoon foto',
  'wat gebeurt er als ik niks doe',
];

export const VIEWPORT = { width: 412, height: 915 }; // A common Android phone, like the e2e "phone" project.

const isGzip = (body: Buffer) => body[0] === 0x1f && body[1] === 0x8b;
export const wireBytes = (body: Buffer) => (isGzip(body) ? body.length : gzipSync(body, { level: 6 }).length);
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export interface Fetched {
  path: string;
  bytes: number;
}

export const isSearchFile = (file: Fetched) => file.path.startsWith(SEARCH_BUNDLE_PATH);
export const totalBytes = (files: readonly Fetched[]) => files.reduce((sum, file) => sum + file.bytes, 0);

/** Records what the page fetches from now on. */
export function recorder(page: Page) {
  let fetched: Promise<Fetched>[] = [];
  const listener = (response: Response) => {
    const path = new URL(response.url()).pathname;
    fetched.push(
      response.body().then(
        (body) => ({ path, bytes: wireBytes(body) }),
        () => ({ path, bytes: 0 }),
      ),
    );
  };
  page.on('response', listener);
  return {
    stop: () => page.off('response', listener),
    async take(): Promise<Fetched[]> {
      const done = await Promise.all(fetched);
      fetched = [];
      return done;
    },
  };
}

/** Waits until a search has shown its outcome (results, or "nothing on this") and all its files came. */
export async function searchSettled(page: Page): Promise<void> {
  await page.locator('.search-result, [data-search-help]:not([hidden])').first().waitFor();
  await page.waitForLoadState('networkidle');
}

export interface SearchCost {
  query: string;
  /** Search files only, in the order they came. */
  files: Fetched[];
  bytes: number;
}

/** A first search in a fresh page: the search files a shared link to it fetches. */
export async function firstSearchCost(
  browser: Browser,
  origin: string,
  query: string,
  prepare: (page: Page) => Promise<void> = async () => undefined,
): Promise<SearchCost & { page: Page; pageBytes: number }> {
  const page = await browser.newPage({ viewport: VIEWPORT, locale: 'nl-NL' });
  await prepare(page);
  const record = recorder(page);
  await page.goto(`${origin}/zoeken/?q=${encodeURIComponent(query)}`);
  await searchSettled(page);
  const all = await record.take();
  record.stop();
  const files = all.filter(isSearchFile);
  return {
    query,
    files,
    bytes: totalBytes(files),
    page,
    pageBytes: totalBytes(all.filter((file) => !isSearchFile(file))),
  };
}

/** A later search on a page that has searched before: what typing `query` fetches. */
export async function laterSearchCost(page: Page, query: string): Promise<SearchCost> {
  const record = recorder(page);
  const input = page.getByRole('searchbox', { name: 'Zoek in de gidsen en vragen' });
  // Empty the box first and wait for the old results to go, so their files cannot count.
  await input.fill('');
  await page.locator('.search-result, [data-search-help]:not([hidden])').first().waitFor({ state: 'detached' });
  await page.waitForLoadState('networkidle');
  await record.take();
  await input.fill(query);
  await searchSettled(page);
  const files = (await record.take()).filter(isSearchFile);
  record.stop();
  return { query, files, bytes: totalBytes(files) };
}
