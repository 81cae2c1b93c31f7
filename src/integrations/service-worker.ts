// Writes dist/sw.js (src/lib/service-worker.ts) once the pages are final, before serverFiles
// compresses it. The build id is a hash of every page and script, so a build that changes any
// of them gets a new worker (the browser compares the file byte for byte) and a new cache.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { PRECACHE_PAGES, SERVICE_WORKER_PATH, serviceWorkerEnabled, workerScript } from '../lib/service-worker.ts';
import { filesUnder } from './dist-files.ts';

export async function writeServiceWorker(distDir: string): Promise<{ buildId: string; precache: string[] }> {
  const files = (await filesUnder(distDir)).filter((file) => /\.(html|js)$/.test(file)).sort();
  const hash = createHash('sha256');
  const scripts: string[] = [];
  for (const file of files) {
    const path = `/${relative(distDir, file).split(sep).join('/')}`;
    if (path === SERVICE_WORKER_PATH) continue;
    if (path.startsWith('/_astro/')) scripts.push(path);
    hash.update(path).update(await readFile(file));
  }
  const buildId = hash.digest('hex').slice(0, 12);
  const precache = [...PRECACHE_PAGES, ...scripts];
  const enabled = serviceWorkerEnabled();
  await writeFile(join(distDir, SERVICE_WORKER_PATH.slice(1)), workerScript({ buildId, precache, enabled }));
  return { buildId, precache };
}

export default function serviceWorker(): AstroIntegration {
  return {
    name: 'service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { buildId, precache } = await writeServiceWorker(fileURLToPath(dir));
        logger.info(
          serviceWorkerEnabled()
            ? `Wrote sw.js (build ${buildId}, ${precache.length} files saved at install).`
            : `Wrote sw.js as the kill switch (SERVICE_WORKER=off): it removes itself and its caches.`,
        );
      },
    },
  };
}
