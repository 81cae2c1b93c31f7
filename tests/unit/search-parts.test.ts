import { describe, expect, it } from 'vitest';
import { partWeight, shownParts } from '../../src/search/shared/search-parts';

const part = (url: string, weight: number) => ({ url, weight });
const urls = (parts: { url: string }[]) => parts.map((entry) => entry.url);

describe('partWeight', () => {
  it('sums the weights of the words found', () => {
    expect(partWeight([6, 6, 1])).toBe(13);
    expect(partWeight([])).toBe(0);
  });
});

describe('shownParts', () => {
  it('drops the part that is the page itself', () => {
    expect(urls(shownParts('/vragen/', [part('/vragen/', 9), part('/vragen/#a', 1)], 4))).toEqual(['/vragen/#a']);
  });

  it('keeps the heaviest parts, in page order', () => {
    const parts = [part('/v/#a', 1), part('/v/#b', 12), part('/v/#c', 2), part('/v/#d', 7), part('/v/#e', 3)];
    expect(urls(shownParts('/v/', parts, 3))).toEqual(['/v/#b', '/v/#d', '/v/#e']);
  });

  it('on a tie keeps the part that comes first on the page', () => {
    const parts = [part('/v/#a', 6), part('/v/#b', 6), part('/v/#c', 6)];
    expect(urls(shownParts('/v/', parts, 2))).toEqual(['/v/#a', '/v/#b']);
  });
});
