// Step illustrations in the built site: every illustrated step (from the guides' frontmatter)
// shows its drawing as a lazy <img> with alt text and the caption, and the file is in dist/.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/nl';
import { DIST, guideSources, gzipSize, pageAt, pages } from './dist-site';

const GUIDES = 'content/guides';

const guides = guideSources();

const illustratedSteps = guides.flatMap(({ slug, steps }) =>
  steps.filter((step) => step.illustration).map((step) => [`/gids/${slug}/#${step.id}`, slug, step] as const),
);

describe('illustrated steps in the guides', () => {
  it('include the Facebook and Instagram guides', () => {
    const slugs = new Set(illustratedSteps.map(([, slug]) => slug));
    expect([...slugs]).toEqual(expect.arrayContaining(['facebook', 'instagram']));
  });

  it.each(illustratedSteps)('%s shows its illustration', (_name, slug, step) => {
    const figure = pageAt(`/gids/${slug}/`)!.root.querySelector(`li#${step.id} figure.step-illustration`);
    expect(figure, 'a figure inside the step').not.toBeNull();
    const img = figure!.querySelector('img')!;
    expect(img.getAttribute('alt')).toBe(step.illustration!.alt);
    const source = readFileSync(join(GUIDES, step.illustration!.src), 'utf8');
    const built = readFileSync(join(DIST, img.getAttribute('src')!), 'utf8');
    expect(built, 'the built file is the drawing from content/').toBe(source);
  });
});

// Every figure on every page (guides and the personal plan), wherever a step is shown.
const figures = pages.flatMap((page) =>
  page.root.querySelectorAll('figure.step-illustration').map((figure, index) => [`${page.path} figure ${index + 1}`, figure] as const),
);

describe('every step illustration on every page', () => {
  it('exists', () => {
    expect(figures.length).toBeGreaterThan(0);
  });

  it.each(figures)('%s: lazy <img> with size and alt text, the caption, and its file', (_name, figure) => {
    const img = figure.querySelector('img')!;
    expect(img.getAttribute('loading')).toBe('lazy');
    expect(img.getAttribute('decoding')).toBe('async');
    expect(Number(img.getAttribute('width'))).toBeGreaterThan(0);
    expect(Number(img.getAttribute('height'))).toBeGreaterThan(0);
    expect(img.getAttribute('alt')?.trim()).toBeTruthy();
    expect(figure.querySelector('figcaption')?.textContent.trim()).toBe(ui.illustration.caption);
    const src = img.getAttribute('src')!;
    expect(src).toMatch(/^\/_astro\/[\w.-]+\.svg$/);
    const file = join(DIST, src);
    expect(existsSync(file), `${src} in dist/`).toBe(true);
    expect(gzipSize(readFileSync(file))).toBeLessThanOrEqual(3 * 1024);
  });
});
