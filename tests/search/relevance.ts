// The relevance benchmark's pure part: what a query expects (tests/search/tuning.yaml and
// the held-out set tests/search/held-out.yaml, written blind),
// which links a reader sees for a result, and the scores hit@3 and MRR. No browser here,
// so the numbers can be checked by unit tests and shared by the bench and the dist gate.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { shownParts, type PartScore } from '../../src/search/shared/search-parts.ts';

/**
 * The two query sets. `tuning`: queries editors may add keywords for. `held-out`: written
 * before search was improved against them and never tuned to (see the file's header).
 */
export const QUERY_SETS = {
  tuning: new URL('./tuning.yaml', import.meta.url),
  'held-out': new URL('./held-out.yaml', import.meta.url),
} as const;

export type QuerySet = keyof typeof QUERY_SETS;

/** The search page shows this many steps or questions under a page result. */
export const SHOWN_SUB_RESULTS = 4;

/** Results looked at for MRR; an answer further down counts as not found. */
export const RANKED_RESULTS = 10;

export interface BenchQuery {
  query: string;
  /** Pages (`/gids/facebook/`) or anchors (`/vragen/#is-het-te-laat`); any one of them answers. */
  answers: string[];
  /** Pages that must be the first results, in any order (e.g. both main guides for "bezwaar"). */
  first: string[];
  /** The site has nothing on this: search must say so and show no results. */
  nothing: boolean;
  /** What kind of wording this is: synonym, typo, question, … (for the report only). */
  kind: string;
}

/** A step or question of a result, with the summed weight of the query words found in it. */
export type SubResultData = PartScore;

/** One page result as Pagefind returns it, reduced to what ranking needs. */
export interface ResultData {
  url: string;
  subResults: SubResultData[];
}

/** The steps or questions a reader sees under a page result: chosen as the search page does. */
export function shownSubResults(result: ResultData, max = SHOWN_SUB_RESULTS): string[] {
  return shownParts(result.url, result.subResults, max).map((part) => part.url);
}

/** The links a reader sees for one result: the page, then its shown parts. */
export function shownLinks(result: ResultData): string[] {
  return [result.url, ...shownSubResults(result)];
}

/** 1-based position of the first result that shows `answer`, or 0 when none does. */
export function rankOf(answer: string, results: readonly ResultData[]): number {
  const index = results.slice(0, RANKED_RESULTS).findIndex((result) => shownLinks(result).includes(answer));
  return index + 1;
}

/**
 * The rank that counts for a query: the best rank of any of its answers. With `first`: 1 when
 * those pages are the first results, else one below the lowest of them, so another page
 * pushing in between is never a hit at 3 (two pages, one of them third: rank 4).
 */
export function queryRank(query: BenchQuery, results: readonly ResultData[]): number {
  if (query.first.length > 0) {
    const ranks = query.first.map((page) => rankOf(page, results));
    if (ranks.includes(0)) return 0;
    const worst = Math.max(...ranks);
    return worst === query.first.length ? 1 : worst + 1;
  }
  const ranks = query.answers.map((answer) => rankOf(answer, results)).filter((rank) => rank > 0);
  return ranks.length > 0 ? Math.min(...ranks) : 0;
}

export interface QueryOutcome {
  query: BenchQuery;
  /** 1-based rank of the answer; for a `nothing` query 1 when search said so, else 0. */
  rank: number;
  /** Real Dutch words that a shown correction replaced (each makes the query a miss). */
  swapped?: string[] | undefined;
  /** The query as searched after typo correction, when it changed. */
  searchedAs?: string | undefined;
  /** The first three page links, for the list of misses. */
  top: string[];
}

export interface Scores {
  hitAt3: number;
  mrr: number;
  misses: QueryOutcome[];
}

export function score(outcomes: readonly QueryOutcome[]): Scores {
  const count = Math.max(outcomes.length, 1);
  const hits = outcomes.filter((outcome) => outcome.rank >= 1 && outcome.rank <= 3);
  const reciprocal = outcomes.reduce((sum, outcome) => sum + (outcome.rank > 0 ? 1 / outcome.rank : 0), 0);
  return {
    hitAt3: hits.length / count,
    mrr: reciprocal / count,
    misses: outcomes.filter((outcome) => !hits.includes(outcome)),
  };
}

const asList = (value: unknown): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value.map(String) : [String(value)];

/** Reads and checks the queries file; a wrong entry stops the run with its position. */
export function parseQueries(text: string, file = 'queries.yaml'): BenchQuery[] {
  const list: unknown = parse(text);
  if (!Array.isArray(list)) throw new Error(`${file}: expected a list of queries.`);
  const seen = new Set<string>();
  return list.map((entry: Record<string, unknown>, index) => {
    const query = String(entry['query'] ?? '').trim();
    const answers = asList(entry['answer']);
    const first = asList(entry['first']);
    const nothing = entry['nothing'] === true;
    const where = `${file} entry ${index + 1} (${query || 'no query'})`;
    if (!query) throw new Error(`${where}: "query" is empty.`);
    if (seen.has(query)) throw new Error(`${where}: the query is listed twice.`);
    seen.add(query);
    if (nothing && (answers.length > 0 || first.length > 0))
      throw new Error(`${where}: "nothing: true" takes no "answer" or "first".`);
    if (!nothing && answers.length === 0 && first.length === 0)
      throw new Error(`${where}: give "answer", "first" or "nothing: true".`);
    for (const link of [...answers, ...first]) {
      if (!/^\/[a-z0-9/-]*\/(#[a-z0-9-]+)?$/.test(link)) throw new Error(`${where}: "${link}" is not a site link.`);
    }
    return { query, answers, first, nothing, kind: String(entry['kind'] ?? 'word') };
  });
}

export function loadQueries(set: QuerySet = 'tuning'): BenchQuery[] {
  const file = QUERY_SETS[set];
  return parseQueries(readFileSync(file, 'utf8'), file.pathname.split('/').pop());
}
