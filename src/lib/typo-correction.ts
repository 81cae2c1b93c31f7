// Our own typo tolerance: Pagefind matches words and their beginnings only, so "faceboek"
// finds nothing. When a search finds nothing, or a word of it finds nothing on its own, the
// search page loads the site's word list (written at build time from the words Pagefind
// indexed) and searches again with each unknown word replaced by the nearest known word.
// Pure: the search itself and the loading of the list are passed in, so the search page and
// the relevance benchmark run exactly the same steps.
import { searchHelpText } from '../i18n/nl-search.ts';

/** The site's words, most frequent first; a word's position breaks ties between corrections. */
export interface WordList {
  readonly words: readonly string[];
  readonly positions: ReadonlyMap<string, number>;
}

export interface Correction {
  /** The query with every unknown word corrected; other words stay as typed. */
  query: string;
  changed: boolean;
  /** Each replaced word, as typed and as searched. */
  replaced: { from: string; to: string }[];
}

/** Letters (with accents) and digits; everything else separates words, as in Pagefind. */
const WORD = /[\p{L}\p{N}]+/gu;

/** Lower case without accents: Pagefind matches "prive" to "privé" as well. */
export function normalizeWord(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/** The words of a text, normalised, in order, with repeats. */
export function wordsOf(text: string): string[] {
  return (text.match(WORD) ?? []).map(normalizeWord);
}

/** How many edits a typed word may need: none below 4 letters ("app", "ai" stay as typed). */
export function allowedEdits(word: string): 0 | 1 | 2 {
  if (word.length >= 5) return 2;
  return word.length === 4 ? 1 : 0;
}

/**
 * Damerau–Levenshtein distance (optimal string alignment: insert, delete, substitute, swap
 * two neighbours), or `max + 1` as soon as it must exceed `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** The word list file: one word a line, most frequent first (ties alphabetical). */
export function formatWordList(counts: ReadonlyMap<string, number>): string {
  const words = [...counts.entries()]
    .sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0))
    .map(([word]) => word);
  return `${words.join('\n')}\n`;
}

export function parseWordList(text: string): WordList {
  const words = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const positions = new Map<string, number>();
  words.forEach((word, index) => {
    if (!positions.has(word)) positions.set(word, index);
  });
  return { words, positions };
}

/**
 * A loader for `searchWithCorrection`: fetches the word list once, on the first call, and
 * keeps it. `url` is the bundle path plus SEARCH_WORDS_FILE ("/pagefind/search-words.txt").
 * A failed fetch rejects (and is tried again next time), so the page can show its failure
 * message instead of results for uncorrected words.
 */
export function wordListLoader(url: string, fetchFn: typeof fetch = fetch): () => Promise<WordList> {
  let loaded: Promise<WordList> | undefined;
  return () =>
    (loaded ??= fetchFn(url)
      .then((response) => {
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        return response.text();
      })
      .then(parseWordList)
      .catch((error: unknown) => {
        loaded = undefined;
        throw error;
      }));
}

/**
 * The nearest known word, or undefined when the word is known, too short, or nothing is
 * close enough. Ties go to the more frequent word (earlier in the list).
 */
export function correctWord(typed: string, list: WordList): string | undefined {
  const word = normalizeWord(typed);
  const max = allowedEdits(word);
  if (max === 0 || /\d/.test(word) || list.positions.has(word)) return undefined;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of list.words) {
    const distance = editDistance(word, candidate, bestDistance - 1);
    // Strictly closer only: the earlier (more frequent) word keeps a tie.
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      if (distance === 1) {
        // Nothing closer than 1 exists for an unknown word; later words can only tie.
        break;
      }
    }
  }
  return best;
}

/**
 * Corrects each word of the query that the word list does not know (and, when given, that
 * `isUnknown` confirms: e.g. the word found nothing on its own).
 */
export function correctQuery(
  query: string,
  list: WordList,
  isUnknown: (word: string) => boolean = () => true,
): Correction {
  const replaced: { from: string; to: string }[] = [];
  const corrected = query.replace(WORD, (typed) => {
    const to = isUnknown(normalizeWord(typed)) ? correctWord(typed, list) : undefined;
    if (to === undefined) return typed;
    replaced.push({ from: typed, to });
    return to;
  });
  return { query: corrected, changed: replaced.length > 0, replaced };
}

/**
 * What the search page says above corrected results: "Geen resultaten voor ‘faceboek’. We
 * zochten op ‘facebook’." When the typed words found a little, it says what replaced them.
 */
export function correctionMessage(typed: string, searched: string, typedFoundSomething = false): string {
  const say = typedFoundSomething ? searchHelpText.correctedWeak : searchHelpText.corrected;
  return say(typed.trim(), searched.trim());
}

/**
 * Little words that carry no topic. Pagefind only finds pages that have every word searched,
 * so a spoken question ("hoe zorg ik dat …") finds nothing; without these it often does.
 */
const FILLER_WORDS = new Set(
  (
    'de het een en of ik je jij u we wij ze zij hij mijn me mij jouw je jullie wat hoe waar wie waarom wanneer welke ' +
    'is zijn ben bent was dat die dit deze er niet wel geen voor van op in aan met als dan te om bij naar uit ook nog al ' +
    'kan kun kunt moet mag wil wilt zou heb hebt heeft hebben word wordt worden vanaf tot over maar door zo toch even'
  ).split(' '),
);

/** The query without filler words, or undefined when that leaves nothing or nothing changes. */
export function withoutFillerWords(query: string): string | undefined {
  const words = query.split(/\s+/).filter(Boolean);
  const kept = words.filter((word) => !FILLER_WORDS.has(normalizeWord(word)));
  return kept.length > 0 && kept.length < words.length ? kept.join(' ') : undefined;
}

export interface CorrectedSearch<R> {
  results: R[];
  /** Set when the results are for corrected words: what was typed and what was searched. */
  correction?: { typed: string; searched: string; typedFoundSomething: boolean } | undefined;
}

/**
 * One search as the search page runs it:
 * 1. search what was typed;
 * 2. if that finds nothing, or a word of 4+ letters finds nothing on its own (a weak result:
 *    Pagefind then ranks on the other words alone), load the word list;
 * 3. correct those words and search again; keep the new results when they are not empty;
 * 4. still nothing: search once more without filler words ("hoe", "ik", "dat");
 * 5. still nothing: leave out one word at a time and keep the most specific search that
 *    finds something (fewest results; on a tie, the word left out first).
 * `search` returns the results in ranked order (Pagefind's `search(term).results`).
 */
export async function searchWithCorrection<R>(
  typed: string,
  search: (query: string) => Promise<R[]>,
  loadWordList: () => Promise<WordList>,
): Promise<CorrectedSearch<R>> {
  const results = await search(typed);
  const candidates = [...new Set(wordsOf(typed).filter((word) => allowedEdits(word) > 0 && !/\d/.test(word)))];
  const unknown = new Set<string>();
  if (results.length === 0) {
    candidates.forEach((word) => unknown.add(word));
  } else if (candidates.length > 1 || wordsOf(typed).length > 1) {
    for (const word of candidates) if ((await search(word)).length === 0) unknown.add(word);
  }
  let searched = typed;
  let found = results;
  if (unknown.size > 0) {
    const correction = correctQuery(typed, await loadWordList(), (word) => unknown.has(word));
    const corrected = correction.changed ? await search(correction.query) : [];
    if (corrected.length > 0) [searched, found] = [correction.query, corrected];
    else if (correction.changed && results.length === 0) searched = correction.query;
  }
  if (found.length === 0) {
    const shorter = withoutFillerWords(searched);
    const relaxed = shorter ? await search(shorter) : [];
    if (relaxed.length > 0) [searched, found] = [shorter!, relaxed];
    else if (shorter) searched = shorter;
  }
  if (found.length === 0) {
    const words = searched.split(/\s+/).filter(Boolean);
    if (words.length >= 3) {
      for (const [index] of words.entries()) {
        const fewer = words.filter((_, other) => other !== index).join(' ');
        const candidate = await search(fewer);
        if (candidate.length > 0 && (found.length === 0 || candidate.length < found.length))
          [found, searched] = [candidate, fewer];
      }
    }
  }
  if (found === results) return { results };
  return { results: found, correction: { typed, searched, typedFoundSomething: results.length > 0 } };
}
