import { describe, expect, it } from 'vitest';
import { allowedEdits, correctWord, editDistance } from '../../src/search/shared/typo-correction';
import { byFrequency, formatVocabulary, parseVocabulary } from '../../src/search/shared/weighting';

// The vocabulary file as the build writes it (search-words.ts), read back as the page reads it.
const list = parseVocabulary(
  formatVocabulary(
    byFrequency(
      new Map([
        ['bezwaar', 9],
        ['facebook', 7],
        ['instagram', 7],
        ['formulier', 5],
        ['meta', 5],
        ['mail', 4],
        ['maal', 1],
        ['privacycentrum', 2],
        ['app', 3],
      ]),
    ),
    10,
  ),
);

describe('editDistance', () => {
  it.each([
    ['facebook', 'facebook', 0],
    ['faceboek', 'facebook', 1],
    ['facebok', 'facebook', 1],
    ['instagarm', 'instagram', 1], // two neighbours swapped: one edit
    ['formlier', 'formulier', 1],
    ['bezwar', 'bezwaar', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ])('%s → %s is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });

  it('stops early above the limit, reporting limit + 1', () => {
    expect(editDistance('facebook', 'instagram', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('allowedEdits', () => {
  it('allows 2 edits from 7 letters, 1 for 4 to 6, none below', () => {
    expect(['abc', 'abcd', 'abcdef', 'abcdefg', 'abcdefgh'].map(allowedEdits)).toEqual([0, 1, 1, 2, 2]);
  });
});

describe('word list', () => {
  it('lists words most frequent first, ties alphabetically', () => {
    expect(list.words).toEqual([
      'bezwaar',
      'facebook',
      'instagram',
      'formulier',
      'meta',
      'mail',
      'app',
      'privacycentrum',
      'maal',
    ]);
  });

  it('reads its own format back, ignoring blank lines', () => {
    expect(parseVocabulary('een\n\ntwee\n').words).toEqual(['een', 'twee']);
  });
});

describe('correctWord', () => {
  const words = (...list: string[]) => ({ words: list, positions: new Map(list.map((word, at) => [word, at])) });

  it('gives a tie to the word that keeps more of the typed letters, then to the more frequent', () => {
    // "meer" and "moeder" are both one edit from "meder"; "moeder" keeps all five letters.
    expect(correctWord('meder', words('meer', 'moeder'))).toBe('moeder');
    expect(correctWord('dchter', words('achter', 'dochter'))).toBe('dochter');
    // The same letters kept: the earlier word.
    expect(correctWord('mael', words('mail', 'maal'))).toBe('mail');
  });

  it('reads a "y" as "ij", as many Dutch readers type it', () => {
    expect(correctWord('kryg', words('krijg', 'kras'))).toBe('krijg');
    expect(correctWord('wyzigen', words('wijzigen'))).toBe('wijzigen');
  });

  it('corrects "faceboek" to "facebook"', () => {
    expect(correctWord('faceboek', list)).toBe('facebook');
    expect(correctWord('Faceboek', list)).toBe('facebook');
  });

  it('allows two edits for long words', () => {
    expect(correctWord('privacycentrm', list)).toBe('privacycentrum');
    expect(correctWord('fromulir', list)).toBe('formulier');
  });

  it('allows one edit for 4 letters, not two', () => {
    expect(correctWord('mets', list)).toBe('meta');
    expect(correctWord('mxyl', list)).toBeUndefined();
  });

  it('never corrects words under 4 letters, known words, or numbers', () => {
    expect(correctWord('apo', list)).toBeUndefined();
    expect(correctWord('meta', list)).toBeUndefined();
    expect(correctWord('2025x', list)).toBeUndefined();
  });

  it('breaks ties by frequency: "maul" is one edit from "mail" and "maal", "mail" is more used', () => {
    expect(correctWord('maul', list)).toBe('mail');
  });

  it('leaves a word alone when nothing is close enough', () => {
    expect(correctWord('zonnebloem', list)).toBeUndefined();
  });
});
