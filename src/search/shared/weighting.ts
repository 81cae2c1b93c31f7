// How much a word says about a topic: rare words weigh more than words on every page
// (inverse document frequency over the parts of the index: page intros, steps, questions).
// Used to rank partial matches (understand.ts) and to pick the steps or questions shown under
// a result, so "kind" wins over "instagram" and "phishing" over "mail".
import type { WordList } from './typo-correction.ts';

/** The site's words (search-words.txt), with how many parts of the index hold each word. */
export interface Vocabulary extends WordList {
  df: ReadonlyMap<string, number>;
  /** How many parts the index has. */
  parts: number;
}

/** The first line of search-words.txt: "@parts 123". */
const PARTS_LINE = /^@parts (\d+)$/;

/** search-words.txt: "@parts N", then "word<TAB>parts" per line, most frequent word first. */
export function formatVocabulary(words: readonly { word: string; df: number }[], parts: number): string {
  return `@parts ${parts}\n${words.map(({ word, df }) => `${word}\t${df}`).join('\n')}\n`;
}

export function parseVocabulary(text: string): Vocabulary {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const parts = Number(PARTS_LINE.exec(lines[0] ?? '')?.[1] ?? 0);
  const words: string[] = [];
  const positions = new Map<string, number>();
  const df = new Map<string, number>();
  for (const line of parts > 0 ? lines.slice(1) : lines) {
    const [word, count] = line.split('\t');
    if (!word) continue;
    if (!positions.has(word)) positions.set(word, words.length);
    words.push(word);
    df.set(word, Number(count ?? 1) || 1);
  }
  return { words, positions, df, parts: Math.max(parts, 1) };
}

/** ln(1 + N / df): a word on one part of N weighs most; an unknown word counts as on one part. */
export function idfOf(word: string, vocabulary: Pick<Vocabulary, 'df' | 'parts'>): number {
  const df = Math.max(vocabulary.df.get(word) ?? 1, 1);
  return Math.log(1 + vocabulary.parts / df);
}

/** A word found in a part, with Pagefind's weight for where it stands (heading 6, text 1). */
export interface WordHit {
  word: string;
  weight: number;
}

/**
 * The score of a step or question: for each distinct word found in it, its rarity squared
 * times the weight of its strongest place. Squared, so that a rare word said once in the text
 * still beats common words in a heading ("kind" over "instagram mail"), while for one word a
 * heading beats the text. The same word said five times counts once.
 */
export function partScore(hits: readonly WordHit[], idf: (word: string) => number): number {
  const strongest = new Map<string, number>();
  for (const hit of hits) strongest.set(hit.word, Math.max(strongest.get(hit.word) ?? 0, hit.weight));
  let score = 0;
  for (const [word, weight] of strongest) score += idf(word) ** 2 * weight;
  return score;
}

/** The word Pagefind indexed at a location of a page's content: letters only, lower case. */
export function wordAt(contentWords: readonly string[], location: number): string {
  return (contentWords[location] ?? '')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}]/gu, '');
}
