// Our query understanding (src/search/shared/understand.ts) inside the searches of
// Pagefind's Component UI.
//
// Why this hook (a seam, see src/search/SEAMS.md): Pagefind 1.6's Component UI has no option
// for a custom search function. Its events (search, loading, results, error) only report;
// each search calls `instance.__pagefind__.search(term)` on the engine it created from
// pagefind.js. So when that engine is set, its search() is wrapped: the same
// `searchForReader` the relevance gate runs, and each result's data() reports a fragment that
// cannot be read or does not come in time (Pagefind would show an empty box). Everything else
// (debounce, rendering, counts, announcements, keyboard) stays Pagefind's. Pure apart from
// that one property: tested with a fake instance.
import { searchForReader, type ReaderSearch } from '../shared/understand.ts';
// The search page loads this module on its own, after its first view: the loaders come with it.
export { dutchWordsLoader, vocabularyLoader } from '../shared/loaders.ts';
import type { Vocabulary } from '../shared/weighting.ts';
import type { DutchWords } from '../shared/dutch-words.ts';
import type { Engine, Instance, RawResult, ResultData, SearchResponse, SubResult } from './pagefind-components';

export interface EngineHooks {
  loadVocabulary: () => Promise<Vocabulary>;
  loadDutchWords: (words: readonly string[]) => Promise<DutchWords>;
  /** Each search's outcome, with the vocabulary its steps are picked by. */
  onSearched: (term: string, outcome: ReaderSearch<RawResult>, vocabulary: Vocabulary) => void;
  /** A search file could not load, was corrupt, or a fragment did not answer in time. */
  onBroken: () => void;
  /** How long a result's text may take before search counts as broken. */
  fragmentTimeoutMs: number;
}

/** Wraps the engine the instance has now or gets later (the Component UI sets it on load). */
export function readerEngine(instance: Pick<Instance, '__pagefind__'>, hooks: EngineHooks): void {
  let engine: Engine | null = null;
  const set = (value: Engine | null) => {
    engine = value && withReaderSearch(value, hooks);
  };
  set(instance.__pagefind__);
  Object.defineProperty(instance, '__pagefind__', { configurable: true, get: () => engine, set });
}

/** One result for a page that several one-word searches found: every step and word found. */
export function mergeResults(results: readonly RawResult[]): RawResult {
  return {
    id: results[0]!.id,
    data: async () => {
      const all = await Promise.all(results.map((result) => result.data()));
      const parts = new Map<string, SubResult>();
      for (const data of all) {
        for (const part of data.sub_results) {
          const seen = parts.get(part.url);
          parts.set(
            part.url,
            seen
              ? {
                  ...seen,
                  weighted_locations: [...(seen.weighted_locations ?? []), ...(part.weighted_locations ?? [])],
                }
              : part,
          );
        }
      }
      return { ...all[0]!, sub_results: [...parts.values()] } satisfies ResultData;
    },
  };
}

/** A promise that rejects after `ms` unless it settles first. */
function withinTime<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

function withReaderSearch(engine: Engine, hooks: EngineHooks): Engine {
  const plainSearch = engine.search.bind(engine);
  engine.search = async (term, options) => {
    if (!term) return plainSearch(term, options);
    try {
      let first: SearchResponse | null = null;
      const search = async (query: string) => {
        const response = await plainSearch(query, options);
        first ??= response;
        return response?.results ?? [];
      };
      // Its reader words come first; the steps under each result are picked by it too.
      const vocabulary = hooks.loadVocabulary();
      const outcome = await searchForReader(term, {
        search,
        loadVocabulary: () => vocabulary,
        loadDutchWords: hooks.loadDutchWords,
        key: (result) => result.id,
        merge: mergeResults,
      });
      hooks.onSearched(term, outcome, await vocabulary);
      // The Component UI renders the results next: in a task of its own, so neither task
      // blocks a phone's main thread for long (Lighthouse counts each task's time over 50 ms).
      await new Promise((resolve) => setTimeout(resolve, 0));
      const reportBroken = (error: unknown) => {
        hooks.onBroken();
        throw error;
      };
      const checked = outcome.results.map((result) => ({
        ...result,
        data: () => withinTime(result.data(), hooks.fragmentTimeoutMs).catch(reportBroken),
      }));
      return { ...(first ?? {}), results: checked };
    } catch {
      // A word list or an index part could not load or was corrupt: the failure message, not
      // "no results".
      hooks.onBroken();
      return null;
    }
  };
  return engine;
}
