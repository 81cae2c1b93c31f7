// nginx configuration for Debian's nginx 1.22 with its brotli module
// (`apt-get install nginx libnginx-mod-http-brotli-static`), made from http-policy.ts.
//
// Files, relative to nginx's configuration folder (/etc/nginx on Debian):
// - snippets/metabezwaar-headers.conf: the security headers. nginx drops every add_header of
//   the server block in a location that has an add_header of its own (Cache-Control here), so
//   each location includes this snippet instead of inheriting the headers.
// - snippets/metabezwaar-site.conf: everything inside `server { }` except `listen` and `root`.
// - conf.d/metabezwaar-headers-once.conf: one variable per header value, for the http block
//   (Debian's nginx.conf includes conf.d/*.conf there); see headersOnceMaps.
// - sites-available/metabezwaar.conf: a server block for a real host.
// `npm run deploy:nginx` writes them to deploy/nginx/; `npm run serve` uses those same files.
import {
  BAD_REQUEST_PATH,
  BAD_REQUEST_STATUSES,
  CACHE_RULES,
  DEFAULT_CACHE,
  EXTRA_CONTENT_TYPES,
  HOST_FILES,
  MAX_RANGES,
  NOT_FOUND_PAGE,
  SECURITY_HEADERS,
  type CacheRule,
} from '../../src/lib/http-policy.ts';

export const HEADERS_SNIPPET = 'snippets/metabezwaar-headers.conf';
export const SITE_SNIPPET = 'snippets/metabezwaar-site.conf';
export const SERVER_BLOCK = 'sites-available/metabezwaar.conf';
export const HEADERS_ONCE_MAPS = 'conf.d/metabezwaar-headers-once.conf';

const GENERATED = '# Generated from src/lib/http-policy.ts by `npm run deploy:nginx`. Do not edit.';

/** A value in double quotes for nginx. */
function quoted(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

function regexEscape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The nginx variable that holds a header value (see headersOnceMaps): `$mb_xfo` for
 * X-Frame-Options, `$mb_cache_no_cache` for a Cache-Control value. Short: nginx's default
 * variables hash takes names up to about 30 characters.
 */
function headerVariable(value: string): string {
  const name = Object.entries(SECURITY_HEADERS).find(([, headerValue]) => headerValue === value)?.[0];
  if (name)
    return `$mb_${name
      .split('-')
      .map((word) => word[0]!.toLowerCase())
      .join('')}`;
  return `$mb_cache_${value
    .replace(/max-age=\d+/, '')
    .replace(/[^a-z]+/g, '_')
    .replace(/^_|_$/g, '')}`;
}

/** Every header value the config adds: the security headers and each Cache-Control value. */
function headerValues(): string[] {
  return [
    ...new Set([...Object.values(SECURITY_HEADERS), DEFAULT_CACHE, ...CACHE_RULES.map((rule) => rule.cacheControl)]),
  ];
}

/**
 * A request for a range past the end of a file gets its 416 after nginx has added the headers
 * for the file itself; it then adds them a second time. Each header therefore takes its value
 * from a variable that is empty when the status is 416 (`volatile`: read again on that second
 * pass), and nginx leaves out a header whose value is empty. The first pass sets them once.
 */
function headersOnceMaps(): string {
  const lines = [
    GENERATED,
    '# Include in the http block (Debian: /etc/nginx/conf.d/). Empty on a 416 answer, which already',
    '# carries the headers from the response it replaced: nginx leaves out empty headers.',
  ];
  for (const value of headerValues())
    lines.push(`map $status ${headerVariable(value)} { volatile; 416 ""; default ${quoted(value)}; }`);
  return `${lines.join('\n')}\n`;
}

function addHeader(name: string, value: string): string {
  return `add_header ${name} ${headerVariable(value)} always;`;
}

function headersSnippet(): string {
  const lines = [
    GENERATED,
    '# `always`: also on the 404 page and on redirects. The values are in',
    `# ${HEADERS_ONCE_MAPS}, so that a 416 answer carries each header once.`,
  ];
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) lines.push(addHeader(name, value));
  return `${lines.join('\n')}\n`;
}

function location(match: string, cacheControl: string, why: string, tryFiles?: string): string[] {
  return [
    `# ${why}`,
    `location ${match} {`,
    `    include ${HEADERS_SNIPPET};`,
    `    ${addHeader('Cache-Control', cacheControl)}`,
    ...(tryFiles ? [`    try_files ${tryFiles};`] : []),
    '}',
  ];
}

function ruleLocation(rule: CacheRule): string {
  return rule.suffix === undefined
    ? `^~ ${rule.prefix}`
    : `~ ^${regexEscape(rule.prefix)}[^/]+${regexEscape(rule.suffix)}$`;
}

function siteSnippet(): string {
  const lines = [
    GENERATED,
    '# Include inside a server block that sets `listen` and `root` (the built dist/ folder).',
    '',
    'server_tokens off;',
    'charset utf-8;',
    `charset_types text/css text/plain text/xml application/javascript application/json image/svg+xml ${EXTRA_CONTENT_TYPES.map((type) => type.contentType).join(' ')};`,
    '',
    '# Files compressed at build time (foo.html.br, foo.html.gz) are sent as they are.',
    'brotli_static on;',
    'gzip_static on;',
    'gzip_vary on;',
    'gzip_proxied any;',
    '',
    '# /gids/facebook?x=1 -> 301 /gids/facebook/?x=1, only when that folder exists (nginx does',
    '# this for a folder without its slash). A relative Location works behind any proxy.',
    'index index.html;',
    'absolute_redirect off;',
    '',
    '# Unknown paths, and folders without a page, get the Dutch 404 page with status 404.',
    `error_page 403 404 =404 ${NOT_FOUND_PAGE};`,
    '# A request nginx cannot read (URL too long, broken request) gets a Dutch page, status kept.',
    `error_page ${BAD_REQUEST_STATUSES.join(' ')} ${BAD_REQUEST_PATH}index.html;`,
    '',
    '# Errors nginx raises while reading a request (400, 414, the 405 for TRACE) come before any',
    '# location is chosen, so the server block needs the security headers too. A location that',
    '# sets a header of its own drops these and includes the snippet itself.',
    `include ${HEADERS_SNIPPET};`,
    '',
    `# One byte range per request; a request for more gets the whole file.`,
    `max_ranges ${MAX_RANGES};`,
    '',
    ...location('/', DEFAULT_CACHE, 'Pages, Pagefind entry files and everything else: check for a new build first'),
    '',
    ...location(
      '~ /$',
      DEFAULT_CACHE,
      'A folder: its page, else the 404 page (not "directory index is forbidden" in the error log)',
      '${uri}index.html =404',
    ),
  ];
  for (const rule of CACHE_RULES)
    lines.push('', ...location(ruleLocation(rule), rule.cacheControl, rule.why, rule.suffix ? undefined : '$uri =404'));
  // An empty `types` leaves only default_type for these files; a regex location after the
  // prefix ones, so it never takes a path under /_astro/ or /pagefind/.
  for (const type of EXTRA_CONTENT_TYPES)
    lines.push(
      '',
      `# ${type.why}: a type Debian's mime.types does not know.`,
      `location ~ ${regexEscape(type.extension)}$ {`,
      '    types { }',
      `    default_type ${type.contentType};`,
      `    include ${HEADERS_SNIPPET};`,
      `    ${addHeader('Cache-Control', DEFAULT_CACHE)}`,
      '}',
    );
  for (const file of HOST_FILES)
    lines.push('', '# For other hosts, not for readers.', `location = ${file} {`, '    return 404;', '}');
  return `${lines.join('\n')}\n`;
}

function serverBlock(): string {
  return `${GENERATED}
# An example server block: copy deploy/nginx/snippets/ to /etc/nginx/snippets/, conf.d/ to
# /etc/nginx/conf.d/ (Debian's nginx.conf includes it in the http block), this file to
# /etc/nginx/sites-available/, link it from sites-enabled/, set server_name and root, and add
# TLS (e.g. with certbot), then \`nginx -t && systemctl reload nginx\`.
server {
    listen 80;
    listen [::]:80;
    server_name metabezwaar.nl;
    root /var/www/metabezwaar/dist;
    include ${SITE_SNIPPET};
}
`;
}

/** Every file in deploy/nginx/, by path relative to that folder. */
export function nginxFiles(): Record<string, string> {
  return {
    [HEADERS_SNIPPET]: headersSnippet(),
    [SITE_SNIPPET]: siteSnippet(),
    [HEADERS_ONCE_MAPS]: headersOnceMaps(),
    [SERVER_BLOCK]: serverBlock(),
  };
}

export interface LocalServer {
  /** Temporary folder for nginx: its config, pid file and temp files; holds a copy of snippets/. */
  prefix: string;
  /** Absolute path of the built site. */
  root: string;
  port: number;
  /** The brotli static module, or undefined when nginx has it built in. */
  brotliModule?: string;
  /** Debian's mime.types. */
  mimeTypes: string;
  /** Run the workers as this user (needed as root, so they can read the checkout). */
  user?: string;
}

/** A complete nginx.conf that serves dist/ in the foreground on 127.0.0.1, for `npm run serve`. */
export function localNginxConf(server: LocalServer): string {
  const { prefix } = server;
  return [
    '# Written by `npm run serve` for this run only.',
    ...(server.brotliModule ? [`load_module ${server.brotliModule};`] : []),
    ...(server.user ? [`user ${server.user};`] : []),
    'daemon off;',
    'worker_processes auto;',
    `pid ${prefix}/nginx.pid;`,
    'error_log stderr warn;',
    'events { worker_connections 1024; }',
    'http {',
    `    include ${server.mimeTypes};`,
    '    default_type application/octet-stream;',
    '    access_log off;',
    '    log_not_found off;',
    '    sendfile on;',
    `    include ${HEADERS_ONCE_MAPS};`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
      (kind) => `    ${kind}_temp_path ${prefix}/tmp/${kind};`,
    ),
    '    server {',
    `        listen 127.0.0.1:${server.port};`,
    `        root ${server.root};`,
    `        include ${SITE_SNIPPET};`,
    '    }',
    '}',
    '',
  ].join('\n');
}
