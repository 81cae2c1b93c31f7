// Dutch writes compounds as one word: "bezwaarformulier", "Accountcentrum". A reader who
// searches for "formulier" or "centrum" expects to find them, but Pagefind only matches
// whole words and their prefixes. So, at index time only, each compound gets a marker
// between its parts: "bezwaar\u00AD-formulier". Pagefind indexes a hyphenated word as the
// whole word and as each part; the soft hyphen keeps the first part clean ("bezwaar\u00AD"
// normalises to "bezwaar"). The search page removes the hyphen again before it shows an
// excerpt, leaving an invisible soft hyphen, so readers see the word as written.
// The built pages themselves never contain the marker.

/** Goes between the parts of a compound in the text Pagefind indexes. */
export const COMPOUND_MARK = '\u00AD-';

/** Shorter words are hardly ever compounds worth splitting ("bezwaren", "inloggen"). */
export const MIN_COMPOUND_LENGTH = 8;

/** The shortest part we accept; shorter pieces split too eagerly ("in" + "loggen"). */
export const MIN_PART_LENGTH = 3;

/** What we need to know about Dutch words to split compounds. All input is lower case. */
export interface CompoundLexicon {
  /** Can this word begin a compound, as "bezwaar" in "bezwaarformulier"? */
  canStart(part: string): boolean;
  /** Can this word sit between two others, as "account" in "instagramaccountcentrum"? */
  canMiddle(part: string): boolean;
  /** Can this word end a compound, as "formulier" in "bezwaarformulier"? */
  canEnd(part: string): boolean;
  /** Is this a word of its own that must stay whole ("kinderen", not "kind" + "eren")? */
  isSimpleWord(word: string): boolean;
}

/** A lexicon from plain word lists, e.g. the site's own vocabulary or a test fixture. */
export function lexiconFromWords(
  words: Iterable<string>,
  options: { simpleWords?: Iterable<string> } = {},
): CompoundLexicon {
  const parts = new Set([...words].map((word) => word.toLowerCase()));
  const simple = new Set([...(options.simpleWords ?? [])].map((word) => word.toLowerCase()));
  return {
    canStart: (part) => parts.has(part),
    canMiddle: (part) => parts.has(part),
    canEnd: (part) => parts.has(part),
    isSimpleWord: (word) => simple.has(word),
  };
}

/**
 * A lexicon that accepts a part when any of the given lexicons does, and keeps a word whole
 * when any of them knows it as a simple word.
 */
export function combineLexicons(...lexicons: readonly CompoundLexicon[]): CompoundLexicon {
  return {
    canStart: (part) => lexicons.some((lexicon) => lexicon.canStart(part)),
    canMiddle: (part) => lexicons.some((lexicon) => lexicon.canMiddle(part)),
    canEnd: (part) => lexicons.some((lexicon) => lexicon.canEnd(part)),
    isSimpleWord: (word) => lexicons.some((lexicon) => lexicon.isSimpleWord(word)),
  };
}

/**
 * The parts of a Dutch compound, in the word's own spelling and case, or `null` when the
 * word is not a compound we can split. Prefers the split with the fewest parts; among
 * those, the one whose first part is longest ("privacy|centrum" before "privacyc|…").
 */
export function splitCompound(word: string, lexicon: CompoundLexicon): string[] | null {
  const lower = word.toLowerCase();
  // Only letters: hyphens and digits already separate words for Pagefind.
  if (lower.length < MIN_COMPOUND_LENGTH || !/^\p{L}+$/u.test(lower)) return null;
  if (lexicon.isSimpleWord(lower)) return null;

  // rest.get(i): the best way to read lower.slice(i) as middle parts plus an end part.
  const rest = new Map<number, number[] | null>();
  const readRest = (start: number): number[] | null => {
    const cached = rest.get(start);
    if (cached !== undefined) return cached;
    let best: number[] | null = lexicon.canEnd(lower.slice(start)) ? [] : null;
    if (best === null) {
      for (let end = lower.length - MIN_PART_LENGTH; end >= start + MIN_PART_LENGTH; end--) {
        if (!lexicon.canMiddle(lower.slice(start, end))) continue;
        const tail = readRest(end);
        if (tail && (best === null || tail.length + 1 < best.length)) best = [end, ...tail];
      }
    }
    rest.set(start, best);
    return best;
  };

  let best: number[] | null = null;
  for (let end = lower.length - MIN_PART_LENGTH; end >= MIN_PART_LENGTH; end--) {
    if (!lexicon.canStart(lower.slice(0, end))) continue;
    const tail = readRest(end);
    if (tail && (best === null || tail.length + 1 < best.length)) best = [end, ...tail];
  }
  if (!best) return null;

  const cuts = [0, ...best, word.length];
  return cuts.slice(0, -1).map((cut, index) => word.slice(cut, cuts[index + 1]));
}

/** Every word of letters in a text (Unicode-aware, so "één" and "privé" stay whole). */
export function wordsIn(text: string): string[] {
  return text.match(/\p{L}+/gu) ?? [];
}

/**
 * The text with COMPOUND_MARK between the parts of each compound it contains.
 * Only letter runs are touched; spacing, punctuation and HTML entities stay as they are.
 */
export function markCompounds(text: string, lexicon: CompoundLexicon): string {
  // An entity such as "&nbsp;" is not a word: keep the letters after "&" out of it.
  return text.replace(/(&?)(\p{L}+)/gu, (match, ampersand: string, word: string) => {
    if (ampersand) return match;
    const parts = splitCompound(word, lexicon);
    return parts ? parts.join(COMPOUND_MARK) : word;
  });
}

/**
 * Undoes markCompounds for display: the word as written. No soft hyphen where the parts meet:
 * the browser would break there, in a menu name ("Privacy-centrum") or in an address too.
 */
export function unmarkCompounds(text: string): string {
  return text.replaceAll(COMPOUND_MARK, '');
}
