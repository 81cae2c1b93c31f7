// What the search page shows, as plain data: one result with its steps or questions, and
// which parts of the page are visible in each state. The element (search-page.ts) turns this
// into DOM; keeping the decisions here makes them testable without a browser.
import { unmarkCompounds } from '../shared/compound-words';
import { hideKeywords } from '../shared/keyword-marks';
import type { ResultData, SubResult } from './pagefind-components';
import { shownParts } from '../shared/search-parts';
import { idfOf, partScore, wordAt, type Vocabulary } from '../shared/weighting';
import type { ReaderSearch } from '../shared/understand';
import { searchHelpText } from '../../i18n/nl-search';

/** A run of excerpt text; `mark` for the words that were found. */
export interface TextPiece {
  text: string;
  mark: boolean;
}

export interface ResultPartView {
  title: string;
  url: string;
  excerpt: TextPiece[];
}

export interface ResultView {
  title: string;
  url: string;
  /** Shown only when there are no parts. */
  excerpt: TextPiece[];
  /** The steps or questions that match, at most as many as asked for. */
  parts: ResultPartView[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/**
 * Pagefind's excerpt HTML as text pieces: its text plus which words are inside <mark>.
 * Any other markup is dropped, so nothing from the index or the query can become live HTML.
 * Editors' keywords are dropped too: they are indexed, but readers never see them.
 */
export function excerptPieces(html: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let mark = false;
  for (const token of hideKeywords(html).split(/(<\/?mark\b[^>]*>)/i)) {
    if (/^<mark\b/i.test(token)) mark = true;
    else if (/^<\/mark/i.test(token)) mark = false;
    else {
      const text = unmarkCompounds(decodeEntities(token.replace(/<[^>]*>/g, '')));
      if (text) pieces.push({ text, mark });
    }
  }
  return pieces;
}

/**
 * The steps or questions to show under a result: those holding the rarest words found, in
 * their headings first (weighting.ts), so the telling word wins over words on every page.
 */
export function displayParts(
  result: ResultData,
  max: number,
  vocabulary: Pick<Vocabulary, 'df' | 'parts'>,
): SubResult[] {
  const words = (result.content ?? '').split(/\s+/);
  const idf = (word: string) => idfOf(word, vocabulary);
  const scored = (result.sub_results ?? []).map((part) => ({
    part,
    url: part.url,
    weight: partScore(
      (part.weighted_locations ?? []).map((at) => ({ word: wordAt(words, at.location ?? -1), weight: at.weight })),
      idf,
    ),
  }));
  return shownParts(result.url, scored, max).map((entry) => entry.part);
}

/** One result: the page, and the parts of it (steps, questions) chosen to show. */
export function resultView(result: ResultData, parts: readonly SubResult[]): ResultView {
  return {
    title: unmarkCompounds(result.meta.title ?? result.url),
    url: result.url,
    excerpt: parts.length === 0 ? excerptPieces(result.excerpt) : [],
    parts: parts.map((part) => ({
      title: unmarkCompounds(part.title),
      url: part.url,
      excerpt: excerptPieces(part.excerpt),
    })),
  };
}

/**
 * Where the search page is: `starting` while Pagefind loads (our plain form works), `ready`
 * with Pagefind's UI, `failed` when its code or index could not load or answer in time. The
 * plain form comes back on failure, holding what was typed, so the reader can try again.
 */
export type SearchState = 'starting' | 'ready' | 'failed';

/** Which parts of the search page show in a state, and what the alert says (empty: nothing). */
export interface SearchStatusView {
  form: boolean;
  ui: boolean;
  fallback: boolean;
  alert: string;
}

export function searchStatus(state: SearchState, texts: { failed: string }): SearchStatusView {
  switch (state) {
    case 'starting':
      return { form: true, ui: false, fallback: false, alert: '' };
    case 'ready':
      return { form: false, ui: true, fallback: false, alert: '' };
    case 'failed':
      return { form: true, ui: false, fallback: true, alert: texts.failed };
  }
}

/** What the page says under the search box once results are in, and whether the help shows. */
export interface OutcomeView {
  status: string;
  help: boolean;
}

/**
 * After a search: what was searched instead of a typo, which words are not on the site, that
 * results hold only some of the words; with no results, that the site has nothing on this,
 * and the "never a dead end" help.
 */
export function searchOutcome(
  term: string,
  count: number,
  outcome: Pick<ReaderSearch<unknown>, 'corrected' | 'dropped' | 'partial' | 'searched'> | undefined,
): OutcomeView {
  if (!term.trim()) return { status: '', help: false };
  const said: string[] = [];
  if (outcome && count > 0 && outcome.corrected.length > 0) {
    const typed = outcome.corrected.map((entry) => entry.from).join(' ');
    const searched = outcome.corrected.map((entry) => entry.to).join(' ');
    said.push(searchHelpText.corrected(typed, searched));
  }
  if (count === 0) {
    said.push(searchHelpText.nothing(outcome?.dropped.length ? outcome.dropped : [term.trim()]));
    return { status: said.join(' '), help: true };
  }
  if (outcome && outcome.dropped.length > 0) said.push(searchHelpText.dropped(outcome.dropped));
  if (outcome?.partial) said.push(searchHelpText.partial);
  return { status: said.join(' '), help: false };
}
