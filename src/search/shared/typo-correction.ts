// Our own typo tolerance: Pagefind matches words and their beginnings only, so "faceboek"
// finds nothing. A word that finds nothing and is no real Dutch word is replaced by the
// nearest site word (src/search/shared/understand.ts decides when). Pure.

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
