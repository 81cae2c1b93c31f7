// What a phone needs to put the site on its home screen: every page links the manifest, the
// apple-touch-icon and a theme-color for light and dark; the manifest and its icons exist.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, pages } from './dist-site';
import { ASSET_PATHS } from '../../src/lib/routes';
import { pngSize } from '../../src/lib/web-app';

const file = (path: string) => readFileSync(join(DIST, path));

describe.each(pages.map((page) => [page.path, page] as const))('%s', (_path, { root }) => {
  it('links the manifest and the apple-touch-icon', () => {
    expect(root.querySelector('link[rel="manifest"]')?.getAttribute('href')).toBe(ASSET_PATHS.manifest);
    expect(root.querySelector('link[rel="apple-touch-icon"]')?.getAttribute('href')).toBe(ASSET_PATHS.appleTouchIcon);
  });

  it('gives the browser bar a colour for dark and for light, dark first (the first match wins)', () => {
    const colors = root.querySelectorAll('meta[name="theme-color"]');
    expect(colors.map((meta) => meta.getAttribute('media'))).toEqual(['(prefers-color-scheme:dark)', undefined]);
    for (const meta of colors) expect(meta.getAttribute('content')).toMatch(/^#[0-9a-f]{6}$/);
    expect(colors[0]!.getAttribute('content')).not.toBe(colors[1]!.getAttribute('content'));
  });
});

describe('the web app manifest', () => {
  const manifest = JSON.parse(file(ASSET_PATHS.manifest).toString('utf8'));
  const light = pages[0]!.root.querySelectorAll('meta[name="theme-color"]')[1]!.getAttribute('content');

  it('is Dutch, starts at the home page and has the page colours', () => {
    expect(manifest).toMatchObject({ lang: 'nl', start_url: '/' });
    expect(['standalone', 'browser']).toContain(manifest.display);
    expect(manifest.name).toBeTruthy();
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
    expect(manifest.theme_color).toBe(light);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('names PNG icons of 192 and 512 px that exist with those sizes', () => {
    const sizes = manifest.icons.map((icon: { sizes: string }) => icon.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons as { src: string; sizes: string; type: string }[]) {
      expect(icon.type).toBe('image/png');
      const { width, height } = pngSize(file(icon.src));
      expect(`${width}x${height}`).toBe(icon.sizes);
    }
  });
});

describe('the other icons', () => {
  it('has a 180 px apple-touch-icon', () => {
    expect(pngSize(file(ASSET_PATHS.appleTouchIcon))).toEqual({ width: 180, height: 180 });
  });

  it('has a favicon.ico: one 32 px PNG behind a valid ICO header', () => {
    expect(existsSync(join(DIST, ASSET_PATHS.faviconIco))).toBe(true);
    const ico = file(ASSET_PATHS.faviconIco);
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 1]);
    const [width, height, length, offset] = [ico[6], ico[7], ico.readUInt32LE(14), ico.readUInt32LE(18)];
    expect(offset + length).toBe(ico.length);
    expect(pngSize(ico.subarray(offset))).toEqual({ width, height });
    expect(width).toBe(32);
  });
});
