// The word list for typo correction, written next to the index: every word Pagefind indexed
// (read back from its fragments, so it is the index's own vocabulary, keywords included),
// most frequent first. The search page loads it only when a search finds nothing or little.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { COMPOUND_MARK } from '../lib/compound-words.ts';
import { SEARCH_WORDS_FILE } from '../lib/search-bundle.ts';
import { formatWordList, wordsOf } from '../lib/typo-correction.ts';

/** Shorter words are never a correction target worth the bytes ("de", "je", "ai"). */
const MIN_WORD_LENGTH = 3;

/** A compound as marked for the index: "bezwaar\u00AD-formulier". */
const COMPOUND = new RegExp(`[\\p{L}\\p{N}]+(?:${COMPOUND_MARK}[\\p{L}\\p{N}]+)+`, 'gu');

/** Pagefind's fragments: gzip, a signature, then JSON with the page's text and title. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

async function fragmentTexts(bundleDir: string): Promise<string[]> {
  const dir = join(bundleDir, 'fragment');
  const texts: string[] = [];
  for (const name of (await readdir(dir)).sort()) {
    const raw = gunzipSync(await readFile(join(dir, name))).toString('utf8');
    const json = JSON.parse(raw.startsWith(FRAGMENT_SIGNATURE) ? raw.slice(FRAGMENT_SIGNATURE.length) : raw) as {
      content?: string;
      meta?: { title?: string };
    };
    texts.push(json.meta?.title ?? '', json.content ?? '');
  }
  return texts;
}

/** How often each indexed word occurs: compounds as a whole and as their parts. */
export function countWords(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (word: string) => {
    if (word.length >= MIN_WORD_LENGTH && !/\d/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  };
  for (const text of texts) {
    wordsOf(text).forEach(add);
    for (const compound of text.match(COMPOUND) ?? []) wordsOf(compound.replaceAll(COMPOUND_MARK, '')).forEach(add);
  }
  return counts;
}

/** Writes SEARCH_WORDS_FILE into the bundle folder; returns how many words it holds. */
export async function writeSearchWords(bundleDir: string): Promise<number> {
  const counts = countWords(await fragmentTexts(bundleDir));
  await writeFile(join(bundleDir, SEARCH_WORDS_FILE), formatWordList(counts));
  return counts.size;
}
