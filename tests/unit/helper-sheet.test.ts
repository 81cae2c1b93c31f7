import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { guideUpdated, newest, printableUrl, qrCodeSvg, sheetSteps } from '../../src/lib/helper-sheet';

function decode(svg: string): string | undefined {
  const png = PNG.sync.read(new Resvg(svg, { fitTo: { mode: 'width', value: 400 } }).render().asPng());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

describe('helper sheet', () => {
  it('makes a QR code that reads back as the URL', () => {
    const url = 'https://metabezwaar.nl/mijn-plan/?apps=facebook,instagram&gekoppeld=weet-ik-niet';
    const svg = qrCodeSvg(url, 'QR-code naar je plan');
    expect(svg).toMatch(/^<svg role="img" aria-label="QR-code naar je plan" /);
    expect(decode(svg)).toBe(url);
  });

  it('numbers steps as the guide does', () => {
    expect(
      sheetSteps([
        { id: 'a', title: 'Eerst' },
        { id: 'b', title: 'Dan' },
      ]),
    ).toEqual([
      { id: 'a', number: 1, title: 'Eerst' },
      { id: 'b', number: 2, title: 'Dan' },
    ]);
  });

  it('dates a sheet by its newest guide', () => {
    const day = (iso: string) => new Date(iso);
    expect(guideUpdated({ updated: day('2026-11-28') })).toEqual(day('2026-11-28'));
    expect(newest([day('2026-10-01'), day('2026-11-28'), day('2026-09-30')])).toEqual(day('2026-11-28'));
    expect(() => newest([])).toThrow();
  });

  it('prints a URL the short way', () => {
    expect(printableUrl('https://metabezwaar.nl/gids/facebook/')).toBe('metabezwaar.nl/gids/facebook');
  });
});
