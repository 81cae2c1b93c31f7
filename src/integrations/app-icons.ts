// The home-screen icons and favicon.ico, drawn at build time from public/favicon.svg, and the
// site's colours from src/styles/global.css: one source for each, no PNG kept in the repository.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { FAVICON_ICO_SIZE, icoFromPng, themeColors, type ThemeColors } from '../lib/web-app';

const FAVICON_FILE = 'public/favicon.svg';
const CSS_FILE = 'src/styles/global.css';

export function siteColors(): ThemeColors {
  return themeColors(readFileSync(join(process.cwd(), CSS_FILE), 'utf8'), CSS_FILE);
}

/** The favicon's drawing, on a full square of the accent colour when `fullSquare`. */
function iconSvg(fullSquare: boolean): string {
  const svg = readFileSync(join(process.cwd(), FAVICON_FILE), 'utf8');
  if (!fullSquare) return svg;
  const viewBox = /viewBox="0 0 (\d+) (\d+)"/.exec(svg);
  if (!viewBox) throw new Error(`${FAVICON_FILE}: needs a viewBox="0 0 w h" to draw the app icons.`);
  const [, width, height] = viewBox;
  const background = `<rect width="${width}" height="${height}" fill="${siteColors().light.accent}"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}">${background}${svg}</svg>`;
}

/** The favicon as a square PNG of `size` pixels. */
export function iconPng(size: number, fullSquare = false): Uint8Array {
  return new Resvg(iconSvg(fullSquare), { fitTo: { mode: 'width', value: size } }).render().asPng();
}

export function faviconIco(): Uint8Array {
  return icoFromPng(iconPng(FAVICON_ICO_SIZE));
}
