// The Dutch word list from @cspell/dict-nl-nl (already used for spell checking), read as a
// CompoundLexicon. It comes from the OpenTaal Hunspell dictionary, which marks which words
// may begin ("bezwaar+"), sit inside ("+formulier+") or end ("+formulier") a compound.
// Build time only: the list is 0.9 MB and takes about half a second to load.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
// cspell-trie-lib is installed as a dependency of cspell (a dev dependency of this project).
import { decodeTrie } from 'cspell-trie-lib';
import type { CompoundLexicon } from '../shared/compound-words';
import { normalizeWord } from '../shared/typo-correction.ts';

const require = createRequire(import.meta.url);

let cached: CompoundLexicon | undefined;
let cachedTrie: ReturnType<typeof decodeTrie> | undefined;

function loadTrie(): ReturnType<typeof decodeTrie> {
  // The package only exports its cspell settings; the word list sits beside them.
  const file = join(dirname(require.resolve('@cspell/dict-nl-nl/cspell-ext.json')), 'Dutch.trie.gz');
  return (cachedTrie ??= decodeTrie(gunzipSync(readFileSync(file))));
}

let cachedWords: Set<string> | undefined;

/**
 * Every word of the dictionary that stands on its own (no compound-only forms such as
 * "+formulier") and is written in lower case (no names such as "Aalders"), without accents,
 * as search compares words. "~" marks the dictionary's own case-folded copies: skipped.
 */
export function dutchWords(): ReadonlySet<string> {
  if (cachedWords) return cachedWords;
  cachedWords = new Set();
  for (const entry of loadTrie().words()) {
    if (/[+~!]/.test(entry) || entry.endsWith('-') || entry[0] !== entry[0]?.toLowerCase()) continue;
    cachedWords.add(normalizeWord(entry));
  }
  return cachedWords;
}

let cachedEnglish: Set<string> | undefined;

/**
 * Every lower-case English word of @cspell/dict-en_us (installed with cspell, the spell
 * checker this project already runs), letters only. Readers mix English words into their
 * Dutch ("delete", "settings"); such a word is a real word too, never a typo to "correct"
 * into a Dutch site word. Build time only, like the Dutch list.
 */
export function englishWords(): ReadonlySet<string> {
  if (cachedEnglish) return cachedEnglish;
  const file = join(dirname(require.resolve('@cspell/dict-en_us/cspell-ext.json')), 'en_US.trie.gz');
  cachedEnglish = new Set();
  for (const entry of decodeTrie(gunzipSync(readFileSync(file))).words()) {
    if (/^\p{Ll}+$/u.test(entry)) cachedEnglish.add(normalizeWord(entry));
  }
  return cachedEnglish;
}

/** Real words a typed word may be, Dutch or English: the set the typo guard checks. */
export function realWords(): Iterable<string> {
  return new Set([...dutchWords(), ...englishWords()]);
}

/** The Dutch dictionary as a lexicon; loaded once per process. */
export function dutchDictionary(): CompoundLexicon {
  if (cached) return cached;
  const trie = loadTrie();
  // `getNode` follows the exact letters; `trie.find` and `trie.has` would also accept
  // compounds, which would make every compound a "simple word".
  const has = (entry: string) => trie.data.getNode(entry)?.eow === true;
  cached = {
    canStart: (part) => has(`${part}+`),
    canMiddle: (part) => has(`+${part}+`),
    canEnd: (part) => has(`+${part}`),
    isSimpleWord: (word) => has(word),
  };
  return cached;
}
