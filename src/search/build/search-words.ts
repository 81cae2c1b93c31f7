// The word lists written next to the index, read back from Pagefind's own fragments (so they
// hold the index's vocabulary, keywords included):
// - SEARCH_WORDS_FILE: every indexed word, on the most parts first, with how many parts of the
//   index (page intros, steps, questions) hold it. Search loads it with its first search:
//   rare words weigh more when steps are picked and partial matches ranked (weighting.ts).
//   Then, per page, the words of each part's title or heading, so a page whose heading holds
//   the query comes first without loading its text (understand.ts). Not the keywords: on
//   the FAQ page they would lift its large text into the first view of common queries.
//   Last, the readers' words (content/reader-words.yaml), applied before the first search.
// - SEARCH_DUTCH_DIR: the real words (Dutch, and the English words readers mix in) that a
//   typo correction could reach, the ones close to a site word. Loaded only when a word finds
//   nothing, so "dochter" is never "corrected" to "achter". A Dutch compound
//   of a site word comes with that word ("boerenbedrijf" → "bedrijf", compound-stand-ins.ts).
//   The whole dictionary never goes to a browser.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { COMPOUND_MARK } from '../shared/compound-words.ts';
import { isStopWord } from '../shared/stop-words.ts';
import {
  allDutchFiles,
  SEARCH_DUTCH_DIR,
  SEARCH_HEADS_FILE,
  SEARCH_WORDS_FILE,
  searchDutchFile,
} from '../shared/search-bundle.ts';
import { allowedEdits, editDistance, spellingsOf, wordsOf } from '../shared/typo-correction.ts';
import { byFrequency, formatVocabulary, type NotCoveredTopic, type ReaderWord } from '../shared/weighting.ts';
import { dutchDictionary, dutchWords, realWords } from './dutch-dictionary.ts';
import { compoundHeads, compoundStandIns } from './compound-stand-ins.ts';
import { formatDutchWord, formatHead, type DutchWords } from '../shared/dutch-words.ts';
import { correctionTargets, formsWithoutEnding, isOnSite } from '../shared/understand.ts';
import { decodeFragment } from './pagefind-files.ts';
import { siteNames } from './site-names.ts';

/** Shorter words are never a correction target worth the bytes ("de", "je", "ai"). */
const MIN_WORD_LENGTH = 3;

/** A compound as marked for the index: "bezwaar\u00AD-formulier". */
const COMPOUND = new RegExp(`[\\p{L}\\p{N}]+(?:${COMPOUND_MARK}[\\p{L}\\p{N}]+)+`, 'gu');

interface Fragment {
  content?: string;
  meta?: { title?: string };
  anchors?: { id?: string; location: number; text?: string; title?: string }[];
}

interface FragmentParts {
  /** Pagefind's id for the page: its fragment's file name without the extension. */
  page: string;
  /** The title, then the text of each part. */
  parts: string[];
  /** Each part's title or heading, as its words. */
  headings: string[][];
  /** The page's text as written, capitals kept. */
  text: string;
}

/** Each fragment's text, cut into its parts at the anchors that have an id. */
async function fragmentParts(bundleDir: string): Promise<FragmentParts[]> {
  const dir = join(bundleDir, 'fragment');
  const pages: FragmentParts[] = [];
  for (const name of (await readdir(dir)).sort()) {
    const json = decodeFragment(gunzipSync(await readFile(join(dir, name))), name) as Fragment;
    const words = (json.content ?? '').split(/\s+/);
    const anchors = (json.anchors ?? []).filter((anchor) => anchor.id);
    const cuts = [0, ...anchors.map((anchor) => anchor.location), words.length];
    const title = json.meta?.title ?? '';
    const parts = [title];
    const headings: string[][] = [];
    for (let index = 0; index + 1 < cuts.length; index++) {
      const text = words.slice(cuts[index], cuts[index + 1]).join(' ');
      parts.push(text);
      // A step's anchor is its list item: Pagefind shows its `title` ("Stap 2: Open …").
      const anchor = anchors[index - 1];
      const heading = anchor ? anchor.title || anchor.text || '' : title;
      headings.push(headingWords(heading));
    }
    pages.push({
      page: name.replace(/\.pf_fragment$/, ''),
      parts: parts.filter(Boolean),
      headings,
      text: json.content ?? '',
    });
  }
  return pages;
}

/** The words of a text as indexed: compounds as a whole and as their parts. */
function indexedWords(text: string): string[] {
  const words = wordsOf(text);
  for (const compound of text.match(COMPOUND) ?? []) words.push(...wordsOf(compound.replaceAll(COMPOUND_MARK, '')));
  return words.filter((word) => word.length >= MIN_WORD_LENGTH && !/\d/.test(word));
}

/**
 * A heading's words as indexed, once each: short words too ("AI"), but no filler words,
 * which search leaves out of queries anyway.
 */
function headingWords(text: string): string[] {
  const words = wordsOf(text);
  for (const compound of text.match(COMPOUND) ?? []) words.push(...wordsOf(compound.replaceAll(COMPOUND_MARK, '')));
  return [...new Set(words.filter((word) => word.length >= 2 && !isStopWord(word)))];
}

/** How often each indexed word occurs. */
export function countWords(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const word of indexedWords(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** How many of the parts hold each word. */
export function documentFrequencies(parts: readonly string[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const part of parts) for (const word of new Set(indexedWords(part))) df.set(word, (df.get(word) ?? 0) + 1);
  return df;
}

/**
 * Whether `found` holds for the word or for a string made by deleting one or two (`count`)
 * of its letters. It stops at the first that does: this runs for every word of the Dutch
 * dictionary, and most of them are near no site word.
 */
function someDeletion(word: string, count: 1 | 2, found: (text: string) => boolean | undefined): boolean {
  if (found(word)) return true;
  for (let at = 0; at < word.length; at++) {
    const once = word.slice(0, at) + word.slice(at + 1);
    if (found(once)) return true;
    if (count < 2) continue;
    // Deleting from `at` on covers every pair of positions once.
    for (let next = at; next < once.length; next++) {
      if (found(once.slice(0, next) + once.slice(next + 1))) return true;
    }
  }
  return false;
}

/**
 * The Dutch words (not site words) that a correction could turn into a site word, or into
 * another of its `targets` (correctionTargets in understand.ts): within the edits
 * `correctWord` allows for the Dutch word's length. Sorted. Two words within k edits share a
 * string left after at most k deletions from each, so the targets are indexed by their
 * deletions first and each Dutch word checks only the few targets it shares one with.
 */
export function nearDutchWords(
  dutch: Iterable<string>,
  siteWords: ReadonlySet<string>,
  targets: Iterable<string> = siteWords,
): string[] {
  const index = new Map<string, string[]>();
  for (const site of targets) {
    // Every string left after deleting up to two letters (none found, so none stops it).
    const texts = new Set<string>();
    someDeletion(site, 2, (text) => void texts.add(text));
    for (const text of texts) {
      const list = index.get(text);
      if (list) list.push(site);
      else index.set(text, [site]);
    }
  }
  const near: string[] = [];
  for (const word of dutch) {
    const max = allowedEdits(word);
    if (max === 0 || siteWords.has(word) || !/^\p{L}+$/u.test(word)) continue;
    const isNear = (spelling: string) =>
      someDeletion(spelling, max, (text) => index.get(text)?.some((site) => editDistance(spelling, site, max) <= max));
    // As typed, or a typo before an ending ("foros": "foto" with "s"), as correctTypo reads it.
    const readings = spellingsOf(word).flatMap((spelling) => [spelling, ...formsWithoutEnding(spelling, 4)]);
    if (readings.some(isNear)) near.push(word);
  }
  return near.sort();
}

/**
 * What the Dutch word files hold (shared/dutch-words.ts): the real words a correction could
 * reach; the real compounds of a site word, with the site word that stands in for them; the
 * real words a head begins, so that none of them is cut; and the heads.
 */
export function dutchWordLists(siteWords: ReadonlySet<string>, readerWords: readonly ReaderWord[] = []): DutchWords {
  const vocabulary = { words: [...siteWords], positions: new Map([...siteWords].map((word, at) => [word, at])) };
  const { heads, begun } = compoundHeads(dutchWords(), siteWords);
  const near = nearDutchWords(realWords(), siteWords, correctionTargets([...siteWords], readerWords).keys());
  const words = new Map([...near, ...begun].map((word) => [word, '']));
  for (const [word, standIn] of compoundStandIns(dutchWords(), siteWords, dutchDictionary())) {
    if (!isOnSite(word, vocabulary)) words.set(word, standIn);
  }
  return { words, heads };
}

/** Writes both lists into the bundle folder; returns how many words each holds. */
export async function writeSearchWords(
  bundleDir: string,
  readerWords: readonly ReaderWord[] = [],
  notCovered: readonly NotCoveredTopic[] = [],
): Promise<{ words: number; dutch: number }> {
  const pages = await fragmentParts(bundleDir);
  const parts = pages.flatMap((page) => page.parts);
  const headings = new Map(pages.map((page) => [page.page, page.headings]));
  const counts = countWords(parts);
  const df = documentFrequencies(parts);
  const ordered = byFrequency(new Map([...counts.keys()].map((word) => [word, df.get(word) ?? 1])));
  const names = siteNames(pages.map((page) => page.text));
  await writeFile(
    join(bundleDir, SEARCH_WORDS_FILE),
    formatVocabulary(ordered, parts.length, headings, names, readerWords, notCovered),
  );
  const lists = dutchWordLists(new Set(counts.keys()), readerWords);
  // Every file, empty or not: a missing file then always means a broken upload.
  const byFile = new Map(allDutchFiles().map((file) => [file, [] as string[]]));
  for (const word of [...lists.words.keys()].sort()) {
    byFile.get(searchDutchFile(word))!.push(formatDutchWord(word, lists.words.get(word)));
  }
  // The heads are looked up by the beginning of a word, not the word: a file of their own.
  byFile.set(SEARCH_HEADS_FILE, lists.heads.map(formatHead));
  await mkdir(join(bundleDir, SEARCH_DUTCH_DIR), { recursive: true });
  for (const [file, words] of byFile) await writeFile(join(bundleDir, file), `${words.join('\n')}\n`);
  return { words: ordered.length, dutch: lists.words.size };
}
