// What a phone needs to add the site to its home screen: the web app manifest, the icons it
// names and the browser bar colours. Pure: the build (src/pages/manifest.webmanifest.ts and
// src/integrations/app-icons.ts) feeds it the colour tokens and the favicon.
import { ASSET_PATHS } from './routes';

/** The colours of one colour scheme, from the tokens in src/styles/global.css. */
export interface SchemeColors {
  /** --color-page: the page background, for the splash screen. */
  page: string;
  /** --color-surface: the header band, so the browser bar runs on from it. */
  surface: string;
  /** --color-accent: the favicon's own colour, behind the full-square icons. */
  accent: string;
}

export interface ThemeColors {
  light: SchemeColors;
  dark: SchemeColors;
}

const DARK_MEDIA = '@media (prefers-color-scheme: dark)';
const TOKENS = { page: '--color-page', surface: '--color-surface', accent: '--color-accent' } as const;

function token(css: string, name: string, scheme: string, file: string): string {
  const value = new RegExp(`${name}:\\s*(#[0-9a-fA-F]{3,8})\\s*;`).exec(css)?.[1];
  if (!value) throw new Error(`${file}: no ${scheme} ${name} as a #hex colour; the manifest and theme-color need it.`);
  return value.toLowerCase();
}

/**
 * The light and dark colours from the site's stylesheet: the light ones are the first tokens,
 * the dark ones the first after the dark-scheme media query.
 */
export function themeColors(css: string, file = 'src/styles/global.css'): ThemeColors {
  const darkStart = css.indexOf(DARK_MEDIA);
  if (darkStart < 0) throw new Error(`${file}: no "${DARK_MEDIA}" block; the dark theme-color needs it.`);
  const scheme = (part: string, name: string): SchemeColors => ({
    page: token(part, TOKENS.page, name, file),
    surface: token(part, TOKENS.surface, name, file),
    accent: token(part, TOKENS.accent, name, file),
  });
  return { light: scheme(css.slice(0, darkStart), 'light'), dark: scheme(css.slice(darkStart), 'dark') };
}

/** The PNG icons the build makes from the favicon, by URL path. */
export const APP_ICONS = [
  { path: '/icon-192.png', size: 192, fullSquare: false },
  { path: '/icon-512.png', size: 512, fullSquare: false },
  // iOS rounds the corners itself and fills transparent ones with black: a full square.
  { path: ASSET_PATHS.appleTouchIcon, size: 180, fullSquare: true },
] as const;

/** The size of the PNG inside favicon.ico. */
export const FAVICON_ICO_SIZE = 32;

export interface ManifestText {
  name: string;
  shortName: string;
  description: string;
}

/** The web app manifest (https://www.w3.org/TR/appmanifest/). */
export function webManifest(text: ManifestText, colors: ThemeColors) {
  return {
    name: text.name,
    short_name: text.shortName,
    description: text.description,
    lang: 'nl',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    // A guide to read, not an app: the browser keeps its address bar, so links can be shared.
    display: 'browser',
    background_color: colors.light.page,
    theme_color: colors.light.surface,
    icons: APP_ICONS.filter((icon) => !icon.fullSquare).map((icon) => ({
      src: icon.path,
      sizes: `${icon.size}x${icon.size}`,
      type: 'image/png',
      purpose: 'any',
    })),
  };
}

/** Width and height from a PNG's IHDR chunk; a clear error for anything that is no PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  if (png.length < 24 || signature.some((byte, i) => png[i] !== byte)) throw new Error('not a PNG file');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * An ICO file holding one PNG image (allowed since Windows Vista; every current browser reads
 * it): a 6-byte header, one 16-byte directory entry, then the PNG as it is.
 */
export function icoFromPng(png: Uint8Array): Uint8Array {
  const { width, height } = pngSize(png);
  if (width > 256 || height > 256) throw new Error(`an ICO image is at most 256×256, not ${width}×${height}`);
  const ico = new Uint8Array(22 + png.length);
  const view = new DataView(ico.buffer);
  view.setUint16(2, 1, true); // type: icon
  view.setUint16(4, 1, true); // one image
  view.setUint8(6, width % 256); // 0 stands for 256
  view.setUint8(7, height % 256);
  view.setUint16(10, 1, true); // colour planes
  view.setUint16(12, 32, true); // bits per pixel
  view.setUint32(14, png.length, true);
  view.setUint32(18, 22, true); // where the image starts
  ico.set(png, 22);
  return ico;
}
