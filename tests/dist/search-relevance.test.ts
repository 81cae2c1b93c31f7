// The relevance gate: the readers' queries of both sets (tests/search/tuning.yaml and the
// held-out tests/search/held-out.yaml), searched in Chromium on the built index as the search
// page searches them, must keep finding their answers as well as they did when this gate was
// set. Also checks the word lists and that editors' keywords stay out of the built pages.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_KEYWORDS_FILE } from '../../src/search/build/search-keywords';
import { SEARCH_PAGE_FILE } from '../../src/search/build/preloads';
import { KEYWORD_MARK } from '../../src/search/shared/keyword-marks';
import {
  allDutchFiles,
  SEARCH_BUNDLE_DIR,
  SEARCH_HEADS_FILE,
  SEARCH_BUNDLE_PATH,
  SEARCH_UI_FILE,
  SEARCH_WORDS_FILE,
  searchDutchFile,
} from '../../src/search/shared/search-bundle';
import { UI_COMPONENTS } from '../../src/search/build/ui-components';
import {
  FIRST_SEARCH_BUDGET,
  FIRST_SEARCHES,
  firstSearchCost,
  kb,
  LATER_SEARCH_BUDGET,
  LATER_SEARCHES,
  laterSearchCost,
  type SearchCost,
} from '../search/search-cost';
import { launchBrowser } from '../search/search-runner';
import { serve } from '../search/static-server';
import { notCoveredLine, parseVocabulary } from '../../src/search/shared/weighting';
import { loadQueries, score, shownSubResults, type QueryOutcome, type QuerySet, type Scores } from '../search/relevance';
import { openSearchRunner, type SearchRunner } from '../search/search-runner';
import { parse } from 'yaml';
import { ENGLISH_STOP_WORDS, PEOPLE_WORDS } from '../../src/search/shared/stop-words';
import { wordsOf } from '../../src/search/shared/typo-correction';
import { isOnSite, notCoveredTopic } from '../../src/search/shared/understand';
import { parseDutchWords } from '../../src/search/shared/dutch-words';
import { DIST, pages } from './dist-site';

/**
 * The levels reached when the gate was last set: on the search work's own branch, tuning
 * 0.974 / 0.926 and held-out 0.870 / 0.822; after the December 2026 content 0.962 / 0.899 and
 * 0.855 / 0.803. Then the tuning set grew to 112 queries with 34 harder ones (0.911 / 0.833
 * with the search of then), and English words, headings first and the fuller "nothing on
 * this" rule reached tuning 0.964 / 0.885 (the first 78 queries 0.987 / 0.912) and held-out
 * 0.884 / 0.830. On 2026-12-02 that held-out set, seen while tuning, joined the tuning set
 * and a new one, written blind, became the held-out set: tuning 0.934 / 0.864, held-out
 * 0.783 / 0.715, of which 3 hits came from a compound cut at letters that only looked like a
 * part ("aanbiedingen" → "dingen"); counted as misses, 0.747 / 0.687. Compounds split where
 * the Dutch dictionary splits them: 0.768 / 0.699 held-out. Family words as reader words
 * ("dochter", "kleinzoon" → "kind"): tuning 0.948 / 0.882, held-out 0.793 / 0.724. The people a
 * reader asks for as filler ("mijn opa wil bezwaar maken" said "nothing on this"), with
 * "object" and "too late" as English reader words: tuning 0.960 / 0.891, held-out 0.780 /
 * 0.711. A development set of 90 queries, written blind the same day, measured 0.744 / 0.699;
 * separable verbs, the site's names, words mentioned only in passing, framing verbs as filler
 * and the people as the site's ‘iemand’ took it to 0.833 / 0.786, and it joined the tuning set
 * (72 new queries): tuning 0.928 / 0.863 (249), held-out 0.841 / 0.771. Reader words for the
 * site's key concepts, written and reviewed without the query sets: tuning 0.936 / 0.872,
 * held-out 0.841 / 0.771. The site's own text in readers' words (where a step or answer lacked
 * the everyday word readers ask with: "computer", "gelukt", "wachtwoord", …) and the partial
 * matches also after a search for someone: tuning 0.952 / 0.885, held-out 0.878 / 0.801.
 * Topics the site does not cover, named by editors (content/not-covered.yaml, written without
 * the query sets): tuning 0.968 / 0.901, held-out 0.902 / 0.825. Each such topic as groups of
 * words (any word of each group), written blind again, with exact word forms: tuning
 * 0.972 / 0.905, held-out 0.927 / 0.850. Typos corrected to readers' words and the people as
 * well, to site words without their ending, "y" read as "ij", ties to the word that keeps the
 * typed letters (found with the typo bench, over the tuning set only): tuning 0.972 / 0.905,
 * held-out 0.939 / 0.862. Issue 15's goals: held-out hit@3 0.95 (not yet) and MRR
 * 0.85 (met), tuning hit@3 0.98 (not yet) (the README's Search section).
 */
const GATES: Record<QuerySet, { hitAt3: number; mrr: number }> = {
  tuning: { hitAt3: 0.97, mrr: 0.9 },
  'held-out': { hitAt3: 0.93, mrr: 0.855 },
};
/** Each list loads with a search: within the later-search budget. */
const WORD_LIST_BUDGET = 10 * 1024;
/** A first search with a typo or a word not on the site loads one Dutch file per such word. */
const DUTCH_FILE_BUDGET = 1024;
/** And the heads file (SEARCH_HEADS_FILE), once. */
const HEADS_FILE_BUDGET = 3 * 1024;

const wordListText = readFileSync(join(DIST, SEARCH_BUNDLE_DIR, SEARCH_WORDS_FILE), 'utf8');

describe('search relevance on the built index', { timeout: 180_000 }, () => {
  let runner: SearchRunner;
  let outcomes: QueryOutcome[];
  let scores: Scores;
  const bySet: Partial<Record<QuerySet, Scores>> = {};

  beforeAll(async () => {
    runner = await openSearchRunner(DIST);
    for (const set of ['held-out', 'tuning'] as const) {
      outcomes = [];
      for (const query of loadQueries(set)) outcomes.push(await runner.run(query));
      bySet[set] = score(outcomes);
    }
    scores = bySet.tuning!;
  }, 180_000);

  afterAll(async () => {
    await runner?.close();
  });

  // Held-out misses are counted, never printed: reading them would tune search to them.
  const misses = (set: QuerySet, scored: Scores) =>
    set === 'held-out'
      ? `${scored.misses.length} held-out misses (queries not shown)`
      : scored.misses.map((miss) => `${miss.query.query} → rank ${miss.rank} (${miss.top.join(' ')})`).join('\n');

  for (const set of ['tuning', 'held-out'] as const) {
    it(`keeps hit@3 at ${GATES[set].hitAt3} and MRR at ${GATES[set].mrr} or more on the ${set} set`, () => {
      const scored = bySet[set]!;
      expect(scored.hitAt3, misses(set, scored)).toBeGreaterThanOrEqual(GATES[set].hitAt3);
      expect(scored.mrr, misses(set, scored)).toBeGreaterThanOrEqual(GATES[set].mrr);
    });
  }

  it('never shows a correction that replaced a real Dutch word', () => {
    const swapped = (set: QuerySet) => bySet[set]!.misses.filter((miss) => miss.swapped?.length);
    expect(swapped('tuning').map((miss) => `${miss.query.query}: ${miss.searchedAs}`)).toEqual([]);
    expect(swapped('held-out').length, 'held-out queries with a swapped real word').toBe(0);
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

  it('knows the headings of every page a search finds, by Pagefind’s result id', async () => {
    // Headings-first (understand.ts) looks pages up by result id, taken to be the fragment's
    // file name: a Pagefind upgrade that changes either must fail here, not silently.
    const headings = parseVocabulary(wordListText).headings!;
    const ids = await runner.resultIds('bezwaar');
    expect(ids.length).toBeGreaterThan(3);
    for (const id of ids) expect(headings.has(id), id).toBe(true);
    const faq = [...headings.values()].flat().filter((words) => words.includes('formulier') && words.includes('werkt'));
    expect(faq.length).toBeGreaterThan(0);
  });

  it('"bezwaar" puts both main guides first', async () => {
    const top = (await runner.search('bezwaar')).slice(0, 2).map((result) => result.url);
    expect(top.sort()).toEqual(['/gids/facebook/', '/gids/instagram/']);
  });
});

describe('files the search page preloads', () => {
  // A preload under a wrong name costs a wasted download and a wait; a Pagefind upgrade that
  // renames its files must fail here. Besides Pagefind's files: the chunk of query understanding.
  it('exist under the names Pagefind uses', () => {
    const html = readFileSync(join(DIST, SEARCH_PAGE_FILE), 'utf8');
    const attribute = /data-preloads="([^"]+)"/.exec(html)?.[1] ?? '[]';
    const hrefs = (JSON.parse(attribute.replaceAll('&quot;', '"')) as [string, string][]).map(([, href]) => href);
    expect(hrefs.length).toBeGreaterThanOrEqual(6);
    for (const href of hrefs) expect(existsSync(join(DIST, href.split('?')[0]!)), href).toBe(true);
    expect(hrefs.filter((href) => !href.startsWith(SEARCH_BUNDLE_PATH)).length, 'query understanding').toBe(1);
    expect(hrefs.find((href) => !href.startsWith(SEARCH_BUNDLE_PATH)), 'query understanding').toMatch(
      /^\/_astro\/reader-engine\.[\w-]+\.js$/,
    );
    expect(html).toMatch(/data-meta-cache-tag="[\w]+"/);
  });
});

describe('search budget: what a reader’s searches fetch, in Chromium on the built page', { timeout: 180_000 }, () => {
  const first: SearchCost[] = [];
  const later: SearchCost[] = [];

  beforeAll(async () => {
    const server = await serve(DIST);
    const browser = await launchBrowser();
    try {
      for (const { query } of FIRST_SEARCHES) {
        const cost = await firstSearchCost(browser, server.origin, query);
        first.push(cost);
        // Later searches are typed on the page of the first (plain) one.
        if (later.length === 0) for (const typed of LATER_SEARCHES) later.push(await laterSearchCost(cost.page, typed));
        await cost.page.close();
      }
    } finally {
      await browser.close();
      server.close();
    }
  }, 180_000);

  const over = (costs: SearchCost[], budget: number) =>
    costs
      .filter((cost) => cost.bytes > budget)
      .map((cost) => `${cost.query}: ${kb(cost.bytes)} (${cost.files.map((file) => `${file.path} ${kb(file.bytes)}`).join(', ')})`);

  it(`every kind of first search (${FIRST_SEARCHES.map((search) => search.kind).join(', ')}) fetches at most ${FIRST_SEARCH_BUDGET / 1024} KB gzip`, () => {
    expect(first.length).toBe(FIRST_SEARCHES.length);
    // A search that fetched no engine or index did not search: the measure would be wrong.
    for (const cost of first) expect(cost.files.some((file) => file.path.endsWith('.pf_index')), cost.query).toBe(true);
    expect(over(first, FIRST_SEARCH_BUDGET)).toEqual([]);
  });

  it('a first search with a typo or a word not on the site loads its Dutch word file', () => {
    const typo = first[FIRST_SEARCHES.findIndex((search) => search.kind === 'typo')]!;
    expect(typo.files.map((file) => file.path)).toContain(`${SEARCH_BUNDLE_PATH}${searchDutchFile('faceboek')}`);
  });

  it(`each later search fetches at most ${LATER_SEARCH_BUDGET / 1024} KB gzip`, () => {
    expect(later.length).toBe(LATER_SEARCHES.length);
    expect(over(later, LATER_SEARCH_BUDGET)).toEqual([]);
  });

  it('the cut Component UI defines every Pagefind element the search page uses', () => {
    const html = readFileSync(join(DIST, SEARCH_PAGE_FILE), 'utf8');
    const used = new Set([...html.matchAll(/<(pagefind-[a-z-]+)/g)].map((match) => match[1]));
    expect([...used].sort()).toEqual([...UI_COMPONENTS].sort());
    const ui = readFileSync(join(DIST, SEARCH_BUNDLE_DIR, SEARCH_UI_FILE), 'utf8');
    for (const name of used) expect(ui, name).toContain(`customElements.define("${name}"`);
  });
});

describe('word lists', () => {
  it(`each fit in ${WORD_LIST_BUDGET / 1024} KB gzip`, () => {
    expect(gzipSync(wordListText, { level: 9 }).length).toBeLessThanOrEqual(WORD_LIST_BUDGET);
    for (const name of allDutchFiles()) {
      const file = join(DIST, SEARCH_BUNDLE_DIR, name);
      expect(gzipSync(readFileSync(file), { level: 9 }).length, file).toBeLessThanOrEqual(DUTCH_FILE_BUDGET);
    }
    const heads = readFileSync(join(DIST, SEARCH_BUNDLE_DIR, SEARCH_HEADS_FILE));
    expect(gzipSync(heads, { level: 9 }).length).toBeLessThanOrEqual(HEADS_FILE_BUDGET);
    expect(parseDutchWords(heads.toString()).heads).toContain('facebook');
  });

  it('hold the index vocabulary (text words, compound parts, keywords) and real Dutch words near it', () => {
    const list = parseVocabulary(wordListText);
    for (const word of ['facebook', 'bezwaar', 'privacycentrum', 'centrum', 'nepaccount', 'gehackt']) {
      expect(list.positions.has(word), word).toBe(true);
    }
    expect(list.parts).toBeGreaterThan(50);
    for (const word of ['dochter', 'lang']) {
      const dutch = readFileSync(join(DIST, SEARCH_BUNDLE_DIR, searchDutchFile(word)), 'utf8').split('\n');
      expect(dutch, word).toContain(word);
    }
  });
});

describe('topics the site does not cover', () => {
  const vocabulary = parseVocabulary(wordListText);

  it('reach search with its word list, every entry of the content file', () => {
    const listed = (parse(readFileSync('content/not-covered.yaml', 'utf8')) as { words: string[][] }[]).map((entry) =>
      notCoveredLine(entry.words),
    );
    expect((vocabulary.notCovered ?? []).map(notCoveredLine).sort()).toEqual(listed.sort());
  });

  it('match no title or heading of a step or question: the site answers what its headings say', () => {
    const answered = [...(vocabulary.headings ?? [])].flatMap(([page, parts]) =>
      parts.flatMap((words) => {
        const topic = notCoveredTopic(words, vocabulary);
        return topic ? [`${notCoveredLine(topic)}: a heading of ${page} holds ${words.join(' ')}`] : [];
      }),
    );
    expect(answered).toEqual([]);
  });
});

describe('reader words', () => {
  const vocabulary = parseVocabulary(wordListText);
  const readerWords = vocabulary.readerWords ?? [];
  const english = new Set(
    (parse(readFileSync('content/reader-words.yaml', 'utf8')) as { id: string; lang?: string }[])
      .filter((entry) => entry.lang === 'en')
      .map((entry) => entry.id),
  );

  it('reach search with its word list, and lead to words on the site', () => {
    expect(readerWords.length).toBeGreaterThan(50);
    const offSite = readerWords.filter((entry) => !wordsOf(entry.site).every((word) => isOnSite(word, vocabulary)));
    expect(offSite.map((entry) => `${entry.id} → ${entry.site}`)).toEqual([]);
  });

  it('never rewrite an English word the site itself uses', () => {
    const onSite = [...english].filter((id) => !id.includes(' ') && vocabulary.positions.has(id));
    expect(onSite).toEqual([]);
  });

  it('never rewrite a Dutch word the site itself uses', () => {
    // Editors' keywords put these on the site, each on the answer its site word leads to as well
    // ("insta" on the Instagram guide): the swap loses no page.
    const keywordsToo = new Set(['email', 'mailadres', 'rechtbank', 'insta']);
    const dutch = (parse(readFileSync('content/reader-words.yaml', 'utf8')) as { id: string; lang?: string }[])
      .filter((entry) => entry.lang === undefined && !entry.id.includes(' '))
      .map((entry) => entry.id);
    expect([...keywordsToo].filter((id) => !dutch.includes(id)), 'no longer reader words').toEqual([]);
    const onSite = dutch.filter((id) => !keywordsToo.has(id) && vocabulary.positions.has(id));
    expect(
      onSite.map((id) => `${id}: the site uses this word, so search must not swap it for another`),
    ).toEqual([]);
  });

  it('leave out no English filler word, and no person, that the site uses as a word of its own', () => {
    expect(ENGLISH_STOP_WORDS.filter((word) => vocabulary.positions.has(word))).toEqual([]);
    expect(PEOPLE_WORDS.filter((word) => vocabulary.positions.has(word))).toEqual([]);
  });
});

describe('editors’ keywords', () => {
  it('reach the index from the collections, and their build file does not ship', () => {
    expect(existsSync(join(DIST, SEARCH_KEYWORDS_FILE))).toBe(false);
  });

  it('never reach a built page', () => {
    const marked = pages.filter((page) => page.html.includes(KEYWORD_MARK)).map((page) => page.path);
    expect(marked).toEqual([]);
    const withKeywordWord = pages.filter((page) => /\bkettingbrief\b/i.test(page.html)).map((page) => page.path);
    expect(withKeywordWord).toEqual([]);
  });
});
