// The link that "Kopieer link" and "Deel" hand out: the page's address and the step's anchor,
// without what came along with the visit. A reader who arrived from Facebook has
// `?fbclid=…&utm_source=…` in the address bar; passing that on tracks the next reader too.
//
// Query parameters are kept only where they are part of the page itself, by an allow-list per
// path (a deny-list of trackers is never complete: fbclid, gclid, igshid, mc_eid, si, …):
// - the personal plan: `apps` and `gekoppeld` are the plan (`/mijn-plan/?apps=facebook`);
// - the search page: `q` is the search.
// Everything else, on every other page, is dropped.
import { PLAN_APPS_PARAM, PLAN_LINKED_PARAM } from './plan-params';
import { PAGE_PATHS } from './routes';

export const SHARED_PARAMS: Readonly<Record<string, readonly string[]>> = {
  [PAGE_PATHS.plan]: [PLAN_APPS_PARAM, PLAN_LINKED_PARAM],
  [PAGE_PATHS.search]: ['q'],
};

/** Stands in for the origin while a path without one (`/gids/facebook/?…`) is cleaned. */
const STAND_IN = 'http://stand-in.invalid';

/**
 * Origin + path + the page's own parameters + anchor of `href`. An empty anchor (`#`) is
 * dropped. A path without origin comes back as a path; something that is not a URL at all comes
 * back without its query string. Never throws.
 */
export function cleanShareUrl(href: string): string {
  try {
    const url = new URL(href, STAND_IN);
    const kept = SHARED_PARAMS[url.pathname] ?? [];
    // Commas stay readable: "?apps=facebook,instagram", as planQueryString writes it.
    url.search = new URLSearchParams([...url.searchParams].filter(([name]) => kept.includes(name)))
      .toString()
      .replaceAll('%2C', ',');
    // An empty anchor reads as "", and setting "" removes the "#".
    if (!url.hash) url.hash = '';
    return url.origin === STAND_IN ? url.href.slice(STAND_IN.length) : url.href;
  } catch {
    return href.replace(/\?[^#]*/, '');
  }
}
