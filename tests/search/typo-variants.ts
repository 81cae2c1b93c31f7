// Typos made by rule, for the typo bench (`npm run bench:search -- --typos`): each tuning query
// that search answers as typed gets one typo in one telling word, of each kind readers make.
// This measures the correction mechanism on typos nobody wrote by hand; the held-out set is
// never used. Pure and deterministic: the place of a typo comes from a hash of the word.
import { isStopWord } from '../../src/search/shared/stop-words.ts';

export type TypoKind = 'swap' | 'drop' | 'double' | 'key' | 'sound';

export interface TypoVariant {
  kind: TypoKind;
  /** The query with the typo. */
  query: string;
  word: string;
  typo: string;
}

/** Letters next to each other on a QWERTY keyboard, row by row. */
const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** Spellings readers mix up: the first that the word holds is swapped once. */
const SOUNDS: [string, string][] = [
  ['ij', 'y'],
  ['ei', 'ij'],
  ['ou', 'au'],
  ['dt', 't'],
  ['ph', 'f'],
  ['ie', 'i'],
  ['c', 'k'],
];

/** FNV-1a: the same place for the same word on every run. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let at = 0; at < text.length; at++) value = Math.imul(value ^ text.charCodeAt(at), 0x01000193);
  return value >>> 0;
}

function keyNeighbour(letter: string, pick: number): string | undefined {
  for (const row of KEY_ROWS) {
    const at = row.indexOf(letter);
    if (at < 0) continue;
    const near = [row[at - 1], row[at + 1]].filter((key): key is string => key !== undefined);
    return near[pick % near.length];
  }
  return undefined;
}

/** One typo of each kind in `word`, inside it (the first letter stays, as readers mostly keep it). */
export function typosOf(word: string): { kind: TypoKind; typo: string }[] {
  const at = 1 + (hash(word) % (word.length - 2));
  const key = keyNeighbour(word[at]!, hash(word) >>> 8);
  const sound = SOUNDS.find(([from]) => word.includes(from));
  const typos: { kind: TypoKind; typo: string }[] = [
    { kind: 'swap', typo: word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2) },
    { kind: 'drop', typo: word.slice(0, at) + word.slice(at + 1) },
    { kind: 'double', typo: word.slice(0, at) + word[at] + word.slice(at) },
  ];
  if (key) typos.push({ kind: 'key', typo: word.slice(0, at) + key + word.slice(at + 1) });
  if (sound) typos.push({ kind: 'sound', typo: word.replace(sound[0], sound[1]) });
  return typos.filter(({ typo }) => typo !== word);
}

/**
 * The typo variants of a query: in one of its telling words (5+ plain letters, no filler word),
 * chosen by hash, leaving out typos that are real words (no one can tell them from the word).
 */
export function typoVariants(query: string, isRealWord: (word: string) => boolean): TypoVariant[] {
  const words = query.split(' ');
  const telling = words.flatMap((word, index) =>
    word.length >= 5 && /^\p{Ll}+$/u.test(word) && !isStopWord(word) ? [index] : [],
  );
  if (telling.length === 0) return [];
  const index = telling[hash(query) % telling.length]!;
  const word = words[index]!;
  return typosOf(word)
    .filter(({ typo }) => !isRealWord(typo))
    .map(({ kind, typo }) => ({ kind, word, typo, query: words.map((w, at) => (at === index ? typo : w)).join(' ') }));
}
