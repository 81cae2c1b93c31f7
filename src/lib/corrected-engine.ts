// Our typo correction and result checks, inside the searches of Pagefind's Component UI.
//
// Why this hook: Pagefind 1.6's Component UI has no option for a custom search function. Its
// events (search, loading, results, error) only report; each search calls
// `instance.__pagefind__.search(term)` on the engine it created from pagefind.js. So when that
// engine is set, its search() is wrapped: the same `searchWithCorrection` the relevance gate
// runs, and each result's data() reports a fragment that cannot be read (Pagefind would show
// an empty box). Everything else (debounce, rendering, counts, announcements, keyboard) stays
// Pagefind's. Pure apart from that one property: tested with a fake instance.
import type { Engine, Instance, SearchResponse } from './pagefind-components';
import { searchWithCorrection, type CorrectedSearch, type WordList } from './typo-correction';

export interface EngineHooks {
  loadWordList: () => Promise<WordList>;
  /** Each search's outcome: what was typed and, if corrected, what was searched instead. */
  onSearched: (term: string, correction: CorrectedSearch<unknown>['correction']) => void;
  /** A search file could not load or a fragment could not be read. */
  onBroken: () => void;
}

/** Wraps the engine the instance has now or gets later (the Component UI sets it on load). */
export function correctEngine(instance: Pick<Instance, '__pagefind__'>, hooks: EngineHooks): void {
  let engine: Engine | null = null;
  const set = (value: Engine | null) => {
    engine = value && withCorrection(value, hooks);
  };
  set(instance.__pagefind__);
  Object.defineProperty(instance, '__pagefind__', { configurable: true, get: () => engine, set });
}

function withCorrection(engine: Engine, hooks: EngineHooks): Engine {
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
      const { results, correction } = await searchWithCorrection(term, search, hooks.loadWordList);
      hooks.onSearched(term, correction);
      const reportBroken = (error: unknown) => {
        hooks.onBroken();
        throw error;
      };
      const checked = results.map((result) => ({ ...result, data: () => result.data().catch(reportBroken) }));
      return first && { ...(first as SearchResponse), results: checked };
    } catch {
      // The word list or an index part could not load: the failure message, not "no results".
      hooks.onBroken();
      return null;
    }
  };
  return engine;
}
