// Where the search files live, shared by the build step that writes them and the page that
// loads them. The URL path comes from the routes module.
import { PAGEFIND_PATH } from '../../lib/routes.ts';

/** The folder as a URL path, e.g. "/pagefind/". */
export const SEARCH_BUNDLE_PATH = PAGEFIND_PATH;

/** The folder under dist/ that Pagefind writes: its index and its browser files. */
export const SEARCH_BUNDLE_DIR = SEARCH_BUNDLE_PATH.replaceAll('/', '');

// File names inside that folder; the browser script imports them from search-files.ts alone,
// so it does not share the routes module with the other page scripts.
export * from './search-files.ts';
