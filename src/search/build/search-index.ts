// Builds the Pagefind search index as the last step of `astro build`, so `npm run build`
// stays plain `astro build`. Pages are read from dist/ and handed to Pagefind in memory:
// the copy Pagefind sees gets Dutch compounds marked for splitting (see compound-words.ts),
// the editors' search keywords (keyword-marks.ts) and weights on step and question headings;
// the files in dist/ stay exactly as Astro wrote them. Only dist/pagefind/ is written,
// including the word list for typo correction (search-words.ts).
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { NodeType, parse, type HTMLElement, type Node } from 'node-html-parser';
import * as pagefind from 'pagefind';
import {
  combineLexicons,
  lexiconFromWords,
  markCompounds,
  wordsIn,
  type CompoundLexicon,
} from '../shared/compound-words';
import { markKeywords } from '../shared/keyword-marks';
import { NOT_CONTENT_SELECTOR } from '../../lib/not-content';
import { SEARCH_BUNDLE_DIR, SEARCH_UI_FILE, SEARCH_WORDS_FILE } from '../shared/search-bundle';
import { filesUnder } from '../../integrations/dist-files';
import { dutchDictionary } from './dutch-dictionary';
import { keepUiLanguages } from './dutch-search-ui';
import { keepUiComponents, UI_COMPONENTS } from './ui-components';
import { countsWithoutNumberFormat, segmenterOnlyWhereNeeded } from './intl-patches';
import { takeSearchKeywords } from './search-keywords';
import { writeSearchWords } from './search-words';
import { writePreloads } from './preloads';

/** Languages whose UI texts the search page keeps: ours, and Pagefind's fallback. */
const UI_LANGUAGES = ['nl', 'en'];

/** Built pages that are not content: the search page itself and the 404 page. */
const NOT_INDEXED = new Set(['404.html', 'zoeken/index.html']);

/**
 * Parts of `<main data-pagefind-body>` that are not content: menus, controls, decorative
 * parts, and everything marked `data-not-content` (see not-content.ts). No class names here:
 * renaming a class must not change what search finds.
 */
const EXCLUDE_SELECTORS = ['nav', 'form', 'button', 'footer', 'noscript', '[aria-hidden="true"]', NOT_CONTENT_SELECTOR];

/**
 * How much an editor's keyword counts against a word in the body text (1). Pagefind squares
 * weights, so 5 counts 25 times a body word: a little less than a heading (6).
 */
const KEYWORD_WEIGHT = 5;

/**
 * A step's or question's heading, whatever its level (a step is an h2 in a guide, an h3 in
 * the personal plan; a question an h3): as strong as Pagefind's h2 (body text is 1). 7 (a
 * page title) let pages with many short steps win over the main guides (queries.yaml).
 */
const SECTION_HEADING_WEIGHT = 6;

/** Site words shorter than this are too likely to cut a compound in the wrong place. */
const MIN_SITE_WORD_LENGTH = 4;

/** The site's pages: every HTML file except those inside the search bundle. */
async function htmlFiles(dir: string): Promise<string[]> {
  return (await filesUnder(dir, '.html')).filter(
    (file) => !relative(dir, file).startsWith(`${SEARCH_BUNDLE_DIR}${sep}`),
  );
}

function textNodes(node: Node): Node[] {
  if (node.nodeType === NodeType.TEXT_NODE) return [node];
  const element = node as HTMLElement;
  if (['script', 'style'].includes(element.rawTagName?.toLowerCase() ?? '')) return [];
  return node.childNodes.flatMap(textNodes);
}

/** The indexed part of a page, or undefined when the page has none. */
function searchBody(root: HTMLElement): HTMLElement | undefined {
  return root.querySelector('[data-pagefind-body]') ?? undefined;
}

/**
 * The site's own words, so that compounds of names the dictionary lacks still split:
 * "Instagramaccount" has "Instagram" as a part because the site uses it on its own.
 */
function siteLexicon(bodies: readonly HTMLElement[]): CompoundLexicon {
  // Text node by text node: `textContent` would glue "Privacycentrum" and "Kies" together.
  const words = bodies
    .flatMap(textNodes)
    .flatMap((node) => wordsIn(node.rawText))
    .filter((word) => word.length >= MIN_SITE_WORD_LENGTH);
  return lexiconFromWords(words);
}

/**
 * An element with an id and `data-pagefind-title` (a step, a question) is one sub-result,
 * linked as `#<id>`. A heading with an id inside it (the question's `<h3 id="…-vraag">`,
 * there for aria-labelledby) would start a sub-result of its own and win the link, so
 * Pagefind's copy of the heading loses its id. Its heading gets SECTION_HEADING_WEIGHT.
 */
function keepSubResultsWhole(body: HTMLElement): void {
  for (const section of body.querySelectorAll('[id][data-pagefind-title]')) {
    for (const heading of section.querySelectorAll('h1, h2, h3, h4, h5, h6')) heading.removeAttribute('id');
    section
      .querySelector('h1, h2, h3, h4, h5, h6')
      ?.setAttribute('data-pagefind-weight', String(SECTION_HEADING_WEIGHT));
  }
}

/** The URL a built file serves: "gids/facebook/index.html" → "/gids/facebook/". */
function pageUrl(sourcePath: string): string {
  return `/${sourcePath.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Adds the editors' keywords (see search-keywords.ts) to Pagefind's copy: a guide's after its
 * title, a step's or question's after its heading, so excerpts that skip them (keyword-marks.ts)
 * still start at the text. Returns the URLs whose keywords went in.
 */
function addKeywords(body: HTMLElement, url: string, keywords: ReadonlyMap<string, string[]>): string[] {
  const block = (words: string[]) => `<p data-pagefind-weight="${KEYWORD_WEIGHT}">${markKeywords(words)}</p>`;
  const added: string[] = [];
  const pageWords = keywords.get(url);
  if (pageWords) {
    const title = body.querySelector('h1');
    if (title) title.insertAdjacentHTML('afterend', block(pageWords));
    else body.insertAdjacentHTML('afterbegin', block(pageWords));
    added.push(url);
  }
  for (const section of body.querySelectorAll('[id][data-pagefind-title]')) {
    const words = keywords.get(`${url}#${section.id}`);
    const heading = section.querySelector('h1, h2, h3, h4, h5, h6');
    if (!words || !heading) continue;
    heading.insertAdjacentHTML('afterend', block(words));
    added.push(`${url}#${section.id}`);
  }
  return added;
}

/** The page as Pagefind should read it: the same HTML with compounds marked in the text. */
function prepareForIndex(
  root: HTMLElement,
  lexicon: CompoundLexicon,
  url: string,
  keywords: ReadonlyMap<string, string[]>,
): { html: string; marked: number; keywordUrls: string[] } {
  let marked = 0;
  const body = searchBody(root);
  if (body) keepSubResultsWhole(body);
  for (const node of body ? textNodes(body) : []) {
    const text = markCompounds(node.rawText, lexicon);
    if (text !== node.rawText) {
      marked += 1;
      (node as unknown as { rawText: string }).rawText = text;
    }
  }
  const keywordUrls = body ? addKeywords(body, url, keywords) : [];
  return { html: root.toString(), marked, keywordUrls };
}

function failOn(errors: readonly string[], step: string): void {
  if (errors.length > 0) throw new Error(`Search index: ${step} failed:\n${errors.join('\n')}`);
}

/**
 * Writes SEARCH_UI_FILE: the Component UI without other languages' texts and without the
 * elements the search page does not use, its counts written without Intl (intl-patches.ts).
 * A bundle these patches no longer fit (a Pagefind upgrade) fails the build: see
 * src/search/SEAMS.md.
 */
async function writeDutchUi(bundleDir: string): Promise<void> {
  const bundle = await readFile(join(bundleDir, 'pagefind-component-ui.js'), 'utf8');
  const dutch = keepUiLanguages(bundle, UI_LANGUAGES);
  if (!dutch) throw patchDoesNotFit("Pagefind's Component UI", 'dutch-search-ui.ts', 'cut its other languages out');
  const cut = keepUiComponents(dutch, UI_COMPONENTS);
  if (!cut) throw patchDoesNotFit("Pagefind's Component UI", 'ui-components.ts', 'cut its unused elements out');
  const plainCounts = countsWithoutNumberFormat(cut);
  if (!plainCounts) {
    throw patchDoesNotFit("Pagefind's Component UI", 'intl-patches.ts', 'keep it from loading Intl.NumberFormat');
  }
  await writeFile(join(bundleDir, SEARCH_UI_FILE), plainCounts);
}

/** Rewrites Pagefind's engine so a Dutch search makes no Intl.Segmenter (intl-patches.ts). */
async function patchEngine(bundleDir: string): Promise<void> {
  const file = join(bundleDir, 'pagefind.js');
  const patched = segmenterOnlyWhereNeeded(await readFile(file, 'utf8'));
  if (!patched) {
    throw patchDoesNotFit("Pagefind's engine (pagefind.js)", 'intl-patches.ts', 'keep it from loading Intl.Segmenter');
  }
  await writeFile(file, patched);
}

/** The build error for a Pagefind file that one of our patches (src/search/build/) no longer fits. */
function patchDoesNotFit(file: string, patch: string, purpose: string): Error {
  return new Error(
    `Search index: ${file} has a new shape, so src/search/build/${patch} cannot ${purpose}. ` +
      `Update that patch (see src/search/SEAMS.md).`,
  );
}

export async function buildSearchIndex(distDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const pages = [];
  for (const file of await htmlFiles(distDir)) {
    const sourcePath = relative(distDir, file).split(sep).join('/');
    if (NOT_INDEXED.has(sourcePath)) continue;
    const root = parse(await readFile(file, 'utf8'), { comment: true });
    if (searchBody(root)) pages.push({ sourcePath, root });
  }

  const lexicon = combineLexicons(dutchDictionary(), siteLexicon(pages.map((page) => searchBody(page.root)!)));
  const { keywords, readerWords, notCovered } = await takeSearchKeywords(distDir);
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
  failOn(errors, 'starting Pagefind');
  try {
    let marked = 0;
    const placed = new Set<string>();
    for (const page of pages) {
      const prepared = prepareForIndex(page.root, lexicon, pageUrl(page.sourcePath), keywords);
      prepared.keywordUrls.forEach((url) => placed.add(url));
      marked += prepared.marked;
      const added = await index!.addHTMLFile({ sourcePath: page.sourcePath, content: prepared.html });
      failOn(added.errors, `indexing ${page.sourcePath}`);
    }
    const unplaced = [...keywords.keys()].filter((url) => !placed.has(url));
    if (unplaced.length > 0) {
      throw new Error(`Search index: keywords found no guide, step or question at ${unplaced.join(', ')}.`);
    }
    const bundleDir = join(distDir, SEARCH_BUNDLE_DIR);
    const written = await index!.writeFiles({ outputPath: bundleDir });
    failOn(written.errors, 'writing the index');
    await writeDutchUi(bundleDir);
    await patchEngine(bundleDir);
    const words = await writeSearchWords(bundleDir, readerWords, notCovered);
    await writePreloads(distDir, bundleDir);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    logger.info(
      `Indexed ${pages.length} pages (${marked} text runs with compounds, ${placed.size} keyword lists) in ${seconds} s; ` +
        `${words.words} words in ${SEARCH_WORDS_FILE}, ${words.dutch} real words (Dutch, English) near them.`,
    );
  } finally {
    await pagefind.close();
  }
}

/** The Astro integration: `integrations: [searchIndex()]` in astro.config.mjs. */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex(fileURLToPath(dir), logger);
      },
    },
  };
}
