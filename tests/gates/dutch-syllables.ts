// Counts the syllables of a Dutch word, for the Flesch-Douma readability score.
//
// Approach: a vowel-group rule, not hyphenation. The `hyphen` package's Dutch TeX patterns
// (breaks + 1) got 47 of the 55 words in the unit tests right: hyphenation never splits off
// a single letter and skips some breaks, so it says "idee-ën" 2, "mooie" 1, "open-baar" 2,
// "radio" 2, "Unie" 1, and "AI" or "AVG" 1. This rule gets all 55 (five thanks to the
// loanword list below).
// In Dutch nearly every syllable has exactly one vowel sound, so we count vowel sounds:
// - a run of vowels is read greedily as the longest known vowel sound ("aai", "eeu", "ie",
//   "oe", "ij", …); what is left over starts a new syllable ("bi-o", "re-a-ge-ren");
// - a diaeresis always starts a new syllable ("i-dee-ën", "co-ör-di-na-tie"), other accents
//   only mark stress ("één" is one syllable);
// - a few English loanwords with a silent e or an English vowel are counted as spoken.
// Tokens that are not plain words, as the reader's eye takes them:
// - a number ("27", "2025", "1.000,50") counts as one syllable. Plain-language guides advise
//   digits over number words; counting "2025" as the seven syllables of
//   "tweeduizendvijfentwintig" would punish that advice;
// - an abbreviation in capitals ("AVG", "AP", "AI") is spelled out: one syllable per letter
//   ("a-vee-gee"). So is a word without vowels ("pdf");
// - hyphenated compounds count as the sum of their parts ("e-mail-a-dres": 4).

/** Vowel sounds of more than one letter, longest first so greedy matching prefers them. */
const VOWEL_SOUNDS = [
  'aai',
  'ooi',
  'oei',
  'eeu',
  'ieu',
  'eau',
  'aa',
  'ee',
  'oo',
  'uu',
  'ie',
  'oe',
  'eu',
  'ei',
  'ij',
  'ui',
  'ou',
  'au',
  'ai',
  'oy',
  'ay',
  'ey',
];

/**
 * Loanwords whose spoken syllables the rule misses; also matched as the first or last part of
 * a compound ("Facebookaccount", "nieuwswebsites"), longest first.
 */
const LOANWORDS: ReadonlyMap<string, number> = new Map(
  (
    [
      ['facebook', 2], // fees-boek
      ['deadline', 2], // ded-lain
      ['website', 2], // web-sait
      ['online', 2], // on-lain
      ['offline', 2],
      ['update', 2], // up-deet
      ['upload', 2], // up-lood
      ['geüpload', 3],
      ['linkedin', 2], // linkt-in
      ['threads', 1],
      ['museum', 3], // mu-se-um: "eu" is two sounds here
    ] as const
  ).toSorted(([a], [b]) => b.length - a.length),
);

/** Abbreviations in capitals up to this length are read letter by letter. */
const MAX_SPELLED_ABBREVIATION = 5;

const VOWELS = new Set('aeiouy');
const HYPHENS = /[-\u2010\u2011]/;
const NUMBER = /^\d+(?:[.,:]\d+)*$/;

/** The syllables of one word, number or abbreviation; 0 when it has no letters or digits. */
export function countSyllables(word: string): number {
  const parts = word.split(HYPHENS).filter((part) => part !== '');
  if (parts.length > 1) return parts.reduce((sum, part) => sum + countSyllables(part), 0);

  const token = word.normalize('NFC').replace(/['’]/g, '');
  if (NUMBER.test(token)) return 1;
  // "2FA", "Web3": each run of digits is a number, each run of letters a word.
  const runs = token.match(/\d+(?:[.,]\d+)*|\p{L}+/gu) ?? [];
  if (runs.length !== 1 || runs[0] !== token) return runs.reduce((sum, run) => sum + countSyllables(run), 0);

  if (isAbbreviation(token)) return [...token].length;
  return countWordSyllables(token.toLowerCase());
}

function isAbbreviation(token: string): boolean {
  const letters = [...token].length;
  return (
    letters >= 2 &&
    letters <= MAX_SPELLED_ABBREVIATION &&
    token === token.toUpperCase() &&
    token !== token.toLowerCase()
  );
}

function countWordSyllables(word: string): number {
  const count = countVowelSounds(word);
  // A word without vowels ("pdf", "s" in "'s avonds") is read letter by letter.
  return count > 0 ? count : [...word].length;
}

/** The vowel sounds in a word or in the rest of a compound; may be 0. */
function countVowelSounds(word: string): number {
  const known = loanwordSyllables(word);
  if (known !== undefined) return known;
  const { letters, breaks } = splitDiacritics(word);
  let count = 0;
  let index = 0;
  while (index < letters.length) {
    if (!isVowelAt(letters, index)) {
      index += 1;
      continue;
    }
    count += 1;
    index += vowelSoundLength(letters, index, breaks);
  }
  return count;
}

/** Loanword count for the word, or for a compound that starts or ends with a loanword. */
function loanwordSyllables(word: string): number | undefined {
  const exact = LOANWORDS.get(word);
  if (exact !== undefined) return exact;
  for (const [loanword, syllables] of LOANWORDS) {
    if (word.length <= loanword.length) continue;
    if (word.startsWith(loanword)) return syllables + countVowelSounds(word.slice(loanword.length));
    // A plural "s" adds no syllable ("websites").
    const end = word.endsWith(`${loanword}s`) ? `${loanword}s` : loanword;
    if (word.endsWith(end)) return countVowelSounds(word.slice(0, -end.length)) + syllables;
  }
  return undefined;
}

/** Base letters without accents, and the positions where a diaeresis forces a new syllable. */
function splitDiacritics(word: string): { letters: string; breaks: Set<number> } {
  let letters = '';
  const breaks = new Set<number>();
  for (const char of word.normalize('NFD')) {
    if (char === '\u0308') breaks.add(letters.length - 1);
    else if (!/\p{M}/u.test(char)) letters += char;
  }
  return { letters, breaks };
}

function isVowelAt(letters: string, index: number): boolean {
  const letter = letters.charAt(index);
  if (!VOWELS.has(letter)) return false;
  // A "y" before a vowel at the start of a word is a consonant ("yoga").
  return !(letter === 'y' && index === 0 && VOWELS.has(letters.charAt(1)));
}

/** Length of the longest vowel sound starting at index that no diaeresis interrupts. */
function vowelSoundLength(letters: string, index: number, breaks: Set<number>): number {
  for (const sound of VOWEL_SOUNDS) {
    if (!letters.startsWith(sound, index)) continue;
    // "eau" is French ("bureau"), except after a prefix: "ge-au-to-ma-ti-seerd".
    if (sound === 'eau' && index === 1) continue;
    const interrupted = [...sound].some((_, offset) => offset > 0 && breaks.has(index + offset));
    if (!interrupted) return sound.length;
  }
  return 1;
}
