// The relevance benchmark's scoring (tests/search/relevance.ts) and its queries file.
import { describe, expect, it } from 'vitest';
import { countWords } from '../../src/search/build/search-words';
import { COMPOUND_MARK } from '../../src/search/shared/compound-words';
import {
  loadQueries,
  parseQueries,
  queryRank,
  score,
  shownSubResults,
  type BenchQuery,
  type ResultData,
} from '../search/relevance';

const page = (url: string, parts: [string, number][] = []): ResultData => ({
  url,
  subResults: parts.map(([part, weight]) => ({ url: part, weight })),
});
const query = (fields: Partial<BenchQuery>): BenchQuery => ({
  query: 'q',
  answers: [],
  first: [],
  nothing: false,
  kind: 'word',
  ...fields,
});

describe('shownSubResults', () => {
  it('drops the part that is the page itself', () => {
    expect(
      shownSubResults(
        page('/vragen/', [
          ['/vragen/', 3],
          ['/vragen/#a', 1],
        ]),
      ),
    ).toEqual(['/vragen/#a']);
  });

  it('keeps the parts with the heaviest matches, in page order, like the search page', () => {
    const result = page('/v/', [
      ['/v/#a', 1],
      ['/v/#b', 5],
      ['/v/#c', 2],
      ['/v/#d', 4],
      ['/v/#e', 3],
    ]);
    expect(shownSubResults(result, 3)).toEqual(['/v/#b', '/v/#d', '/v/#e']);
  });
});

describe('queryRank', () => {
  const results = [page('/gids/a/'), page('/vragen/', [['/vragen/#x', 1]]), page('/gids/b/')];

  it('finds a page or an anchor shown under a result', () => {
    expect(queryRank(query({ answers: ['/gids/b/'] }), results)).toBe(3);
    expect(queryRank(query({ answers: ['/vragen/#x'] }), results)).toBe(2);
    expect(queryRank(query({ answers: ['/vragen/#y'] }), results)).toBe(0);
  });

  it('takes the best of several answers', () => {
    expect(queryRank(query({ answers: ['/gids/b/', '/gids/a/'] }), results)).toBe(1);
  });

  it('with `first`: 1 only when those pages lead, else one below the lowest', () => {
    expect(queryRank(query({ first: ['/vragen/', '/gids/a/'] }), results)).toBe(1);
    expect(queryRank(query({ first: ['/gids/a/', '/gids/b/'] }), results)).toBe(4);
    expect(queryRank(query({ first: ['/gids/a/', '/gids/c/'] }), results)).toBe(0);
  });
});

describe('score', () => {
  it('computes hit@3, MRR and the misses', () => {
    const outcomes = [1, 2, 4, 0].map((rank) => ({ query: query({ query: `q${rank}` }), rank, top: [] }));
    const scores = score(outcomes);
    expect(scores.hitAt3).toBe(0.5);
    expect(scores.mrr).toBeCloseTo((1 + 1 / 2 + 1 / 4) / 4);
    expect(scores.misses.map((miss) => miss.rank)).toEqual([4, 0]);
  });
});

describe('queries file', () => {
  it('rejects an entry without an answer, a repeated query and a link that is not a site path', () => {
    expect(() => parseQueries('- { query: a }')).toThrow('give "answer", "first" or "nothing: true"');
    expect(() => parseQueries('- { query: a, answer: /x/, nothing: true }')).toThrow('takes no "answer"');
    expect(() => parseQueries('- { query: a, answer: /x/ }\n- { query: a, answer: /y/ }')).toThrow('listed twice');
    expect(() => parseQueries('- { query: a, answer: https://example.com/ }')).toThrow('is not a site link');
  });

  it('holds at least 60 readers’ queries, the examples from issue 9 among them', () => {
    const queries = loadQueries();
    expect(queries.length).toBeGreaterThanOrEqual(60);
    const texts = queries.map((entry) => entry.query);
    for (const example of ['nepvriend', 'gehackt', 'nepaccount', 'statusbericht', 'faceboek', 'bezwaar', 'bezwaren']) {
      expect(texts).toContain(example);
    }
    expect(texts).toEqual(expect.arrayContaining(['bezwaar maken', 'kan het nog', 'afmelden ai training', 'opt-out']));
    expect(new Set(queries.map((entry) => entry.kind))).toEqual(
      new Set([
        ...['issue', 'word', 'synonym', 'plural', 'question', 'typo', 'loanword', 'long', 'nothing'],
        // The first held-out set's kinds (it joined the tuning set).
        ...['english', 'plain', 'none'],
      ]),
    );
    const nothingKinds = queries.filter((entry) => entry.kind === 'nothing' || entry.kind === 'none');
    expect(nothingKinds.every((entry) => entry.nothing)).toBe(true);
  });
});

describe('held-out queries file', () => {
  it('holds at least 60 queries of the five kinds, plus topics the site does not cover', () => {
    const queries = loadQueries('held-out');
    expect(queries.length).toBeGreaterThanOrEqual(60);
    expect(new Set(queries.map((entry) => entry.kind))).toEqual(
      new Set(['question', 'typo', 'synonym', 'english', 'plain', 'long', 'none']),
    );
    expect(queries.filter((entry) => entry.kind === 'none').every((entry) => entry.nothing)).toBe(true);
  });

  it('shares no query with the tuning set', () => {
    const tuning = new Set(loadQueries('tuning').map((entry) => entry.query));
    expect(loadQueries('held-out').filter((entry) => tuning.has(entry.query))).toEqual([]);
  });
});

describe('countWords (the typo word list)', () => {
  it('counts words of 3+ letters without accents, compounds whole and in parts', () => {
    const counts = countWords([`Open het Privacy${COMPOUND_MARK}centrum. Privé is privé, ai 2025.`]);
    expect(Object.fromEntries(counts)).toEqual({
      open: 1,
      het: 1,
      privacy: 1,
      centrum: 1,
      privacycentrum: 1,
      prive: 2,
    });
  });
});
