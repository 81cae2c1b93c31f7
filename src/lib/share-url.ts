// The link that "Kopieer link" and "Deel" hand out: the page's address and the step's anchor,
// without what came along with the visit. A reader who arrived from Facebook has
// `?fbclid=…&utm_source=…` in the address bar; passing that on tracks the next reader too.
//
// Query parameters are kept only where they are part of the page itself, by an allow-list per
// path (a deny-list of trackers is never complete: fbclid, gclid, igshid, mc_eid, si, …):
// - the personal plan: `apps` and `gekoppeld` are the plan (`/mijn-plan/?apps=facebook`);
// - the search page: `q` is the search.
// Everything else, on every other page, is dropped.
import { PAGE_PATHS } from './routes';

export const SHARED_PARAMS: Readonly<Record<string, readonly string[]>> = {
  [PAGE_PATHS.plan]: ['apps', 'gekoppeld'],
  [PAGE_PATHS.search]: ['q'],
};

/**
 * Origin + path + the page's own parameters + anchor of `href`. An empty anchor (`#`) is
 * dropped. A value that is not a URL is returned without its query string.
 */
export function cleanShareUrl(href: string): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    const [beforeHash = '', ...hash] = href.split('#');
    const anchor = hash.join('#');
    return `${beforeHash.split('?')[0]}${anchor ? `#${anchor}` : ''}`;
  }
  const kept = new URLSearchParams();
  for (const name of SHARED_PARAMS[url.pathname] ?? []) {
    for (const value of url.searchParams.getAll(name)) kept.append(name, value);
  }
  // Commas stay readable: "?apps=facebook,instagram", as planQueryString writes it.
  const query = kept.size > 0 ? `?${kept.toString().replaceAll('%2C', ',')}` : '';
  const hash = url.hash.length > 1 ? url.hash : '';
  return `${url.origin}${url.pathname}${query}${hash}`;
}
