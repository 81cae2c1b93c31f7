// The bench's check on corrections: a correction the reader sees must never have replaced a
// real Dutch word ("dochter" → "achter"). Pure: the dictionary lookup is passed in.
import { normalizeWord, wordsOf } from '../../src/search/shared/typo-correction.ts';

/**
 * The typed words that are real Dutch words (per `isDutch`) and are missing from what was
 * searched although the searched text has other words in their place. Dropping a word is
 * fine (the page names it), and so is searching a compound by a part of it ("spammap" →
 * "spam"); swapping it for another word is not.
 */
export function swappedDutchWords(typed: string, searched: string, isDutch: (word: string) => boolean): string[] {
  const kept = new Set(wordsOf(searched));
  const typedWords = wordsOf(typed);
  const added = wordsOf(searched).filter((word) => !typedWords.some((typedWord) => typedWord.includes(word)));
  if (added.length === 0) return [];
  return [...new Set(typedWords.filter((word) => !kept.has(word) && (isDutch(word) || isDutch(normalizeWord(word)))))];
}
