import { describe, expect, it } from 'vitest';
import {
  CACHE_IMMUTABLE,
  CSP_DIRECTIVES,
  CSP_HEADER,
  SECURITY_HEADERS,
  cacheControlFor,
  headersFile,
  isPrecompressed,
} from '../../src/lib/http-policy';

describe('the CSP header', () => {
  it("lets the site load its own web app manifest (manifest-src falls back to default-src 'self')", () => {
    expect(CSP_DIRECTIVES).toContain("default-src 'self'");
    expect(CSP_DIRECTIVES.some((directive) => directive.startsWith('manifest-src '))).toBe(false);
  });

  const headerDirectives = CSP_HEADER.split('; ');

  it('forbids framing, which a <meta> CSP cannot', () => {
    expect(headerDirectives).toContain("frame-ancestors 'none'");
  });

  it('repeats every directive of the <meta> except default-src, which would block the hashed inline code', () => {
    const metaWithoutDefault = CSP_DIRECTIVES.filter((directive) => !directive.startsWith('default-src'));
    expect(headerDirectives.filter((directive) => !directive.startsWith('frame-ancestors'))).toEqual(
      metaWithoutDefault,
    );
    expect(CSP_HEADER).not.toMatch(/default-src|script-src|style-src/);
  });
});

describe('security headers', () => {
  it('names every header the site promises', () => {
    expect(Object.keys(SECURITY_HEADERS).sort()).toEqual(
      [
        'Content-Security-Policy',
        'Cross-Origin-Opener-Policy',
        'Permissions-Policy',
        'Referrer-Policy',
        'Strict-Transport-Security',
        'X-Content-Type-Options',
        'X-Frame-Options',
      ].sort(),
    );
  });

  it('switches off features but keeps the clipboard that "Kopieer link" uses', () => {
    expect(SECURITY_HEADERS['Permissions-Policy']).toMatch(/(^|, )camera=\(\)/);
    expect(SECURITY_HEADERS['Permissions-Policy']).not.toMatch(/clipboard/);
  });
});

describe('cacheControlFor', () => {
  it('keeps hashed files for a year', () => {
    expect(cacheControlFor('/_astro/Search.DERaVX4H.js')).toBe(CACHE_IMMUTABLE);
    expect(cacheControlFor('/pagefind/fragment/nl_3acffc9.pf_fragment')).toBe(CACHE_IMMUTABLE);
    expect(cacheControlFor('/pagefind/index/nl_e3676c3.pf_index')).toBe(CACHE_IMMUTABLE);
    expect(cacheControlFor('/pagefind/pagefind.nl_796a9cf38f.pf_meta')).toBe(CACHE_IMMUTABLE);
  });

  it('revalidates pages, the Pagefind entry files and unhashed names', () => {
    for (const path of [
      '/',
      '/gids/facebook/',
      '/404.html',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json',
      '/pagefind/wasm.nl.pagefind',
      '/pagefind/sub/x.pf_meta',
      '/pagefind/.pf_meta',
      '/favicon.svg',
    ]) {
      expect(cacheControlFor(path), path).toBe('no-cache');
    }
  });
});

describe('isPrecompressed', () => {
  it('takes text files and leaves Pagefind files that are gzip already', () => {
    for (const path of [
      '/index.html',
      '/a.css',
      '/a.js',
      '/a.mjs',
      '/p/pagefind-entry.json',
      '/f.svg',
      '/s.xml',
      '/robots.txt',
    ]) {
      expect(isPrecompressed(path), path).toBe(true);
    }
    for (const path of ['/p/x.pf_fragment', '/p/x.pf_index', '/p/x.pf_meta', '/p/wasm.nl.pagefind', '/a.png']) {
      expect(isPrecompressed(path), path).toBe(false);
    }
  });
});

describe('headersFile', () => {
  const text = headersFile(['/index.html', '/pagefind/pagefind.nl_1.pf_meta', '/pagefind/pagefind.js']);

  it('sends every security header on every path', () => {
    const block = text.split('\n\n')[1]!;
    expect(block.split('\n')[0]).toBe('/*');
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(`${block}\n`).toContain(`  ${name}: ${value}\n`);
  });

  it('names the web app manifest type, which not every host knows', () => {
    const withManifest = headersFile(['/index.html', '/manifest.webmanifest']);
    expect(withManifest).toContain('/manifest.webmanifest\n  Content-Type: application/manifest+json\n');
    expect(text).not.toContain('\n  Content-Type: ');
  });

  it('sets Cache-Control only in rules that never overlap, listing suffix rules per file', () => {
    expect(text).toContain(`/_astro/*\n  Cache-Control: ${CACHE_IMMUTABLE}`);
    expect(text).toContain(`/pagefind/pagefind.nl_1.pf_meta\n  Cache-Control: ${CACHE_IMMUTABLE}`);
    expect(text).not.toContain('/pagefind/pagefind.js');
    expect(text.split('\n/*\n')[1]!.split('\n\n')[0]).not.toContain('Cache-Control');
  });
});
