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
 * The real Dutch words close to a site word, never corrected; loaded only on a miss, one file
 * per first letter ("dutch-words/d.txt"), so a miss loads only the letters it needs.
 */
export const SEARCH_DUTCH_DIR = 'dutch-words/';

/** The file of Dutch words that start like `word` (lower case, no accents). */
export const searchDutchFile = (word: string) => `${SEARCH_DUTCH_DIR}${/^[a-z]/.test(word) ? word[0] : '_'}.txt`;
