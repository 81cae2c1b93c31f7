// Issue 15: a real Dutch word is never "corrected" into a site word ("dochter" → "achter").
// Runs the page's own query understanding over 1,000+ Dutch words that are not on the site,
// with the site's real word lists from the build's code (the same lists the page loads).
import { describe, expect, it } from 'vitest';
import { dutchWords } from '../../src/search/build/dutch-dictionary';
import { dutchWordLists, nearDutchWords } from '../../src/search/build/search-words';
import { searchForReader } from '../../src/search/shared/understand';
import { formatVocabulary, parseVocabulary, type ReaderWord } from '../../src/search/shared/weighting';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

// Readers' words are targets of a correction too ("vasle" → "valse"), so real words near them count.
const readerWords = parse(readFileSync('content/reader-words.yaml', 'utf8')) as ReaderWord[];

// The site's words: the built list when there is one, else the words of the content files.
function siteWords(): string[] {
  try {
    return [...parseVocabulary(readFileSync('dist/pagefind/search-words.txt', 'utf8')).words];
  } catch {
    const text = ['content/guides/facebook.mdx', 'content/guides/instagram.mdx', 'content/questions/whatsapp.md']
      .map((file) => readFileSync(file, 'utf8'))
      .join(' ');
    return [...new Set(text.toLowerCase().match(/\p{L}{3,}/gu) ?? [])];
  }
}

describe('typo correction and real Dutch words', { timeout: 120_000 }, () => {
  it('swaps none of 2,000+ Dutch words not on the site, and cuts no compound at letters that only look like a part', async () => {
    const site = siteWords();
    const vocabulary = parseVocabulary(
      formatVocabulary(
        site.map((word) => ({ word, df: 1 })),
        1,
        new Map(),
        new Set(),
        readerWords,
      ),
    );
    const onSite = new Set(site);
    // The word files as the build writes them: real words, compounds with their stand-in, heads.
    const files = dutchWordLists(onSite, readerWords);
    // Their Dutch words without a stand-in: those a correction could reach (nearDutchWords,
    // computed once here: it is the slow part), and those a head begins.
    const near = [...files.words]
      .filter(([word, standIn]) => standIn === '' && dutchWords().has(word))
      .map(([word]) => word)
      .sort();
    // Drawn from the files, the sample needs the files to hold the real words near every
    // correction target (correctionTargets): "afrukken" and "afwachtten" are near no site word
    // here, only near the readers' words "afdrukken" and "afwachten".
    expect(nearDutchWords(['afrukken', 'afwachtten'], onSite)).toEqual([]);
    expect([files.words.get('afrukken'), files.words.get('afwachtten')]).toEqual(['', '']);
    // Spread over the alphabet: every 1 in n of these words.
    const step = Math.max(1, Math.floor(near.length / 1200));
    const sample = near.filter((_, index) => index % step === 0);
    expect(sample.length).toBeGreaterThanOrEqual(1000);
    // And 1,000+ other Dutch words, long ones often holding a site word by their letters only
    // ("aanbiedingen" ends in "dingen").
    const other = [...dutchWords()].filter((word) => word.length >= 8 && /^\p{L}+$/u.test(word) && !onSite.has(word));
    const otherStep = Math.max(1, Math.floor(other.length / 1200));
    sample.push(...other.filter((_, index) => index % otherStep === 0));
    expect(sample.length).toBeGreaterThanOrEqual(2000);
    const swapped: string[] = [];
    for (const word of sample) {
      const outcome = await searchForReader(word, {
        search: async () => [],
        loadVocabulary: async () => vocabulary,
        loadDutchWords: async (words) => ({
          words: new Map(words.flatMap((w) => (files.words.has(w) ? [[w, files.words.get(w)!]] : []))),
          heads: files.heads,
        }),
        key: (result: string) => result,
        merge: (results) => results[0]!,
      });
      // Searching a compound by the last part the dictionary gives it ("boerenbedrijf" →
      // "bedrijf") is no swap; by letters that merely end it ("aanbiedingen" → "dingen") it is.
      for (const { to } of outcome.corrected) if (files.words.get(word) !== to) swapped.push(`${word} → ${to}`);
    }
    expect(swapped).toEqual([]);
  });
});
