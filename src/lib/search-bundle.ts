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
