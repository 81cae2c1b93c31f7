// Where the search files live, shared by the build step that writes them and the page that
// loads them.

/** The folder under dist/ that Pagefind writes: its index and its browser files. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/** The same folder as a URL path. */
export const SEARCH_BUNDLE_PATH = `/${SEARCH_BUNDLE_DIR}/`;

/** Pagefind's Component UI with only Dutch (and fallback English) texts, made at build time. */
export const SEARCH_UI_FILE = 'pagefind-component-ui.nl.js';

/** The site's own words, most frequent first, for typo correction; loaded only on a miss. */
export const SEARCH_WORDS_FILE = 'search-words.txt';
