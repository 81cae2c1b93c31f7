// The relevance gate: the readers' queries in tests/search/tuning.yaml, searched in Chromium
// on the built index with the page's ranking and typo correction, must keep finding their
// answers as well as they did when this gate was set. Also checks the typo word list and
// that editors' keywords stay out of the built pages.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchKeywords } from '../../src/integrations/search-keywords';
import { KEYWORD_MARK } from '../../src/lib/keyword-marks';
import { SEARCH_BUNDLE_DIR, SEARCH_ENGINE_FILE, SEARCH_WORDS_FILE, searchWasmFile } from '../../src/lib/search-bundle';
import { parseWordList } from '../../src/lib/typo-correction';
import { loadQueries, score, shownSubResults, type QueryOutcome, type Scores } from '../search/relevance';
import { openSearchRunner, type SearchRunner } from '../search/search-runner';
import { DIST, pages } from './dist-site';

/** The levels reached when the gate was last set (78 queries: 77 hits at 3, MRR 0.940). */
const MIN_HIT_AT_3 = 0.98;
const MIN_MRR = 0.92;
const WORD_LIST_BUDGET = 8 * 1024;

const wordListText = readFileSync(join(DIST, SEARCH_BUNDLE_DIR, SEARCH_WORDS_FILE), 'utf8');

describe('search relevance on the built index', { timeout: 120_000 }, () => {
  let runner: SearchRunner;
  let outcomes: QueryOutcome[];
  let scores: Scores;

  beforeAll(async () => {
    runner = await openSearchRunner(DIST);
    outcomes = [];
    for (const query of loadQueries('tuning')) outcomes.push(await runner.run(query));
    scores = score(outcomes);
  }, 120_000);

  afterAll(async () => {
    await runner?.close();
  });

  const misses = () => scores.misses.map((miss) => `${miss.query.query} → rank ${miss.rank} (${miss.top.join(' ')})`);

  it(`keeps hit@3 at ${MIN_HIT_AT_3} or more`, () => {
    expect(scores.hitAt3, misses().join('\n')).toBeGreaterThanOrEqual(MIN_HIT_AT_3);
  });

  it(`keeps MRR at ${MIN_MRR} or more`, () => {
    expect(scores.mrr, misses().join('\n')).toBeGreaterThanOrEqual(MIN_MRR);
  });

  it('answers every example from issue 9 in the top three', () => {
    const missed = scores.misses.filter((miss) => miss.query.kind === 'issue').map((miss) => miss.query.query);
    expect(missed).toEqual([]);
  });

  it('"faceboek" is corrected to "facebook" and finds the Facebook guide first', () => {
    const faceboek = outcomes.find((outcome) => outcome.query.query === 'faceboek')!;
    expect(faceboek.searchedAs).toBe('facebook');
    expect(faceboek.top[0]).toBe('/gids/facebook/');
  });

  it('a question whose heading matches ranks above pages that mention the word once', async () => {
    const results = await runner.search('consumentenbond');
    const rank = (url: string) => results.findIndex((result) => result.url === url);
    const faq = rank('/vragen/');
    expect(faq).toBeGreaterThanOrEqual(0);
    expect(shownSubResults(results[faq]!)).toContain('/vragen/#mening-consumentenbond');
    for (const once of ['/over-deze-site/', '/gids/facebook/', '/gids/instagram/']) {
      if (rank(once) >= 0) expect(rank(once), once).toBeGreaterThan(faq);
    }
  });

  it('"bezwaar" puts both main guides first', async () => {
    const top = (await runner.search('bezwaar')).slice(0, 2).map((result) => result.url);
    expect(top.sort()).toEqual(['/gids/facebook/', '/gids/instagram/']);
  });
});

describe('files the search page preloads', () => {
  // A preload under a wrong name costs a wasted download; a Pagefind upgrade that renames
  // its files must fail here.
  it('exist under the names Pagefind uses', () => {
    const lang = /<html[^>]*\blang="([^"]+)"/.exec(readFileSync(join(DIST, 'zoeken/index.html'), 'utf8'))?.[1];
    expect(lang).toBe('nl');
    for (const file of [SEARCH_ENGINE_FILE, searchWasmFile(lang!)]) {
      expect(existsSync(join(DIST, SEARCH_BUNDLE_DIR, file)), file).toBe(true);
    }
  });
});

describe('typo word list', () => {
  it(`fits in ${WORD_LIST_BUDGET / 1024} KB gzip`, () => {
    expect(gzipSync(wordListText, { level: 9 }).length).toBeLessThanOrEqual(WORD_LIST_BUDGET);
  });

  it('holds the index vocabulary: text words, compound parts and keywords', () => {
    const list = parseWordList(wordListText);
    for (const word of ['facebook', 'bezwaar', 'privacycentrum', 'centrum', 'nepaccount', 'gehackt']) {
      expect(list.positions.has(word), word).toBe(true);
    }
  });
});

describe('editors’ keywords', () => {
  it('are there to index', async () => {
    expect((await searchKeywords()).size).toBeGreaterThan(0);
  });

  it('never reach a built page', () => {
    const marked = pages.filter((page) => page.html.includes(KEYWORD_MARK)).map((page) => page.path);
    expect(marked).toEqual([]);
    const withKeywordWord = pages.filter((page) => /\bkettingbrief\b/i.test(page.html)).map((page) => page.path);
    expect(withKeywordWord).toEqual([]);
  });
});
