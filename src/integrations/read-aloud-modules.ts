// Two modules the "Lees voor" scripts import, made at build time:
// - "virtual:pronunciation": the pronunciation list (content/pronunciation.yaml) as { word, say }
//   pairs, so the speech script carries it and a page view loads none of it. The schema in
//   src/content.config.ts checks the file first (the content step runs before the bundle).
// - "virtual:read-aloud-script": the URL of the speech script (src/components/read-aloud.ts),
//   built as a chunk of its own. The page's small check imports it by this URL on the first tap.
//   A plain import('./read-aloud') would make Vite add its preload helper and Astro keep the
//   check out of the page as a file of its own: a second request on every page view.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { parse } from 'yaml';
import type { Pronunciation } from '../lib/read-aloud-text.ts';

export const PRONUNCIATION_FILE = 'content/pronunciation.yaml';
const SPEECH_SCRIPT = 'src/components/read-aloud.ts';
const PRONUNCIATION_ID = 'virtual:pronunciation';
const SCRIPT_URL_ID = 'virtual:read-aloud-script';

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

export default function readAloudModules(): Plugin {
  let building = false;
  return {
    name: 'read-aloud-modules',
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId: (id) => ([PRONUNCIATION_ID, SCRIPT_URL_ID].includes(id) ? `\0${id}` : undefined),
    load(id) {
      if (id === `\0${PRONUNCIATION_ID}`) {
        const file = resolve(PRONUNCIATION_FILE);
        this.addWatchFile(file);
        return `export default ${JSON.stringify(readPronunciation(file))};`;
      }
      if (id !== `\0${SCRIPT_URL_ID}`) return undefined;
      // The dev server serves the source file as a module by its own path.
      if (!building) return `export default ${JSON.stringify(`/${SPEECH_SCRIPT}`)};`;
      const ref = this.emitFile({ type: 'chunk', id: resolve(SPEECH_SCRIPT), name: 'read-aloud' });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}
