// nearDutchWords: the real words a typo correction could reach, which the build writes into
// the Dutch word files. Compared with a plain check of every pair of words.
import { describe, expect, it } from 'vitest';
import { nearDutchWords } from '../../src/search/build/search-words';
import { formsWithoutEnding } from '../../src/search/shared/understand';
import { allowedEdits, editDistance, spellingsOf } from '../../src/search/shared/typo-correction';

// How a correction reads a typed word: as typed or with "ij" for "y", and each without an ending.
const readings = (word: string) =>
  spellingsOf(word).flatMap((spelling) => [spelling, ...formsWithoutEnding(spelling, 4)]);

const SITE = new Set(['facebook', 'formulier', 'bezwaar', 'kind', 'melding']);

describe('nearDutchWords', () => {
  it('keeps a word within its allowed edits of a site word, and no other', () => {
    const dutch = [
      'fazebook',
      'faceboek',
      'farmulieren',
      'formulieren',
      'bezwaars',
      'bezwaar',
      'kant',
      'king',
      'kantoren',
    ];
    // "farmulieren" is "farmulier" with "en": one edit from "formulier".
    expect(nearDutchWords(dutch, SITE)).toEqual([
      'bezwaars',
      'faceboek',
      'farmulieren',
      'fazebook',
      'formulieren',
      'king',
    ]);
  });

  it('finds the same words as comparing every pair, deletions at the ends and side by side included', () => {
    const dutch = ['acebook', 'facebo', 'fcebook', 'ormulier', 'formuli', 'melden', 'meling', 'mding', 'kin', 'kindje'];
    const direct = dutch
      .filter((word) => allowedEdits(word) > 0 && !SITE.has(word))
      .filter((word) =>
        readings(word).some((reading) =>
          [...SITE].some((site) => editDistance(reading, site, allowedEdits(word)) <= allowedEdits(word)),
        ),
      )
      .sort();
    expect(nearDutchWords(dutch, SITE)).toEqual(direct);
    expect(direct.length).toBeGreaterThan(3);
  });

  it('keeps the words a correction reads with "ij" for "y", or without an ending, and those near other targets', () => {
    // "kynd" is "kijnd", one edit from "kind"; "kindjes" is "kindj" with "es"; "formulyeren" is
    // "formulijer" with "en", two edits from "formulier". "pyjama" is near nothing.
    expect(nearDutchWords(['kynd', 'kindjes', 'formulyeren', 'pyjama'], SITE)).toEqual([
      'formulyeren',
      'kindjes',
      'kynd',
    ]);
    // A reader's word as a target ("valse"): "vakse" is near it, "vakje" is not.
    expect(nearDutchWords(['vakse', 'vakje'], SITE, [...SITE, 'valse'])).toEqual(['vakse']);
  });
});
