// The search page asks for its search files as soon as its HTML arrives, so that a shared
// link (/zoeken/?q=…) fetches them alongside the page script instead of one after another
// (Component UI → pagefind.js → entry file → metadata → index → WebAssembly). Their names
// are known only once the index is written, so this build step writes them into the built
// page (data-preloads), and a tiny inline script there adds the <link>s (SearchPage.astro).
// Not <link>s in the HTML: those would count as the page's first view, which must stay
// within one round trip (tests/dist/budget.test.ts); these start right after it.
// The entry file's URL carries Pagefind's `metaCacheTag` (public option): the index hash, set
// by the page script from data-meta-cache-tag, so Pagefind asks for exactly the preloaded URL.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  SEARCH_BUNDLE_PATH,
  SEARCH_ENGINE_FILE,
  SEARCH_UI_FILE,
  SEARCH_WORDS_FILE,
  searchWasmFile,
} from '../shared/search-bundle.ts';

/** The built search page, relative to dist/. */
export const SEARCH_PAGE_FILE = 'zoeken/index.html';

/** More index chunks than this: a query needs only one or two, so none is preloaded. */
const MAX_PRELOADED_CHUNKS = 2;

interface Entry {
  languages: Record<string, { hash: string; wasm: string }>;
}

/** [rel, href] of each file to ask for early. */
export type Preload = ['modulepreload' | 'preload', string];

/** The preloads for the search page's language, and the tag for the entry file's URL. */
export async function preloadLinks(bundleDir: string, lang: string): Promise<{ links: Preload[]; tag: string }> {
  const entry = JSON.parse(await readFile(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as Entry;
  const language = entry.languages[lang];
  if (!language) throw new Error(`Search index: pagefind-entry.json has no language "${lang}".`);
  const tag = language.hash;
  const chunks = (await readdir(join(bundleDir, 'index'))).filter((name) => name.startsWith(`${lang}_`));
  const fetched = [
    searchWasmFile(language.wasm),
    `pagefind-entry.json?ts=${tag}`,
    `pagefind.${tag}.pf_meta`,
    ...(chunks.length <= MAX_PRELOADED_CHUNKS ? chunks.map((name) => `index/${name}`) : []),
    SEARCH_WORDS_FILE,
  ];
  const links: Preload[] = [
    ...[SEARCH_UI_FILE, SEARCH_ENGINE_FILE].map((file): Preload => ['modulepreload', `${SEARCH_BUNDLE_PATH}${file}`]),
    ...fetched.map((file): Preload => ['preload', `${SEARCH_BUNDLE_PATH}${file}`]),
  ];
  return { links, tag };
}

/**
 * The chunks the search page's own script imports when it starts searching (query
 * understanding, reader-engine.ts): asked for after that script arrives, they would wait one
 * more round trip before the first search. Vite writes a dynamic import of a chunk as
 * import(`./name.js`). None found fails the build: the page would still work, a round trip
 * slower, and nobody would notice.
 */
export async function pageScriptChunks(distDir: string, html: string): Promise<Preload[]> {
  const script = /<script type="module" src="(\/[^"]+\.js)"/.exec(html)?.[1];
  if (!script) throw new Error(`Search index: ${SEARCH_PAGE_FILE} has no module script: cannot preload its chunks.`);
  const code = await readFile(join(distDir, script), 'utf8');
  const folder = script.slice(0, script.lastIndexOf('/') + 1);
  const chunks = [...code.matchAll(/import\(`\.\/([\w.-]+\.js)`\)/g)].map((match) => `${folder}${match[1]}`);
  if (chunks.length === 0)
    throw new Error(`Search index: ${script} imports no chunk: cannot preload query understanding.`);
  return [...new Set(chunks)].map((chunk): Preload => ['modulepreload', chunk]);
}

/** Adds the preloads and the tag to the built search page; a page in another shape fails the build. */
export async function writePreloads(distDir: string, bundleDir: string): Promise<void> {
  const file = join(distDir, SEARCH_PAGE_FILE);
  const html = await readFile(file, 'utf8');
  const lang = /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1];
  if (!lang || !html.includes('<search-page ')) {
    throw new Error(`Search index: ${SEARCH_PAGE_FILE} has no lang or <search-page>: cannot add preloads.`);
  }
  const search = await preloadLinks(bundleDir, lang);
  const links = [...(await pageScriptChunks(distDir, html)), ...search.links];
  const tag = search.tag;
  const attribute = JSON.stringify(links).replaceAll('"', '&quot;');
  await writeFile(
    file,
    html.replace('<search-page ', `<search-page data-meta-cache-tag="${tag}" data-preloads="${attribute}" `),
  );
}
