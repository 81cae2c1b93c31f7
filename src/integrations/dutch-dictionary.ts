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
import type { CompoundLexicon } from '../lib/compound-words';

const require = createRequire(import.meta.url);

let cached: CompoundLexicon | undefined;

/** The Dutch dictionary as a lexicon; loaded once per process. */
export function dutchDictionary(): CompoundLexicon {
  if (cached) return cached;
  // The package only exports its cspell settings; the word list sits beside them.
  const file = join(dirname(require.resolve('@cspell/dict-nl-nl/cspell-ext.json')), 'Dutch.trie.gz');
  const trie = decodeTrie(gunzipSync(readFileSync(file)));
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
