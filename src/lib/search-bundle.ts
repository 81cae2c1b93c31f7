// Where the search files live, shared by the build step that writes them and the page that
// loads them. The URL path comes from the routes module.
import { PAGEFIND_PATH } from './routes.ts';

/** The folder as a URL path, e.g. "/pagefind/". */
export const SEARCH_BUNDLE_PATH = PAGEFIND_PATH;

/** The folder under dist/ that Pagefind writes: its index and its browser files. */
export const SEARCH_BUNDLE_DIR = SEARCH_BUNDLE_PATH.replaceAll('/', '');

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
