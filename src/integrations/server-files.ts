// The files a web server needs next to the site, written as the very last step of
// `astro build` (after the search index, whose files it compresses too):
// - dist/_headers for Netlify and Cloudflare Pages, from src/lib/http-policy.ts;
// - a `.br` and a `.gz` copy of every text file, so nginx (brotli_static, gzip_static) and
//   other hosts that look for them send them as they are, at the highest level, without
//   compressing anything per request. A copy that would not be smaller is not written.
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { headersFile, isPrecompressed } from '../lib/http-policy.ts';
import { filesUnder } from './dist-files.ts';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Writes `file.br` and `file.gz`; returns the sizes of the file and of what is sent. */
async function precompress(file: string): Promise<{ raw: number; br: number; gz: number }> {
  const body = await readFile(file);
  const [br, gz] = await Promise.all([
    brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
    gzipAsync(body, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  if (br.length < body.length) await writeFile(`${file}.br`, br);
  if (gz.length < body.length) await writeFile(`${file}.gz`, gz);
  return { raw: body.length, br: Math.min(br.length, body.length), gz: Math.min(gz.length, body.length) };
}

export async function writeServerFiles(distDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const files = await filesUnder(distDir);
  const urlPaths = files.map((file) => `/${relative(distDir, file).split(sep).join('/')}`);
  await writeFile(join(distDir, '_headers'), headersFile(urlPaths));

  const text = files.filter(isPrecompressed);
  const sizes = await Promise.all(text.map(precompress));
  const total = (key: 'raw' | 'br' | 'gz') =>
    `${(sizes.reduce((sum, size) => sum + size[key], 0) / 1024).toFixed(0)} KB`;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  logger.info(
    `Wrote _headers and compressed ${text.length} text files (${total('raw')} → brotli ${total('br')}, gzip ${total('gz')}) in ${seconds} s.`,
  );
}

/** The Astro integration: last in `integrations` in astro.config.mjs. */
export default function serverFiles(): AstroIntegration {
  return {
    name: 'server-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await writeServerFiles(fileURLToPath(dir), logger);
      },
    },
  };
}
