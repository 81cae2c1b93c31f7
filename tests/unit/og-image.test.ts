import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import {
  COLORS,
  OG_IMAGE_HEIGHT,
  OG_IMAGE_WIDTH,
  previewAlt,
  renderPreviewPng,
  renderPreviewSvg,
  titleSize,
} from '../../src/integrations/og-image';

const STEP = { kicker: 'Stap 3 van 8', title: 'Open het Privacycentrum', context: 'Bezwaar maken op Facebook' };

describe('preview images', () => {
  it('renders a 1200×630 PNG', async () => {
    const png = PNG.sync.read(await renderPreviewPng(STEP));
    expect([png.width, png.height]).toEqual([OG_IMAGE_WIDTH, OG_IMAGE_HEIGHT]);
    expect([OG_IMAGE_WIDTH, OG_IMAGE_HEIGHT]).toEqual([1200, 630]);
  });

  it('paints the page colour, the accent bar and dark text', async () => {
    const png = PNG.sync.read(await renderPreviewPng(STEP));
    const pixel = (x: number, y: number) => [
      ...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3),
    ];
    expect(pixel(10, 300)).toEqual([0x1f, 0x4f, 0xb5]);
    expect(pixel(1190, 10)).toEqual([0xfd, 0xfc, 0xf9]);
    let dark = 0;
    for (let i = 0; i < png.data.length; i += 4) if (png.data[i]! < 80 && png.data[i + 2]! < 80) dark++;
    expect(dark, 'the title is drawn').toBeGreaterThan(5000);
  });

  it('draws text as paths, so nothing needs a font at display time', async () => {
    const svg = await renderPreviewSvg({ title: 'Veelgestelde vragen' });
    expect(svg).toContain('<path');
    expect(svg).not.toContain('<text');
  });

  it('draws different titles differently', async () => {
    const a = await renderPreviewPng({ title: 'Bezwaar maken op Facebook' });
    const b = await renderPreviewPng({ title: 'Bezwaar maken op Instagram' });
    expect(a.equals(b)).toBe(false);
  });

  it('shrinks long titles', () => {
    expect(titleSize('Mijn plan')).toBeGreaterThan(
      titleSize('Wat doe je als een vriend je een vreemd verzoek stuurt?'),
    );
  });

  it('describes the image with the words it shows', () => {
    expect(previewAlt(STEP)).toBe('Stap 3 van 8 · Open het Privacycentrum · Bezwaar maken op Facebook · Stop Meta AI');
    expect(previewAlt({ title: 'Mijn plan' })).toBe('Mijn plan · Stop Meta AI');
  });
});

describe('preview images with a step illustration', () => {
  const phone =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 400"><rect x="10" y="10" width="180" height="380" rx="24" fill="#1f4fb5"/></svg>';

  it('draws the illustration beside the text', async () => {
    const png = PNG.sync.read(await renderPreviewPng({ ...STEP, illustrationSvg: phone }));
    expect([png.width, png.height]).toEqual([1200, 630]);
    // The right-hand area, empty page colour without an illustration, now holds the drawing's blue.
    const at = (x: number, y: number) => [...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3)];
    expect(at(960, 270)).toEqual([0x1f, 0x4f, 0xb5]);
    const plain = PNG.sync.read(await renderPreviewPng(STEP));
    expect([...plain.data.subarray((270 * 1200 + 960) * 4, (270 * 1200 + 960) * 4 + 3)]).toEqual([0xfd, 0xfc, 0xf9]);
  });
});

describe('preview image colours', () => {
  /** The light scheme's `--color-*` custom properties: the first block in global.css that sets them. */
  function cssColors(): Record<string, string> {
    const css = readFileSync('src/styles/global.css', 'utf8');
    const colors: Record<string, string> = {};
    for (const [, name, value] of css.matchAll(/--color-([a-z-]+):\s*(#[0-9a-f]{3,8})\s*;/gi)) {
      colors[name!] ??= value!.toLowerCase();
    }
    return colors;
  }

  it.each(Object.entries(COLORS))('%s is the site’s --color token of that name', (name, value) => {
    const token = name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
    expect(cssColors()[token], `--color-${token} in src/styles/global.css`).toBe(value.toLowerCase());
  });
});
