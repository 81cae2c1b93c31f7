import { describe, expect, it } from 'vitest';
import { hideKeywords, KEYWORD_MARK, markKeywords } from '../../src/search/shared/keyword-marks';

const M = KEYWORD_MARK;

describe('markKeywords', () => {
  it('wraps every word of every keyword in the invisible mark', () => {
    expect(markKeywords(['gehackt', 'bezwaar maken'])).toBe(`${M}gehackt${M} ${M}bezwaar${M} ${M}maken${M}`);
  });
});

describe('hideKeywords', () => {
  it('leaves an excerpt without keywords as it is', () => {
    expect(hideKeywords('Open het <mark>Privacycentrum</mark>.')).toBe('Open het <mark>Privacycentrum</mark>.');
  });

  it('removes marked words, found ones with their <mark>', () => {
    const excerpt = `Wat is een gekaapt account? <mark>${M}gehackt${M}</mark> ${M}hacker${M} Dat is een account dat …`;
    expect(hideKeywords(excerpt)).toBe('Wat is een gekaapt account? Dat is een account dat …');
  });

  it('removes a keyword cut off at either end of the excerpt', () => {
    expect(hideKeywords(`hacker${M} ${M}nepaccount${M} Pas op.`)).toBe('Pas op.');
    expect(hideKeywords(`Pas op. ${M}oplich`)).toBe('Pas op.');
  });
});
