// The bench's check on corrections: a correction the reader sees must never have replaced a
// real Dutch word ("dochter" → "achter"). Pure: the dictionary lookup is passed in.
import { normalizeWord, wordsOf } from '../../src/search/shared/typo-correction.ts';

/**
 * The typed words that are real Dutch words (per `isDutch`) and are missing from what was
 * searched although the searched text has other words in their place. Dropping a word is
 * fine (the page names it), and so is searching a real compound by the part the dictionary
 * gives it (`partOf`: "boerenbedrijf" → "bedrijf"), or a word the dictionary lacks by a part
 * of its letters ("facebookgroep" → "facebook"). Cutting a real word at letters that only
 * look like a part ("aanbiedingen" → "dingen") is a swap.
 */
export function swappedDutchWords(
  typed: string,
  searched: string,
  isDutch: (word: string) => boolean,
  partOf: (word: string) => string | undefined = () => undefined,
): string[] {
  const kept = new Set(wordsOf(searched));
  const typedWords = wordsOf(typed);
  const real = (word: string) => isDutch(word) || isDutch(normalizeWord(word));
  const standsIn = (word: string, typedWord: string) =>
    real(typedWord) ? partOf(normalizeWord(typedWord)) === word : typedWord.includes(word);
  const added = wordsOf(searched).filter(
    (word) => !typedWords.some((typedWord) => typedWord === word || standsIn(word, typedWord)),
  );
  if (added.length === 0) return [];
  return [...new Set(typedWords.filter((word) => !kept.has(word) && real(word)))];
}
