import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ICONS, icoFromPng, pngSize, themeColors, webManifest } from '../../src/lib/web-app';

const css = readFileSync(join(import.meta.dirname, '../../src/styles/global.css'), 'utf8');

/** A PNG signature and IHDR chunk head: enough for pngSize. */
function fakePng(width: number, height: number): Uint8Array {
  const png = new Uint8Array(33);
  png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(png.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return png;
}

describe('themeColors', () => {
  it('reads the light and the dark tokens of the site stylesheet', () => {
    const colors = themeColors(css);
    expect(colors.light.page).toMatch(/^#[0-9a-f]{6}$/);
    expect(colors.dark.surface).toMatch(/^#[0-9a-f]{6}$/);
    expect(colors.dark.surface).not.toBe(colors.light.surface);
  });

  it('names the file and the token that is missing', () => {
    expect(() => themeColors(':root { --color-page: #fff; }', 'x.css')).toThrow(/x\.css: no "@media/);
    expect(() => themeColors('--color-page: #fff; @media (prefers-color-scheme: dark) {}', 'x.css')).toThrow(
      'x.css: no light --color-surface',
    );
  });
});

describe('webManifest', () => {
  const manifest = webManifest({ name: 'Naam', shortName: 'Kort', description: 'Uitleg' }, themeColors(css));

  it('is Dutch, starts at the home page and uses the site colours', () => {
    expect(manifest).toMatchObject({
      name: 'Naam',
      short_name: 'Kort',
      lang: 'nl',
      start_url: '/',
      display: 'browser',
    });
    expect(manifest.background_color).toBe(themeColors(css).light.page);
    expect(manifest.theme_color).toBe(themeColors(css).light.surface);
  });

  it('lists the 192 and 512 px icons, not the apple-touch-icon', () => {
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(['192x192', '512x512']);
    expect(APP_ICONS.find((icon) => icon.size === 180)?.path).toBe('/apple-touch-icon.png');
  });
});

describe('pngSize and icoFromPng', () => {
  it('reads the size from the PNG header and rejects other files', () => {
    expect(pngSize(fakePng(32, 16))).toEqual({ width: 32, height: 16 });
    expect(() => pngSize(new Uint8Array(40))).toThrow('not a PNG file');
  });

  it('wraps the PNG behind a one-image ICO header', () => {
    const png = fakePng(32, 32);
    const ico = icoFromPng(png);
    const view = new DataView(ico.buffer);
    expect([view.getUint16(0, true), view.getUint16(2, true), view.getUint16(4, true)]).toEqual([0, 1, 1]);
    expect([ico[6], ico[7]]).toEqual([32, 32]);
    expect(view.getUint32(14, true)).toBe(png.length);
    expect(view.getUint32(18, true)).toBe(22);
    expect(ico.slice(22)).toEqual(png);
  });

  it('writes 0 for a 256 px side and refuses larger images', () => {
    expect(icoFromPng(fakePng(256, 256))[6]).toBe(0);
    expect(() => icoFromPng(fakePng(512, 512))).toThrow('at most 256×256');
  });
});
