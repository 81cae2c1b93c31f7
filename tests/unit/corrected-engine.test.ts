import { describe, expect, it, vi } from 'vitest';
import { correctEngine, type EngineHooks } from '../../src/lib/corrected-engine';
import type { Engine, RawResult, ResultData } from '../../src/lib/pagefind-components';
import { parseWordList } from '../../src/lib/typo-correction';

const data = (url: string): ResultData => ({ url, excerpt: '', meta: {}, sub_results: [] });
const raw = (url: string, broken = false): RawResult => ({
  id: url,
  data: () => (broken ? Promise.reject(new Error('corrupt')) : Promise.resolve(data(url))),
});

/** A fake Pagefind engine: "facebook" finds the Facebook guide, every other word nothing. */
function fakeEngine(broken = false): Engine {
  return {
    search: async (term) => ({ results: term === 'facebook' ? [raw('/gids/facebook/', broken)] : [] }),
  };
}

function setup(hooks: Partial<EngineHooks> = {}) {
  const instance: { __pagefind__: Engine | null } = { __pagefind__: null };
  const all: EngineHooks = {
    loadWordList: async () => parseWordList('facebook\ninstagram\n'),
    onSearched: vi.fn(),
    onBroken: vi.fn(),
    ...hooks,
  };
  correctEngine(instance, all);
  return { instance, hooks: all };
}

describe('correctEngine', () => {
  it('wraps the engine the Component UI sets later, and searches corrected words', async () => {
    const { instance, hooks } = setup();
    instance.__pagefind__ = fakeEngine();
    const response = await instance.__pagefind__!.search('faceboek');
    expect(await Promise.all(response!.results.map((result) => result.data().then((d) => d.url)))).toEqual([
      '/gids/facebook/',
    ]);
    expect(hooks.onSearched).toHaveBeenCalledWith('faceboek', {
      typed: 'faceboek',
      searched: 'facebook',
      typedFoundSomething: false,
    });
  });

  it('passes an empty search through unchanged', async () => {
    const { instance, hooks } = setup();
    instance.__pagefind__ = fakeEngine();
    expect(await instance.__pagefind__!.search(null)).toEqual({ results: [] });
    expect(hooks.onSearched).not.toHaveBeenCalled();
  });

  it('reports a result whose fragment cannot be read', async () => {
    const { instance, hooks } = setup();
    instance.__pagefind__ = fakeEngine(true);
    const response = await instance.__pagefind__!.search('facebook');
    await expect(response!.results[0]!.data()).rejects.toThrow('corrupt');
    expect(hooks.onBroken).toHaveBeenCalledOnce();
  });

  it('reports a word list that cannot load, and gives no results instead of "none found"', async () => {
    const { instance, hooks } = setup({ loadWordList: () => Promise.reject(new Error('offline')) });
    instance.__pagefind__ = fakeEngine();
    expect(await instance.__pagefind__!.search('qqqqq')).toBeNull();
    expect(hooks.onBroken).toHaveBeenCalledOnce();
  });
});
