// Which site word a real Dutch compound that is not on the site may be searched by: its last
// part, the word the compound is a kind of ("boerenbedrijf" is a "bedrijf", "vakantiefoto" a
// "foto"), and only where the Dutch dictionary splits the word there. Found by letters alone,
// "aanbiedingen" would become "dingen" and "aandelen" "delen": nonsense a reader sees. A first
// part says too little ("achterwiel" is no "achter"), so it never stands in.
// Build time: the stand-ins go into the Dutch word files the search page loads on a miss.
import { splitCompound, MIN_PART_LENGTH, type CompoundLexicon } from '../shared/compound-words.ts';
import { isStopWord } from '../shared/stop-words.ts';

/** A shorter last part says too little to search by on its own ("dag", "wet"). */
export const MIN_STAND_IN_LENGTH = 4;

/**
 * Whether `head` can begin a compound: a word that may begin one, or itself a compound of
 * such words ("energie|distributie" in "energiedistributiebedrijf").
 */
function beginsCompound(head: string, lexicon: CompoundLexicon): boolean {
  if (lexicon.canStart(head)) return true;
  const inner: CompoundLexicon = { ...lexicon, canEnd: (part) => lexicon.canMiddle(part), isSimpleWord: () => false };
  return splitCompound(head, inner) !== null;
}

/**
 * The longest site word that ends `word` as the dictionary's last part of it, or undefined.
 * `word` is lower case without accents, and not on the site itself.
 */
export function compoundStandIn(
  word: string,
  siteWords: ReadonlySet<string>,
  lexicon: CompoundLexicon,
): string | undefined {
  if (!/^\p{L}+(?:'\p{L}+)?$/u.test(word)) return undefined;
  for (let cut = MIN_PART_LENGTH; cut <= word.length - MIN_STAND_IN_LENGTH; cut++) {
    const tail = word.slice(cut);
    const site = siteWordOf(tail, siteWords);
    if (!site || isStopWord(site) || !lexicon.canEnd(tail)) continue;
    if (beginsCompound(word.slice(0, cut), lexicon)) return site;
  }
  return undefined;
}

/** Plural endings a compound's last part may have that the site's word lacks ("foto's"). */
const PLURALS = ["'s", 's', 'en'];

/** The site word a last part is, or is the plural of ("foto's" → "foto"). */
function siteWordOf(tail: string, siteWords: ReadonlySet<string>): string | undefined {
  if (siteWords.has(tail)) return tail;
  const ending = PLURALS.find((end) => tail.endsWith(end) && siteWords.has(tail.slice(0, -end.length)));
  return ending === undefined ? undefined : tail.slice(0, -ending.length);
}

/** Every real word of `words` that is a compound of a site word, with its stand-in. */
export function compoundStandIns(
  words: Iterable<string>,
  siteWords: ReadonlySet<string>,
  lexicon: CompoundLexicon,
): Map<string, string> {
  const standIns = new Map<string, string>();
  for (const word of words) {
    if (siteWords.has(word)) continue;
    const part = compoundStandIn(word, siteWords, lexicon);
    if (part) standIns.set(word, part);
  }
  return standIns;
}

/**
 * A site word begun by at most this many dictionary words may begin a compound the
 * dictionary lacks, and stand in for it ("facebook" for "facebookgroep"). Those few
 * dictionary words go into the word files themselves, so none of them is cut. A word that
 * begins thousands ("alle" in "allemaal", "achter" in "achterbaks") never stands in.
 */
export const MAX_WORDS_PER_HEAD = 20;

/**
 * The site words that may begin a compound the dictionary lacks, and the dictionary words
 * (not on the site) that begin with one of them: the search page must know those as real.
 */
export function compoundHeads(
  dutch: Iterable<string>,
  siteWords: ReadonlySet<string>,
): { heads: string[]; begun: string[] } {
  const begunBy = new Map<string, string[]>();
  for (const word of dutch) {
    if (siteWords.has(word) || !/^\p{L}+$/u.test(word)) continue;
    for (let cut = MIN_STAND_IN_LENGTH; cut <= word.length - MIN_PART_LENGTH; cut++) {
      const head = word.slice(0, cut);
      if (!siteWords.has(head)) continue;
      const begun = begunBy.get(head);
      if (begun) begun.push(word);
      else begunBy.set(head, [word]);
    }
  }
  const heads = [...siteWords].filter(
    (word) =>
      word.length >= MIN_STAND_IN_LENGTH &&
      /^\p{L}+$/u.test(word) &&
      !isStopWord(word) &&
      (begunBy.get(word)?.length ?? 0) <= MAX_WORDS_PER_HEAD,
  );
  return { heads: heads.sort(), begun: [...new Set(heads.flatMap((head) => begunBy.get(head) ?? []))].sort() };
}
