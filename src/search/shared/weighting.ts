// How much a word says about a topic: rare words weigh more than words on every page
// (inverse document frequency over the parts of the index: page intros, steps, questions).
// Used to rank partial matches (understand.ts) and to pick the steps or questions shown under
// a result, so "kind" wins over "instagram" and "phishing" over "mail".
import type { WordList } from './typo-correction.ts';

/** One reader word (content/reader-words.yaml): what readers type, and the site's word(s) for it. */
export interface ReaderWord {
  /** What readers type: lower case, no accents, one to three words. */
  id: string;
  /** The site's word or words. */
  site: string;
}

/** The site's words (search-words.txt), with how many parts of the index hold each word. */
export interface Vocabulary extends WordList {
  df: ReadonlyMap<string, number>;
  /** How many parts the index has. */
  parts: number;
  /**
   * Per page (Pagefind's result id, its fragment's name): the words of each part's title or
   * heading. Lets search put a page whose heading holds the query first without loading the
   * page's text.
   */
  headings?: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** The site's words that are names ("facebook", "google"): where or who, not what. */
  names?: ReadonlySet<string>;
  /**
   * Readers' words and the site's words for them. In this file, not in the search page: they
   * are needed with the first search, as the vocabulary is, and the page's first view has no
   * room for them.
   */
  readerWords?: readonly ReaderWord[];
  /**
   * Topics the site does not cover (content/not-covered.yaml), each as groups of words: a query
   * that holds a word of every group is about it ([[account, profiel], [verwijderen, opheffen]]).
   */
  notCovered?: readonly NotCoveredTopic[];
}

/** A topic the site does not cover: 2 or 3 groups of words, one of each in a query about it. */
export type NotCoveredTopic = readonly (readonly string[])[];

/** A topic's line in search-words.txt, after "@x<TAB>": "account|profiel verwijderen|opheffen". */
export function notCoveredLine(topic: NotCoveredTopic): string {
  return topic.map((group) => group.join('|')).join(' ');
}

/** The first line of search-words.txt: "@parts 123". */
const PARTS_LINE = /^@parts (\d+)$/;

/** "@df 12": the words on the next lines are on 12 parts each. */
const DF_LINE = /^@df (\d+)$/;

/** A page's headings line: "@h<TAB>nl_5ee0dc5<TAB>part 1|part 2", each part its words. */
const HEADINGS_LINE = /^@h\t([^\t]+)(?:\t(.*))?$/;

/** The names line: "@names<TAB>" and the names' positions (base 36). */
const NAMES_LINE = /^@names\t(.*)$/;

/** A reader word's line: "@r<TAB>vorig jaar<TAB>eerder". */
const READER_LINE = /^@r\t([^\t]+)\t(.+)$/;

/** A topic the site does not cover: "@x<TAB>account|profiel verwijderen|opheffen" (notCoveredLine). */
const NOT_COVERED_LINE = /^@x\t(.+)$/;

/** In a headings line a site word is written as its position (base 36); other words ("ai") as "=ai". */
const LITERAL = '=';

/**
 * search-words.txt, gzip-friendly, as it loads with the first search:
 * "@parts N"; then the words in the order given (most frequent first), under a "@df N" line
 * each time the number of parts changes; then a headings line per page.
 * ("word<TAB>df" lines are read too.)
 */
/**
 * The words in the order the vocabulary file keeps them: on the most parts first, then A to Z
 * (it packs best), so the word a correction prefers on a tie is the one on more parts.
 */
export function byFrequency(df: ReadonlyMap<string, number>): { word: string; df: number }[] {
  return [...df]
    .map(([word, parts]) => ({ word, df: parts }))
    .sort((a, b) => b.df - a.df || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
}

export function formatVocabulary(
  words: readonly { word: string; df: number }[],
  parts: number,
  headings: ReadonlyMap<string, readonly (readonly string[])[]> = new Map(),
  names: ReadonlySet<string> = new Set(),
  readerWords: readonly ReaderWord[] = [],
  notCovered: readonly NotCoveredTopic[] = [],
): string {
  const lines = [`@parts ${parts}`];
  let current = -1;
  for (const { word, df } of words) {
    if (df !== current) lines.push(`@df ${(current = df)}`);
    lines.push(word);
  }
  const at = new Map(words.map(({ word }, index) => [word, index.toString(36)]));
  for (const [page, list] of headings) {
    const encoded = list.map((part) => part.map((word) => at.get(word) ?? `${LITERAL}${word}`).join(' '));
    lines.push(`@h\t${page}\t${encoded.join('|')}`);
  }
  const named = [...names].flatMap((name) => at.get(name) ?? []);
  if (named.length > 0) lines.push(`@names\t${named.join(' ')}`);
  for (const { id, site } of readerWords) lines.push(`@r\t${id}\t${site}`);
  for (const topic of notCovered) lines.push(`@x\t${notCoveredLine(topic)}`);
  return `${lines.join('\n')}\n`;
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
  const headingLines: RegExpExecArray[] = [];
  let namesLine = '';
  const readerWords: ReaderWord[] = [];
  const notCovered: string[][][] = [];
  let current = 1;
  for (const line of parts > 0 ? lines.slice(1) : lines) {
    const reader = READER_LINE.exec(line);
    if (reader) {
      readerWords.push({ id: reader[1]!, site: reader[2]! });
      continue;
    }
    const topic = NOT_COVERED_LINE.exec(line);
    if (topic) {
      notCovered.push(
        topic[1]!
          .split(' ')
          .filter(Boolean)
          .map((group) => group.split('|').filter(Boolean)),
      );
      continue;
    }
    const names = NAMES_LINE.exec(line);
    if (names) {
      namesLine = names[1]!;
      continue;
    }
    const heading = HEADINGS_LINE.exec(line);
    if (heading) {
      headingLines.push(heading);
      continue;
    }
    const dfLine = DF_LINE.exec(line);
    if (dfLine) {
      current = Number(dfLine[1]) || 1;
      continue;
    }
    const [word, count] = line.split('\t');
    if (!word) continue;
    if (!positions.has(word)) positions.set(word, words.length);
    words.push(word);
    df.set(word, count === undefined ? current : Number(count) || 1);
  }
  const decode = (token: string) => (token.startsWith(LITERAL) ? token.slice(1) : (words[parseInt(token, 36)] ?? ''));
  const headings = new Map(
    headingLines.map(([, page, list]) => [
      page!,
      (list ?? '').split('|').map((part) => part.split(' ').filter(Boolean).map(decode).filter(Boolean)),
    ]),
  );
  const names = new Set(namesLine.split(' ').filter(Boolean).map(decode).filter(Boolean));
  return { words, positions, df, parts: Math.max(parts, 1), headings, names, readerWords, notCovered };
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
