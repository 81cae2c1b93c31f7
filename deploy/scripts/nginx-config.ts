// nginx configuration for Debian's nginx 1.22 with its brotli module
// (`apt-get install nginx libnginx-mod-http-brotli-static`), made from http-policy.ts.
//
// Files, relative to nginx's configuration folder (/etc/nginx on Debian):
// - snippets/metabezwaar-headers.conf: the security headers. nginx drops every add_header of
//   the server block in a location that has an add_header of its own (Cache-Control here), so
//   each location includes this snippet instead of inheriting the headers.
// - snippets/metabezwaar-site.conf: everything inside `server { }` except `listen` and `root`.
// - sites-available/metabezwaar.conf: a server block for a real host.
// `npm run deploy:nginx` writes them to deploy/nginx/; `npm run serve` uses those same files.
import {
  CACHE_RULES,
  DEFAULT_CACHE,
  HOST_FILES,
  NOT_FOUND_PAGE,
  SECURITY_HEADERS,
  type CacheRule,
} from '../../src/lib/http-policy.ts';

export const HEADERS_SNIPPET = 'snippets/metabezwaar-headers.conf';
export const SITE_SNIPPET = 'snippets/metabezwaar-site.conf';
export const SERVER_BLOCK = 'sites-available/metabezwaar.conf';

const GENERATED = '# Generated from src/lib/http-policy.ts by `npm run deploy:nginx`. Do not edit.';

/** A value in double quotes for nginx. */
function quoted(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

function regexEscape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function headersSnippet(): string {
  const lines = [GENERATED, '# `always`: also on the 404 page and on redirects.'];
  for (const [name, value] of Object.entries(SECURITY_HEADERS))
    lines.push(`add_header ${name} ${quoted(value)} always;`);
  return `${lines.join('\n')}\n`;
}

function location(match: string, cacheControl: string, why: string): string[] {
  return [
    `# ${why}`,
    `location ${match} {`,
    `    include ${HEADERS_SNIPPET};`,
    `    add_header Cache-Control ${quoted(cacheControl)} always;`,
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
    'charset_types text/css text/plain text/xml application/javascript application/json image/svg+xml;',
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
    '',
    ...location('/', DEFAULT_CACHE, 'Pages, Pagefind entry files and everything else: check for a new build first'),
  ];
  for (const rule of CACHE_RULES) lines.push('', ...location(ruleLocation(rule), rule.cacheControl, rule.why));
  for (const file of HOST_FILES)
    lines.push('', '# For other hosts, not for readers.', `location = ${file} {`, '    return 404;', '}');
  return `${lines.join('\n')}\n`;
}

function serverBlock(): string {
  return `${GENERATED}
# An example server block: copy deploy/nginx/snippets/ to /etc/nginx/snippets/, this file to
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
  return { [HEADERS_SNIPPET]: headersSnippet(), [SITE_SNIPPET]: siteSnippet(), [SERVER_BLOCK]: serverBlock() };
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
