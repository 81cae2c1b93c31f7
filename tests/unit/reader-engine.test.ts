import { describe, expect, it, vi } from 'vitest';
import { mergeResults, readerEngine, type EngineHooks } from '../../src/search/client/reader-engine';
import type { Engine, RawResult, ResultData } from '../../src/search/client/pagefind-components';
import { NO_DUTCH_WORDS } from '../../src/search/shared/dutch-words';
import { parseVocabulary } from '../../src/search/shared/weighting';

const data = (url: string, parts: string[] = []): ResultData => ({
  url,
  excerpt: '',
  meta: {},
  sub_results: parts.map((part) => ({ title: part, url: part, excerpt: '', weighted_locations: [{ weight: 1 }] })),
});
const raw = (url: string, broken: 'no' | 'corrupt' | 'hangs' = 'no', parts: string[] = []): RawResult => ({
  id: url,
  data: () =>
    broken === 'corrupt'
      ? Promise.reject(new Error('corrupt'))
      : broken === 'hangs'
        ? new Promise<ResultData>(() => undefined)
        : Promise.resolve(data(url, parts)),
});

/** A fake Pagefind engine: "facebook" finds the Facebook guide, every other word nothing. */
function fakeEngine(broken: 'no' | 'corrupt' | 'hangs' = 'no'): Engine {
  return {
    search: async (term) => ({ results: term === 'facebook' ? [raw('/gids/facebook/', broken)] : [] }),
  };
}

function setup(hooks: Partial<EngineHooks> = {}) {
  const instance: { __pagefind__: Engine | null } = { __pagefind__: null };
  const all: EngineHooks = {
    loadVocabulary: async () => parseVocabulary('@parts 10\nfacebook\t3\ninstagram\t3\n@r\tfb\tfacebook\n'),
    loadDutchWords: async () => NO_DUTCH_WORDS,
    onSearched: vi.fn(),
    onBroken: vi.fn(),
    fragmentTimeoutMs: 50,
    ...hooks,
  };
  readerEngine(instance, all);
  return { instance, hooks: all };
}

describe('readerEngine', () => {
  it('wraps the engine the Component UI sets later, and searches corrected words', async () => {
    const { instance, hooks } = setup();
    instance.__pagefind__ = fakeEngine();
    const response = await instance.__pagefind__!.search('faceboek');
    expect(response?.results.map((result) => result.id)).toEqual(['/gids/facebook/']);
    const outcome = vi.mocked(hooks.onSearched).mock.calls[0]![1];
    expect(outcome.corrected).toEqual([{ from: 'faceboek', to: 'facebook' }]);
  });

  it('applies reader words before searching', async () => {
    const { instance } = setup();
    instance.__pagefind__ = fakeEngine();
    const response = await instance.__pagefind__!.search('fb');
    expect(response?.results.map((result) => result.id)).toEqual(['/gids/facebook/']);
  });

  it('passes an empty search through unchanged', async () => {
    const { instance, hooks } = setup();
    instance.__pagefind__ = fakeEngine();
    await instance.__pagefind__!.search('');
    expect(hooks.onSearched).not.toHaveBeenCalled();
  });

  it('reports a result whose fragment cannot be read', async () => {
    const { instance, hooks } = setup();
    instance.__pagefind__ = fakeEngine('corrupt');
    const response = await instance.__pagefind__!.search('facebook');
    await expect(response!.results[0]!.data()).rejects.toThrow('corrupt');
    expect(hooks.onBroken).toHaveBeenCalledOnce();
  });

  it('reports a fragment that does not answer in time', async () => {
    const { instance, hooks } = setup();
    instance.__pagefind__ = fakeEngine('hangs');
    const response = await instance.__pagefind__!.search('facebook');
    await expect(response!.results[0]!.data()).rejects.toThrow('no answer');
    expect(hooks.onBroken).toHaveBeenCalledOnce();
  });

  it('reports a word list that cannot load, and gives no results instead of "none found"', async () => {
    const { instance, hooks } = setup({ loadVocabulary: () => Promise.reject(new Error('offline')) });
    instance.__pagefind__ = fakeEngine();
    expect(await instance.__pagefind__!.search('facebook')).toBeNull();
    expect(hooks.onBroken).toHaveBeenCalledOnce();
  });
});

describe('mergeResults', () => {
  it('keeps every step that one of the searches found, once', async () => {
    const merged = mergeResults([
      raw('/vragen/', 'no', ['/vragen/#a', '/vragen/#b']),
      raw('/vragen/', 'no', ['/vragen/#b']),
    ]);
    const parts = (await merged.data()).sub_results;
    expect(parts.map((part) => part.url)).toEqual(['/vragen/#a', '/vragen/#b']);
    expect(parts[1]!.weighted_locations).toHaveLength(2);
  });
});
