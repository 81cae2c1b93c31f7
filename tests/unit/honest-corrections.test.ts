import { describe, expect, it } from 'vitest';
import { swappedDutchWords } from '../search/honest-corrections';

const dutch = new Set(['dochter', 'achter', 'vader', 'onder', 'lang', 'duurt', 'aanbiedingen', 'boerenbedrijf']);
const isDutch = (word: string) => dutch.has(word);

describe('swappedDutchWords (the bench counts these corrections as misses)', () => {
  it('names a real word that a correction replaced', () => {
    expect(swappedDutchWords('mijn dochter', 'mijn achter', isDutch)).toEqual(['dochter']);
    expect(swappedDutchWords('hoe lang duurt', 'hoe land stuurt', isDutch)).toEqual(['lang', 'duurt']);
  });

  it('accepts a corrected typo and a real word that was only left out', () => {
    expect(swappedDutchWords('faceboek', 'facebook', isDutch)).toEqual([]);
    expect(swappedDutchWords('mijn dochter facebook', 'facebook', isDutch)).toEqual([]);
  });

  it('accepts a compound searched by the part the dictionary gives it, not by look-alike letters', () => {
    const partOf = (word: string) => (word === 'boerenbedrijf' ? 'bedrijf' : undefined);
    expect(swappedDutchWords('boerenbedrijf', 'bedrijf', isDutch, partOf)).toEqual([]);
    expect(swappedDutchWords('aanbiedingen', 'dingen', isDutch, partOf)).toEqual(['aanbiedingen']);
    expect(swappedDutchWords('facebookgroep', 'facebook', isDutch, partOf)).toEqual([]);
  });
});
