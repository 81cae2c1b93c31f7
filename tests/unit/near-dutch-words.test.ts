// nearDutchWords: the real words a typo correction could reach, which the build writes into
// the Dutch word files. Compared with a plain check of every pair of words.
import { describe, expect, it } from 'vitest';
import { nearDutchWords } from '../../src/search/build/search-words';
import { allowedEdits, editDistance } from '../../src/search/shared/typo-correction';

const SITE = new Set(['facebook', 'formulier', 'bezwaar', 'kind', 'melding']);

describe('nearDutchWords', () => {
  it('keeps a word within its allowed edits of a site word, and no other', () => {
    const dutch = ['fazebook', 'faceboek', 'farmulieren', 'formulieren', 'bezwaars', 'bezwaar', 'kant', 'king'];
    expect(nearDutchWords(dutch, SITE)).toEqual(['bezwaars', 'faceboek', 'fazebook', 'formulieren', 'king']);
  });

  it('finds the same words as comparing every pair, deletions at the ends and side by side included', () => {
    const dutch = ['acebook', 'facebo', 'fcebook', 'ormulier', 'formuli', 'melden', 'meling', 'mding', 'kin', 'kindje'];
    const direct = dutch
      .filter((word) => allowedEdits(word) > 0 && !SITE.has(word))
      .filter((word) => [...SITE].some((site) => editDistance(word, site, allowedEdits(word)) <= allowedEdits(word)))
      .sort();
    expect(nearDutchWords(dutch, SITE)).toEqual(direct);
    expect(direct.length).toBeGreaterThan(3);
  });
});
