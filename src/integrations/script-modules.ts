// Modules the page scripts import, made at build time:
// - "virtual:pronunciation": the pronunciation list (content/pronunciation.yaml) as { word, say }
//   pairs, so the speech script carries it and a page view loads none of it. The schema in
//   src/content.config.ts checks the file first (the content step runs before the bundle).
// - "virtual:after-load-script": the URL of src/components/after-load.ts, built as a chunk of its
//   own. The page's one inline line imports it once the page has loaded (AfterLoad.astro).
// - "virtual:read-aloud-script": the URL of the speech script (src/components/read-aloud.ts), a
//   chunk of its own too, imported on the first tap.
//   By URL, not a plain import('./…'): that would make Vite add its preload helper, and Astro
//   would keep the inline line out of the page as a file of its own: a request on every view.
// - "virtual:service-worker": the path of the offline worker this build registers, or null
//   (SERVICE_WORKER=off; src/lib/service-worker.ts). A plain import of that file would bring
//   its precache list along.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { parse } from 'yaml';
import type { Pronunciation } from '../lib/read-aloud-text.ts';
import { SERVICE_WORKER_PATH, serviceWorkerEnabled } from '../lib/service-worker.ts';

export const PRONUNCIATION_FILE = 'content/pronunciation.yaml';
const PRONUNCIATION_ID = 'virtual:pronunciation';
const WORKER_ID = 'virtual:service-worker';
/** Each script built as a chunk of its own, by the module that gives its URL. */
const CHUNKS: Record<string, { file: string; name: string }> = {
  'virtual:after-load-script': { file: 'src/components/after-load.ts', name: 'after-load' },
  'virtual:read-aloud-script': { file: 'src/components/read-aloud.ts', name: 'read-aloud' },
};
const IDS = [PRONUNCIATION_ID, WORKER_ID, ...Object.keys(CHUNKS)];

/** The list in the file, as the script needs it; a word listed twice stops the build. */
export function readPronunciation(file = PRONUNCIATION_FILE): Pronunciation[] {
  const list: unknown = parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(list)) throw new Error(`${file}: verwacht een lijst met woorden (word en say).`);
  const entries = list.map(({ word, say }: Pronunciation) => ({ word: String(word), say: String(say) }));
  // The content schema sees one entry at a time; a word listed twice would quietly lose one say.
  entries.forEach(({ word }, index) => {
    if (entries.findIndex((entry) => entry.word === word) !== index) {
      throw new Error(`${file}: het woord "${word}" staat twee keer in de lijst (word).`);
    }
  });
  return entries;
}

export default function scriptModules(): Plugin {
  let building = false;
  return {
    name: 'script-modules',
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId: (id) => (IDS.includes(id) ? `\0${id}` : undefined),
    load(id) {
      if (id === `\0${PRONUNCIATION_ID}`) {
        const file = resolve(PRONUNCIATION_FILE);
        this.addWatchFile(file);
        return `export default ${JSON.stringify(readPronunciation(file))};`;
      }
      if (id === `\0${WORKER_ID}`)
        return `export default ${JSON.stringify(serviceWorkerEnabled() ? SERVICE_WORKER_PATH : null)};`;
      const chunk = id.startsWith('\0') ? CHUNKS[id.slice(1)] : undefined;
      if (!chunk) return undefined;
      // The dev server serves the source file as a module by its own path.
      if (!building) return `export default ${JSON.stringify(`/${chunk.file}`)};`;
      const ref = this.emitFile({ type: 'chunk', id: resolve(chunk.file), name: chunk.name });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}
