// Our own typo tolerance: Pagefind matches words and their beginnings only, so "faceboek"
// finds nothing. A word that finds nothing and is no real Dutch word is replaced by the
// nearest word of a list (src/search/shared/understand.ts decides when, and which words:
// correctionTargets). Pure.

/** Known words, most frequent first; a word's position breaks the last ties between corrections. */
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

/**
 * How many edits a typed word may need: none below 4 letters ("app", "ai" stay as typed), one
 * up to 6 letters, two from 7. Short words have many neighbours: two edits from "vader" lies
 * "onder", which is no typo.
 */
export function allowedEdits(word: string): 0 | 1 | 2 {
  if (word.length >= 7) return 2;
  return word.length >= 4 ? 1 : 0;
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

/**
 * The ways a typed word may be meant: as typed, and with "ij" for a "y" ("kryg" is "krijg"),
 * which many Dutch readers type for it. Each counts from zero edits.
 */
export function spellingsOf(word: string): string[] {
  return word.includes('y') ? [word, word.replaceAll('y', 'ij')] : [word];
}

/** How many of the typed word's letters another word has too, each letter counted once per use. */
export function sharedLetters(typed: string, other: string): number {
  const left = [...other];
  let shared = 0;
  for (const letter of typed) {
    const at = left.indexOf(letter);
    if (at >= 0) {
      shared++;
      left.splice(at, 1);
    }
  }
  return shared;
}

/**
 * The nearest known word, or undefined when the word is known, too short, or nothing is
 * close enough. Among equally near words, the one that keeps more of the typed letters wins
 * ("meder" is "moeder", not "meer"; "dchter" is "dochter", not "achter"): a reader more often
 * drops or swaps a letter than types a wrong one. Then the more frequent word (earlier in the
 * list).
 */
export function correctWord(typed: string, list: WordList): string | undefined {
  const word = normalizeWord(typed);
  const max = allowedEdits(word);
  if (max === 0 || /\d/.test(word) || list.positions.has(word)) return undefined;
  let best: string | undefined;
  // The farthest a correction may be; then the distance of the best word so far.
  let bestDistance: number = max;
  let bestShared = -1;
  const spellings = spellingsOf(word);
  for (const candidate of list.words) {
    const distance = Math.min(...spellings.map((spelling) => editDistance(spelling, candidate, bestDistance)));
    if (distance > bestDistance) continue;
    const shared = Math.max(...spellings.map((spelling) => sharedLetters(spelling, candidate)));
    // A tie in both keeps the earlier (more frequent) word.
    if (distance < bestDistance || shared > bestShared) {
      best = candidate;
      bestDistance = distance;
      bestShared = shared;
    }
  }
  return best;
}
