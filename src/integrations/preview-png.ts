// Draws a page's link preview image, for the build's /og/… endpoint
// (src/pages/og/[...image].png.ts). Drawing takes most of the time and most cards do not
// change between builds: each PNG is kept under a hash of its card and of everything that
// draws it (our renderer, satori, resvg, the font).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import rendererSource from './og-image.ts?raw';
import { renderPreviewPng, type PreviewCard } from './og-image';

const CACHE_DIR = join(process.cwd(), 'node_modules/.cache/preview-images');

let renderer: string | undefined;

function rendererKey(): string {
  if (renderer) return renderer;
  const require = createRequire(join(process.cwd(), 'package.json'));
  const hash = createHash('sha256').update(rendererSource);
  for (const name of ['satori', '@resvg/resvg-js', '@fontsource/atkinson-hyperlegible']) {
    hash.update(readFileSync(require.resolve(`${name}/package.json`)));
  }
  renderer = hash.digest('hex');
  return renderer;
}

/** The card as a 1200×630 PNG, from the cache when nothing that draws it changed. */
export async function previewPng(card: PreviewCard): Promise<Buffer> {
  const key = createHash('sha256').update(rendererKey()).update(JSON.stringify(card)).digest('hex');
  const file = join(CACHE_DIR, `${key}.png`);
  try {
    return await readFile(file);
  } catch {
    const png = await renderPreviewPng(card);
    await mkdir(CACHE_DIR, { recursive: true });
    await writeFile(file, png);
    return png;
  }
}

/**
 * The SVG source of a step's illustration: `file` is the path the editor wrote
 * (`./facebook/privacycentrum.svg`), relative to the guide file (`content/guides/facebook.mdx`).
 */
export function illustrationSource(guideFile: string, file: string): string {
  return readFileSync(join(dirname(guideFile), file), 'utf8');
}
