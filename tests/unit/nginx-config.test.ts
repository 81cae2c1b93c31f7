import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BAD_REQUEST_PATH, CACHE_IMMUTABLE, SECURITY_HEADERS } from '../../src/lib/http-policy';
import {
  HEADERS_ONCE_MAPS,
  HEADERS_SNIPPET,
  SITE_SNIPPET,
  localNginxConf,
  nginxFiles,
} from '../../deploy/scripts/nginx-config';

const DEPLOY = join(import.meta.dirname, '../../deploy/nginx');

describe('deploy/nginx/', () => {
  it.each(Object.entries(nginxFiles()))(
    '%s is what src/lib/http-policy.ts makes (else run `npm run deploy:nginx`)',
    (path, text) => {
      expect(readFileSync(join(DEPLOY, path), 'utf8')).toBe(text);
    },
  );
});

describe('the site snippet', () => {
  const site = nginxFiles()[SITE_SNIPPET]!;
  const locations = site.split('\nlocation ').slice(1);

  it('includes the security headers in every location that sets a header of its own', () => {
    // nginx drops inherited add_header lines in such a location.
    expect(locations.length).toBeGreaterThan(3);
    for (const block of locations.filter((location) => location.includes('add_header'))) {
      expect(block).toContain(`include ${HEADERS_SNIPPET};`);
    }
    expect(site.split('\nlocation ')[0]).not.toContain('add_header');
  });

  it("also gives the server block the headers, for nginx's own errors before a location is chosen", () => {
    expect(site.split('\nlocation ')[0]).toMatch(new RegExp(`^include ${HEADERS_SNIPPET};$`, 'm'));
  });

  it('caps byte ranges, serves a Dutch page for unreadable requests, and answers folders without an index', () => {
    expect(site).toMatch(/^max_ranges 1;$/m);
    expect(site).toMatch(new RegExp(`^error_page 400 414 ${BAD_REQUEST_PATH}index\\.html;$`, 'm'));
    expect(site).toContain('location ~ /$ {');
    expect(site).toContain('try_files ${uri}index.html =404;');
  });

  it("serves the web app manifest as application/manifest+json, which Debian's mime.types lacks", () => {
    const manifest = locations.find((location) => location.startsWith('~ \\.webmanifest$ {'));
    expect(manifest).toBeDefined();
    expect(manifest).toMatch(/^ {4}types \{ \}$/m);
    expect(manifest).toMatch(/^ {4}default_type application\/manifest\+json;$/m);
    expect(manifest).toContain('add_header Cache-Control $mb_cache_no_cache always;');
  });

  it('serves precompressed files, redirects relatively and maps unknown paths to the 404 page', () => {
    expect(site).toMatch(/^brotli_static on;$/m);
    expect(site).toMatch(/^gzip_static on;$/m);
    expect(site).toMatch(/^absolute_redirect off;$/m);
    expect(site).toMatch(/^error_page 403 404 =404 \/404\.html;$/m);
  });
});

describe('the headers snippet', () => {
  const snippet = nginxFiles()[HEADERS_SNIPPET]!;
  const maps = nginxFiles()[HEADERS_ONCE_MAPS]!;

  it('adds every security header, also on errors and redirects, from a variable with its value', () => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      const variable = new RegExp(`^add_header ${name} (\\$mb_[a-z_]+) always;$`, 'm').exec(snippet)?.[1];
      expect(variable, name).toBeDefined();
      expect(maps).toContain(`map $status ${variable} { volatile; 416 ""; default "${value.replace(/"/g, '\\"')}"; }`);
    }
  });

  it('gives every value its own short variable (nginx refuses long names in its default hash)', () => {
    const names = [...maps.matchAll(/^map \$status (\$\S+) /gm)].map((match) => match[1]!);
    expect(names.length).toBe(Object.keys(SECURITY_HEADERS).length + 2);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(30);
    expect(maps).toContain(`default "${CACHE_IMMUTABLE}"`);
  });
});

describe('localNginxConf', () => {
  it('runs in the foreground from its own folder, on 127.0.0.1 only', () => {
    const conf = localNginxConf({
      prefix: '/tmp/p',
      root: '/repo/dist',
      port: 8080,
      mimeTypes: '/etc/nginx/mime.types',
    });
    expect(conf).toContain('daemon off;');
    expect(conf).toContain('pid /tmp/p/nginx.pid;');
    expect(conf).toContain('error_log stderr warn;');
    expect(conf).toContain('listen 127.0.0.1:8080;');
    expect(conf).toContain('root /repo/dist;');
    expect(conf).toContain(`include ${SITE_SNIPPET};`);
    expect(conf).toContain(`include ${HEADERS_ONCE_MAPS};`);
    expect(conf).not.toMatch(/load_module|user /);
    expect(
      localNginxConf({ prefix: '/p', root: '/r', port: 1, mimeTypes: '/m', brotliModule: '/b.so', user: 'root' }),
    ).toMatch(/^load_module \/b\.so;\nuser root;$/m);
  });
});
