// The names of the search files inside the search folder (see search-bundle.ts for the folder).
// No imports: the search page's script reads these, and a module it shares with other page
// scripts would become a separate file that every page then has to fetch.

/** Pagefind's Component UI with only Dutch (and fallback English) texts, made at build time. */
export const SEARCH_UI_FILE = 'pagefind-component-ui.nl.js';

/** The site's own words, most frequent first, for typo correction; loaded only on a miss. */
export const SEARCH_WORDS_FILE = 'search-words.txt';

/** Pagefind's module, imported by the Component UI: the search page preloads it. */
export const SEARCH_ENGINE_FILE = 'pagefind.js';

/**
 * Pagefind's WebAssembly for a page language ("wasm.nl.pagefind"), the largest search file.
 * Pagefind fetches it only after pagefind.js and its entry file; the search page preloads it
 * so it loads alongside them. tests/dist checks that the name still matches the build.
 */
export const searchWasmFile = (lang: string) => `wasm.${lang}.pagefind`;

/**
 * The real words close to a site word, never corrected, and the Dutch compounds of a site
 * word with the site word that stands in for them; loaded only on a miss. They are
 * spread over SEARCH_DUTCH_FILES files by a hash of the word, so every file is about as small
 * (a few hundred bytes gzip) and a miss loads one small file per word it checks. By first
 * letter, "b", "g" and "v" were 3 to 4 KB each, which pushed a first search with a typo past
 * its budget. 512 since typos reach readers' words and word forms too, which doubled the list.
 */
export const SEARCH_DUTCH_DIR = 'dutch-words/';

/** How many files the Dutch words are spread over. */
export const SEARCH_DUTCH_FILES = 512;

/** Which of those files holds `word` (lower case, no accents): 0 to SEARCH_DUTCH_FILES - 1. */
export function dutchFileIndex(word: string): number {
  // FNV-1a over the UTF-16 code units: tiny, and the same in the build and in the browser.
  let hash = 0x811c9dc5;
  for (let at = 0; at < word.length; at++) hash = Math.imul(hash ^ word.charCodeAt(at), 0x01000193);
  return (hash >>> 0) % SEARCH_DUTCH_FILES;
}

const dutchFileName = (index: number) => `${SEARCH_DUTCH_DIR}${index.toString(16).padStart(3, '0')}.txt`;

/** The file of Dutch words that may hold `word` ("dutch-words/03f.txt"). */
export const searchDutchFile = (word: string) => dutchFileName(dutchFileIndex(word));

/** Every Dutch word file, empty or not. */
export const allDutchFiles = (): string[] =>
  Array.from({ length: SEARCH_DUTCH_FILES }, (_, index) => dutchFileName(index));

/**
 * The site words that may begin a compound the dictionary lacks ("facebook+"), loaded with
 * the Dutch word files: looked up by a word's beginning, so they cannot be spread by its hash.
 */
export const SEARCH_HEADS_FILE = `${SEARCH_DUTCH_DIR}heads.txt`;
