// The lines of a Dutch word file (SEARCH_DUTCH_DIR), written at build time and read by the
// search page on a miss:
// - "word": a real word (Dutch, English), never corrected;
// - "word<TAB>site": a real compound, searched by the site word that ends it
//   ("boerenbedrijf<TAB>bedrijf");
// - "site+": a site word that may begin a compound the dictionary lacks ("facebook+" for
//   "facebookgroep"), in the dictionary's own notation.
import { MIN_PART_LENGTH } from './compound-words.ts';

export interface DutchWords {
  /** Real words, each with its site word, or '' when it has none. */
  words: ReadonlyMap<string, string>;
  /** Site words that may begin a compound that is no real word. */
  heads: readonly string[];
}

export const NO_DUTCH_WORDS: DutchWords = { words: new Map(), heads: [] };

const HEAD_MARK = '+';

export function formatDutchWord(word: string, standIn?: string): string {
  return standIn ? `${word}\t${standIn}` : word;
}

export function formatHead(site: string): string {
  return `${site}${HEAD_MARK}`;
}

export function parseDutchWords(text: string): DutchWords {
  const words = new Map<string, string>();
  const heads: string[] = [];
  for (const line of text.split('\n')) {
    if (!line) continue;
    if (line.endsWith(HEAD_MARK)) heads.push(line.slice(0, -HEAD_MARK.length));
    else {
      const [word = '', standIn = ''] = line.split('\t');
      words.set(word, standIn);
    }
  }
  return { words, heads };
}

/** Several files read as one. */
export function joinDutchWords(lists: readonly DutchWords[]): DutchWords {
  return {
    words: new Map(lists.flatMap((list) => [...list.words])),
    heads: lists.flatMap((list) => list.heads),
  };
}

/**
 * The site word a compound that is no real word begins with, the longest, with a part's
 * length (MIN_PART_LENGTH) after it: "facebookgroep" → "facebook".
 */
export function headOf(word: string, dutch: DutchWords): string | undefined {
  let best: string | undefined;
  for (const head of dutch.heads) {
    const rest = word.length - head.length;
    if (rest >= MIN_PART_LENGTH && word.startsWith(head) && head.length > (best?.length ?? 0)) best = head;
  }
  return best;
}
