// Loading the search's own word lists over HTTP, once each, for the page and the bench alike.
// A failed fetch rejects (and is tried again next time), so the page shows its failure
// message instead of results for words it could not check.
import { SEARCH_HEADS_FILE, SEARCH_WORDS_FILE, searchDutchFile } from './search-files.ts';
import { parseVocabulary, type Vocabulary } from './weighting.ts';
import { joinDutchWords, parseDutchWords, type DutchWords } from './dutch-words.ts';

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () =>
    (loaded ??= load().catch((error: unknown) => {
      loaded = undefined;
      throw error;
    }));
}

async function text(url: string, fetchFn: typeof fetch): Promise<string> {
  const response = await fetchFn(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.text();
}

/** search-words.txt under `bundlePath` ("/pagefind/"). A file without any word is broken. */
export function vocabularyLoader(bundlePath: string, fetchFn: typeof fetch = fetch): () => Promise<Vocabulary> {
  return once(async () => {
    const vocabulary = parseVocabulary(await text(`${bundlePath}${SEARCH_WORDS_FILE}`, fetchFn));
    if (vocabulary.words.length === 0) throw new Error(`${SEARCH_WORDS_FILE}: no words`);
    return vocabulary;
  });
}

/**
 * The Dutch word files that hold `words`, and the heads file, each fetched once: real words,
 * their stand-ins, and the site words that may begin a compound.
 */
export function dutchWordsLoader(
  bundlePath: string,
  fetchFn: typeof fetch = fetch,
): (words: readonly string[]) => Promise<DutchWords> {
  const files = new Map<string, () => Promise<DutchWords>>();
  return async (words) => {
    const lists = await Promise.all(
      [...new Set([...words.map(searchDutchFile), SEARCH_HEADS_FILE])].map((file) => {
        if (!files.has(file))
          files.set(
            file,
            once(async () => {
              return parseDutchWords(await text(`${bundlePath}${file}`, fetchFn));
            }),
          );
        return files.get(file)!();
      }),
    );
    return joinDutchWords(lists);
  };
}
