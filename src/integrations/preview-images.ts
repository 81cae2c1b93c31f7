// Draws every page's link preview image after the build. Each page names its own card in a
// `<meta name="preview-card">` (written by BaseLayout) next to its `og:image`; this step renders
// the card to the PNG that `og:image` points to, then removes the meta tag, which only the
// build needs. So a new page gets its image without a second list of pages to keep in step.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { renderPreviewPng, type PreviewCard } from '../lib/og-image';
import { filesUnder } from './dist-files';

export const PREVIEW_CARD_META = 'preview-card';
const CARD_TAG = new RegExp(`<meta name="${PREVIEW_CARD_META}" content="([^"]*)"\\s*/?>`);
const IMAGE_TAG = /<meta property="og:image" content="([^"]*)"/;

const unescapeAttribute = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * Drawing takes most of this step, and most cards do not change between builds: keep each PNG
 * under a hash of its card and of everything that draws it (our renderer, satori, resvg, font).
 */
const CACHE_DIR = join(process.cwd(), 'node_modules/.cache/preview-images');

function rendererKey(): string {
  const require = createRequire(import.meta.url);
  const hash = createHash('sha256');
  hash.update(readFileSync(fileURLToPath(new URL('../lib/og-image.ts', import.meta.url))));
  for (const name of ['satori', '@resvg/resvg-js', '@fontsource/atkinson-hyperlegible']) {
    hash.update(readFileSync(require.resolve(`${name}/package.json`)));
  }
  return hash.digest('hex');
}

async function cachedPng(card: string, renderer: string): Promise<{ png: Buffer; hit: boolean }> {
  const file = join(CACHE_DIR, `${createHash('sha256').update(renderer).update(card).digest('hex')}.png`);
  try {
    return { png: await readFile(file), hit: true };
  } catch {
    const png = await renderPreviewPng(JSON.parse(card) as PreviewCard);
    await mkdir(CACHE_DIR, { recursive: true });
    await writeFile(file, png);
    return { png, hit: false };
  }
}

export async function writePreviewImages(distDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const written = new Map<string, string>();
  const renderer = rendererKey();
  let bytes = 0;
  let drawn = 0;
  for (const file of await filesUnder(distDir, '.html')) {
    const html = await readFile(file, 'utf8');
    const card = CARD_TAG.exec(html);
    const image = IMAGE_TAG.exec(html);
    if (!card || !image) {
      throw new Error(`${file}: a page needs og:image and a preview card; render it through BaseLayout.`);
    }
    const path = new URL(unescapeAttribute(image[1]!)).pathname;
    const other = written.get(path);
    if (other) throw new Error(`${file} and ${other} both want the preview image ${path}.`);
    written.set(path, file);
    const { png, hit } = await cachedPng(unescapeAttribute(card[1]!), renderer);
    if (!hit) drawn++;
    bytes += png.length;
    const target = join(distDir, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, png);
    await writeFile(file, html.replace(card[0], ''));
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const average = Math.round(bytes / Math.max(written.size, 1) / 1024);
  logger.info(
    `Wrote ${written.size} preview images (on average ${average} KB; ${drawn} drawn, the rest cached) in ${seconds} s.`,
  );
}

/** The Astro integration: runs before the search index, which reads the finished pages. */
export default function previewImages(): AstroIntegration {
  return {
    name: 'preview-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await writePreviewImages(fileURLToPath(dir), logger);
      },
    },
  };
}
