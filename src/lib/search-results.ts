// What the search page shows, as plain data: one result with its steps or questions, and
// which parts of the page are visible in each state. The element (search-page.ts) turns this
// into DOM; keeping the decisions here makes them testable without a browser.
import { unmarkCompounds } from './compound-words';
import { hideKeywords } from './keyword-marks';
import type { ResultData, SubResult } from './pagefind-components';
import { partWeight, shownParts } from './search-parts';
import { correctionMessage, type CorrectedSearch } from './typo-correction';

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

/** The steps or questions to show under a result: those whose headings match come first. */
export function displayParts(result: ResultData, max: number): SubResult[] {
  const scored = (result.sub_results ?? []).map((part) => ({
    part,
    url: part.url,
    weight: partWeight((part.weighted_locations ?? []).map((location) => location.weight)),
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
 * After a search: with no results, the "never a dead end" help (Pagefind's summary already
 * says "Geen resultaten"); with results for corrected words, what was searched instead.
 */
export function searchOutcome(
  term: string,
  count: number,
  correction: CorrectedSearch<unknown>['correction'],
): OutcomeView {
  if (!term.trim()) return { status: '', help: false };
  if (count === 0) return { status: '', help: true };
  if (!correction) return { status: '', help: false };
  return {
    status: correctionMessage(correction.typed, correction.searched, correction.typedFoundSomething),
    help: false,
  };
}
