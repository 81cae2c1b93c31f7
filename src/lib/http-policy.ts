// The one definition of how the site is served: security headers, cache rules, redirects and
// the 404 page. Everything that serves dist/ is generated from it, so hosts cannot drift apart:
// - Astro's own per-page CSP <meta> (astro.config.mjs reads CSP_DIRECTIVES),
// - dist/_headers for Netlify and Cloudflare Pages (src/integrations/server-files.ts),
// - the nginx config in deploy/nginx/ (deploy/scripts/nginx-config.ts, `npm run deploy:nginx`).

/**
 * The site's Content Security Policy, as Astro writes it into every page's <meta>. Astro adds
 * `script-src` and `style-src` with the hashes of each page's inline scripts and styles.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * The CSP sent as an HTTP header on every response. A browser enforces the header and the
 * <meta> together: a request must pass both. So the header must never allow less than a page
 * needs, and the <meta> keeps everything it has:
 * - `default-src` is left out: in the header it would also stand for `script-src` and
 *   `style-src`, without the per-page hashes, and block every inline script and style. The
 *   <meta> still sets `default-src` and the hashed `script-src`/`style-src` for each page.
 * - the other directives are the same as in the <meta>, so a page without one (a JSON file, an
 *   SVG opened on its own) is still covered;
 * - `frame-ancestors 'none'` is the reason for the header: a <meta> CSP cannot forbid framing,
 *   and a phishing page must not wrap the real guide in an iframe.
 */
export const CSP_HEADER = [
  ...CSP_DIRECTIVES.filter((directive) => !directive.startsWith('default-src ')),
  "frame-ancestors 'none'",
].join('; ');

/**
 * Browser features the site never uses, switched off for the site and anything it could embed.
 * Only names Chromium knows: an unknown name is logged as an error on every page. The site
 * does use the clipboard ("Kopieer link"), so clipboard-write stays allowed.
 */
export const DISABLED_FEATURES = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
] as const;

/** The security headers every response carries, the 404 page and redirects included. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CSP_HEADER,
  // For browsers that do not know frame-ancestors.
  'X-Frame-Options': 'DENY',
  // One year; no includeSubDomains, as other hosts under the same domain are not ours to judge.
  'Strict-Transport-Security': 'max-age=31536000',
  'X-Content-Type-Options': 'nosniff',
  // Links to sources on other sites do not tell them which page of ours the reader came from.
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': DISABLED_FEATURES.map((feature) => `${feature}=()`).join(', '),
  // A page that opens the site in a new window gets no handle on it, and the other way round.
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
/** Kept, but checked with the server (ETag / Last-Modified) before every use. */
export const CACHE_REVALIDATE = 'no-cache';

/**
 * A group of files with one Cache-Control value. `prefix` is a URL path prefix; with `suffix`,
 * only files directly in that folder whose name ends with it.
 */
export interface CacheRule {
  prefix: string;
  suffix?: string;
  cacheControl: string;
  why: string;
}

/**
 * Cache rules, most specific first; the rules never overlap. Everything else (HTML, the
 * Pagefind entry files `pagefind.js` and `pagefind-entry.json`, the Pagefind UI scripts and the
 * WebAssembly, whose names stay the same across versions, favicon, robots.txt, sitemaps)
 * gets DEFAULT_CACHE: a new build shows at once.
 */
export const CACHE_RULES: readonly CacheRule[] = [
  { prefix: '/_astro/', cacheControl: CACHE_IMMUTABLE, why: "Astro's bundles: the content hash is in the name" },
  { prefix: '/pagefind/fragment/', cacheControl: CACHE_IMMUTABLE, why: 'Pagefind fragments: hashed names' },
  { prefix: '/pagefind/index/', cacheControl: CACHE_IMMUTABLE, why: 'Pagefind index chunks: hashed names' },
  {
    prefix: '/pagefind/',
    suffix: '.pf_meta',
    cacheControl: CACHE_IMMUTABLE,
    why: "Pagefind's metadata: hashed name, found through pagefind-entry.json",
  },
];

export const DEFAULT_CACHE = CACHE_REVALIDATE;

/** The Cache-Control value for a URL path. */
export function cacheControlFor(path: string): string {
  return CACHE_RULES.find((rule) => ruleMatches(rule, path))?.cacheControl ?? DEFAULT_CACHE;
}

export function ruleMatches(rule: CacheRule, path: string): boolean {
  if (!path.startsWith(rule.prefix)) return false;
  if (rule.suffix === undefined) return true;
  const name = path.slice(rule.prefix.length);
  return !name.includes('/') && name.endsWith(rule.suffix) && name.length > rule.suffix.length;
}

/** The page served, with status 404, for every path that does not exist. */
export const NOT_FOUND_PAGE = '/404.html';

/**
 * The Dutch page served, with the server's own status, when nginx cannot read a request: a URL
 * over its limit (414: a plan link that grew too long) or a broken request (400). nginx's own
 * answers for these are bare English pages.
 */
export const BAD_REQUEST_PATH = '/link-werkt-niet/';
export const BAD_REQUEST_STATUSES = [400, 414] as const;

/**
 * At most one byte range per request. Browsers and download tools ask for one range at a time;
 * many small ranges of one file cost more to send than the whole file. A request with more is
 * answered with the whole file.
 */
export const MAX_RANGES = 1;

/**
 * Redirects: a path without its trailing slash (`/gids/facebook?x=1`) gets a 301 to the slash
 * form with the query string kept (`/gids/facebook/?x=1`), but only when that folder exists;
 * anything else is a 404. Relative `Location`, so it works behind any proxy or port.
 */
export const TRAILING_SLASH_REDIRECT_STATUS = 301;

/**
 * Text files that get a `.br` and a `.gz` copy next to them at build time, by extension.
 * Pagefind's `.pf_fragment`, `.pf_index`, `.pf_meta` and `.pagefind` (WebAssembly) files are
 * gzip streams already, which Pagefind's script unpacks itself: they are served as they are.
 */
export const PRECOMPRESSED_EXTENSIONS = [
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.webmanifest',
  '.svg',
  '.xml',
  '.txt',
] as const;

export function isPrecompressed(path: string): boolean {
  return PRECOMPRESSED_EXTENSIONS.some((extension) => path.endsWith(extension));
}

/**
 * Content types a host's own list may not know: Debian's mime.types has no `.webmanifest`, and
 * its default type (application/octet-stream) would make the file a download. These files get
 * DEFAULT_CACHE: their names carry no hash.
 */
export const EXTRA_CONTENT_TYPES = [
  { extension: '.webmanifest', contentType: 'application/manifest+json', why: 'The web app manifest' },
] as const;

/** Files in dist/ that are for the host, never served. */
export const HOST_FILES = ['/_headers'] as const;

/**
 * dist/_headers for Netlify and Cloudflare Pages. Both join the values when two rules set the
 * same header for a path, so Cache-Control is only set by the non-overlapping CACHE_RULES; the
 * rest keeps the hosts' own default (`public, max-age=0, must-revalidate` on both), which is
 * DEFAULT_CACHE in effect. Rules with a suffix are listed per file, from `files` (the URL paths
 * in dist/), as `*` in the middle of a path is not read the same way by every host.
 */
export function headersFile(files: readonly string[]): string {
  const lines = ['# Generated by `npm run build` from src/lib/http-policy.ts. Do not edit.', '', '/*'];
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) lines.push(`  ${name}: ${value}`);
  for (const rule of CACHE_RULES) {
    const paths = rule.suffix === undefined ? [`${rule.prefix}*`] : files.filter((file) => ruleMatches(rule, file));
    for (const path of paths) {
      lines.push('', `# ${rule.why}`, path, `  Cache-Control: ${rule.cacheControl}`);
    }
  }
  for (const type of EXTRA_CONTENT_TYPES) {
    for (const path of files.filter((file) => file.endsWith(type.extension))) {
      lines.push('', `# ${type.why}`, path, `  Content-Type: ${type.contentType}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
