// What the build writes for web servers (src/integrations/server-files.ts): dist/_headers and
// a .br and .gz copy of every text file; and that the CSP header fits every page's own policy.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CSP_HEADER, SECURITY_HEADERS, headersFile, isPrecompressed } from '../../src/lib/http-policy';
import { DIST, pages } from './dist-site';

const files = readdirSync(DIST, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => `/${relative(DIST, join(entry.parentPath, entry.name))}`)
  .filter((path) => !path.endsWith('.br') && !path.endsWith('.gz'));

/** Directive name -> value, from a policy. */
function directives(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => [part.split(/\s+/)[0]!, part.split(/\s+/).slice(1).join(' ')]),
  );
}

describe('the CSP header against each page’s <meta> policy', () => {
  const header = directives(CSP_HEADER);

  it.each(pages.map((page) => [page.path, page]))('%s: the header allows everything its <meta> allows', (_, page) => {
    const meta = page.root.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content');
    expect(meta, 'Astro writes a CSP <meta>').toBeTruthy();
    const own = directives(meta!);
    for (const [name, value] of header) {
      if (name === 'frame-ancestors') continue; // Only a header can say this.
      expect(own.get(name), name).toBe(value);
    }
    // The header must not set what it would block without the page's hashes.
    for (const name of ['default-src', 'script-src', 'style-src']) expect(header.has(name), name).toBe(false);
    expect(own.get('script-src')).toMatch(/'sha256-/);
  });
});

describe('dist/_headers', () => {
  it('is the file src/lib/http-policy.ts makes for this build', () => {
    expect(readFileSync(join(DIST, '_headers'), 'utf8')).toBe(headersFile(files));
    for (const name of Object.keys(SECURITY_HEADERS)) expect(readFileSync(join(DIST, '_headers'), 'utf8')).toContain(`${name}: `);
  });
});

describe('precompressed copies', () => {
  const text = files.filter(isPrecompressed);

  it('cover the pages, the bundles and the Pagefind text files', () => {
    expect(text).toContain('/index.html');
    expect(text).toContain('/pagefind/pagefind.js');
    expect(text).toContain('/pagefind/pagefind-entry.json');
    expect(text.some((path) => path.startsWith('/_astro/'))).toBe(true);
  });

  it.each(text)('%s has .br and .gz copies with the same content, when they are smaller', (path) => {
    const body = readFileSync(join(DIST, path));
    for (const [extension, unpack] of [
      ['.br', brotliDecompressSync],
      ['.gz', gunzipSync],
    ] as const) {
      const copy = join(DIST, `${path}${extension}`);
      if (!existsSync(copy)) {
        // Only tiny files are left without a copy.
        expect(body.length, `${path}${extension} is missing`).toBeLessThan(100);
        continue;
      }
      expect(unpack(readFileSync(copy)).equals(body)).toBe(true);
    }
  });

  it('are not made of Pagefind files that are gzip already', () => {
    const gzipped = files.filter((path) => /\.(pf_fragment|pf_index|pf_meta|pagefind)$/.test(path));
    expect(gzipped.length).toBeGreaterThan(0);
    for (const path of gzipped) {
      expect(readFileSync(join(DIST, path)).subarray(0, 2).toString('hex'), path).toBe('1f8b');
      expect(existsSync(join(DIST, `${path}.gz`)), path).toBe(false);
    }
  });
});
