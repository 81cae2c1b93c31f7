// What every page needs to be found, shared and read: language, one h1, title, description,
// canonical URL and Open Graph tags.
import { describe, expect, it } from 'vitest';
import { pages } from './dist-site';
import { isStepSharePath } from '../../src/lib/routes';
import { BAD_REQUEST_PATH } from '../../src/lib/http-policy';

// A step's share page canonicalises to its guide: tests/dist/previews.test.ts checks those.
// The server's error pages (404, and the one for links it cannot read) have no address of their own.
const errorPages = new Set(['/404.html', BAD_REQUEST_PATH]);
const contentPages = pages.filter((page) => !errorPages.has(page.path) && !isStepSharePath(page.path));

describe.each(pages.map((page) => [page.path, page] as const))('%s', (_path, { root }) => {
  it('is Dutch and has exactly one h1', () => {
    expect(root.querySelector('html')?.getAttribute('lang')).toBe('nl');
    // Hidden parts do not count: the plan's sheet holds one sheet per plan and shows one.
    expect(root.querySelectorAll('h1').filter((h1) => !h1.closest('[hidden]'))).toHaveLength(1);
  });

  it('has a title, a description and Open Graph tags', () => {
    expect(root.querySelector('title')?.textContent.trim()).not.toBe('');
    const description = root.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
    expect(description.length).toBeGreaterThan(20);
    expect(root.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBeTruthy();
    expect(root.querySelector('meta[property="og:description"]')?.getAttribute('content')).toBe(description);
  });

  it('has a Content Security Policy', () => {
    const csp = root.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain('script-src');
  });
});

describe('titles and canonical URLs', () => {
  it('gives every page a unique title', () => {
    const titles = pages.map(({ root }) => root.querySelector('title')?.textContent.trim());
    expect(new Set(titles).size).toBe(titles.length);
  });

  it.each(contentPages.map((page) => [page.path, page] as const))('%s has its own absolute canonical URL', (path, { root }) => {
    const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
    expect(new URL(canonical).pathname).toBe(path);
    expect(root.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(canonical);
  });

  it.each([...errorPages])('keeps the error page %s out of canonical URLs and search engines', (path) => {
    const page = pages.find((built) => built.path === path);
    expect(page, path).toBeDefined();
    expect(page!.root.querySelector('link[rel="canonical"]')).toBeNull();
    if (path === BAD_REQUEST_PATH) expect(page!.root.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });
});
