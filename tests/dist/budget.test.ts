// One round trip: a page's first view (HTML plus every file fetched before `load`) fits in
// 14 KB gzip. A long reading page (the FAQ, a guide with its closed "Lukt het niet?" help) may be
// longer only if its first screen, with all its CSS, arrives in the first 14 KB: the first
// screen's last element ends within the first 14 KB of the gzip output. No page's HTML is over
// 20 KB gzip.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DIST, gzipSize, moduleImports, pages, type BuiltPage } from './dist-site';

export const FIRST_VIEW_BUDGET = 14 * 1024;
/** The cap on any page's HTML, gzip, whatever its first screen. */
export const PAGE_HTML_CAP = 20 * 1024;
/** About one and a half phone screens of reading text. */
const FIRST_SCREEN_TEXT_CHARS = 1200;
/** Page kinds that may run past the budget when their first screen fits. */
const LONG_READING_KINDS = ['faq', 'guide'];

/** Files a browser fetches before `load`: stylesheets, scripts and what they import, images, icons. */
function firstViewFiles(page: BuiltPage): string[] {
  const root = page.root;
  const urls = [
    ...root.querySelectorAll('link[rel~="stylesheet"], link[rel="preload"], link[rel="modulepreload"], link[rel~="icon"]').map((el) => el.getAttribute('href')),
    ...root.querySelectorAll('script[src]').map((el) => el.getAttribute('src')),
    ...root.querySelectorAll('img:not([loading="lazy"])').map((el) => el.getAttribute('src')),
  ].filter((url): url is string => Boolean(url) && url!.startsWith('/'));
  const files = new Set<string>();
  const visit = (url: string) => {
    if (files.has(url)) return;
    files.add(url);
    if (url.endsWith('.js')) {
      // Static imports of a module script load before `load` too.
      const code = readFileSync(join(DIST, url), 'utf8');
      moduleImports(code, url).forEach(visit);
    }
  };
  urls.forEach(visit);
  return [...files];
}

function firstViewBytes(page: BuiltPage): number {
  return gzipSize(page.html) + firstViewFiles(page).reduce((sum, url) => sum + gzipSize(readFileSync(join(DIST, url))), 0);
}

/** The HTML up to where `main` has shown FIRST_SCREEN_TEXT_CHARS characters of text. */
function firstScreenHtml(page: BuiltPage): string {
  const mainStart = page.html.indexOf('<main');
  let text = 0;
  let index = mainStart;
  for (const match of page.html.slice(mainStart).matchAll(/>([^<]*)</g)) {
    text += match[1]!.trim().length;
    index = mainStart + match.index + match[0].length;
    if (text >= FIRST_SCREEN_TEXT_CHARS) break;
  }
  return page.html.slice(0, index);
}

describe.each(pages.map((page) => [page.path, page] as const))('%s', (_path, page) => {
  const kind = page.root.querySelector('main')?.getAttribute('data-page-kind') ?? '';
  const total = firstViewBytes(page);

  it(`HTML stays within ${PAGE_HTML_CAP / 1024} KB gzip`, () => {
    const bytes = gzipSize(page.html);
    expect(bytes, `HTML is ${bytes} bytes gzip`).toBeLessThanOrEqual(PAGE_HTML_CAP);
  });

  if (!LONG_READING_KINDS.includes(kind)) {
    it(`first view fits in ${FIRST_VIEW_BUDGET / 1024} KB gzip`, () => {
      expect(total, `first view is ${total} bytes gzip`).toBeLessThanOrEqual(FIRST_VIEW_BUDGET);
    });
    return;
  }

  it(`first screen and all CSS fit in the first ${FIRST_VIEW_BUDGET / 1024} KB gzip`, () => {
    const prefix = firstScreenHtml(page);
    const head = parse(prefix);
    expect(page.root.querySelectorAll('link[rel~="stylesheet"]'), 'CSS must be inlined').toHaveLength(0);
    expect(head.querySelectorAll('style')).toHaveLength(page.root.querySelectorAll('style').length);
    expect(page.root.querySelectorAll('main style'), 'no CSS after the first screen').toHaveLength(0);
    const bytes = gzipSize(prefix);
    expect(bytes, `first screen is ${bytes} bytes gzip`).toBeLessThanOrEqual(FIRST_VIEW_BUDGET);
  });
});

describe('budget check', () => {
  it('counts external files a page loads', () => {
    const withFiles = pages.find((page) => firstViewFiles(page).length > 0);
    expect(withFiles, 'every page links at least its favicon').toBeDefined();
  });
});
