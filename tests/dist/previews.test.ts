// Link previews: every page names a 1200×630 PNG that exists, and every guide step has a share
// page whose preview names the step and which points search engines and readers to the guide.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isStepSharePath, stepShareUrl } from '../../src/lib/routes';
import { SITE_NAME } from '../../src/lib/site';
import { DIST, pageAt, pages } from './dist-site';

/** A preview image may be large next to a page, but not so large that apps skip it. */
const PREVIEW_IMAGE_BUDGET = 80 * 1024;

const meta = (root: (typeof pages)[number]['root'], key: string) =>
  root.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? '';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

const site = new URL(meta(pageAt('/')!.root, 'og:url')).origin;
const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
const sharePages = pages.filter((page) => isStepSharePath(page.path));
const guides = pages.filter((page) => /^\/gids\/[^/]+\/$/.test(page.path));

describe.each(pages.map((page) => [page.path, page] as const))('%s', (_path, { root, html }) => {
  it('has an og:image: an absolute URL to a 1200×630 PNG in dist/', () => {
    const image = new URL(meta(root, 'og:image'));
    expect(image.origin).toBe(site);
    const file = join(DIST, image.pathname);
    expect(existsSync(file), `${image.pathname} exists`).toBe(true);
    expect(pngSize(file)).toEqual([1200, 630]);
    expect(statSync(file).size).toBeLessThanOrEqual(PREVIEW_IMAGE_BUDGET);
    expect([meta(root, 'og:image:width'), meta(root, 'og:image:height')]).toEqual(['1200', '630']);
  });

  it('names the image type (the file really is a PNG) and the site', () => {
    expect(meta(root, 'og:image:type')).toBe('image/png');
    const file = readFileSync(join(DIST, new URL(meta(root, 'og:image')).pathname));
    expect(file.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(meta(root, 'og:site_name')).toBe(SITE_NAME);
  });

  it('describes the image and asks for a large preview', () => {
    expect(meta(root, 'og:image:alt')).toMatch(/\S.* · Stop Meta AI$/);
    expect(meta(root, 'twitter:card')).toBe('summary_large_image');
  });

  it('keeps no build-only preview card', () => {
    expect(html).not.toContain('preview-card');
  });
});

describe('preview images', () => {
  it('gives every page its own image', () => {
    const images = pages.map(({ root }) => meta(root, 'og:image'));
    expect(new Set(images).size).toBe(pages.length);
  });

  it('reports their sizes', () => {
    const sizes = pages.map(({ root }) => statSync(join(DIST, new URL(meta(root, 'og:image')).pathname)).size);
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    const total = sizes.reduce((sum, size) => sum + size, 0);
    console.info(
      `${sizes.length} preview images: ${kb(Math.min(...sizes))} to ${kb(Math.max(...sizes))}, ` +
        `on average ${kb(total / sizes.length)}, ${kb(total)} in all`,
    );
    expect(sizes.length).toBeGreaterThan(0);
  });
});

describe('step share pages', () => {
  it('exist for every step of every guide, with the step in og:title', () => {
    expect(guides.length).toBeGreaterThan(5);
    for (const guide of guides) {
      const slug = guide.path.split('/')[2]!;
      const steps = guide.root.querySelectorAll('ol.steps > li.step');
      steps.forEach((step, index) => {
        const share = pageAt(stepShareUrl(slug, step.id));
        expect(share, `share page for ${guide.path}#${step.id}`).toBeDefined();
        const title = step.querySelector('.step-title')!.lastChild!.textContent.trim();
        expect(meta(share!.root, 'og:title')).toBe(`Stap ${index + 1} van ${steps.length}: ${title}`);
      });
    }
    expect(sharePages.length).toBeGreaterThan(30);
  });

  it.each(sharePages.map((page) => [page.path, page] as const))('%s points to its guide', (path, { root }) => {
    const [, , slug, step] = path.split('/');
    const guide = `${site}/gids/${slug}/`;
    expect(root.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(guide);
    expect(meta(root, 'og:url')).toBe(`${site}${path}`);
    expect(meta(root, 'robots')).toBe('noindex');
    expect(root.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`0; url=/gids/${slug}/#${step}`);
    expect(root.querySelector(`main a[href="/gids/${slug}/#${step}"]`)).not.toBeNull();
    expect(meta(root, 'og:description')).not.toBe(meta(pageAt(`/gids/${slug}/`)!.root, 'og:description'));
    expect(root.querySelector('[data-pagefind-body]'), 'not in site search').toBeNull();
    expect(sitemap).not.toContain(`<loc>${site}${path}</loc>`);
  });

  it('leaves guides in the sitemap', () => {
    for (const guide of guides) expect(sitemap).toContain(`<loc>${site}${guide.path}</loc>`);
  });
});
