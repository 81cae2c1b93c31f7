import { describe, expect, it } from 'vitest';
import { countSyllables } from '../gates/dutch-syllables';

// Every expectation is the word as spoken in Dutch, syllable by syllable.
describe('countSyllables', () => {
  it.each([
    ['bezwaar', 2], // be-zwaar
    ['instellingen', 4], // in-stel-lin-gen
    ['privacycentrum', 5], // pri-va-cy-cen-trum
    ['Accountcentrum', 4], // ac-count-cen-trum
    ['gerechtvaardigd', 4], // ge-recht-vaar-digd
    ['formulier', 3], // for-mu-lier
    ['bevestiging', 4], // be-ves-ti-ging
    ['toezichthouder', 4], // toe-zicht-hou-der
    ['persoonsgegevens', 5], // per-soons-ge-ge-vens
    ['Consumentenbond', 5], // con-su-men-ten-bond
    ['Autoriteit', 4], // au-to-ri-teit
    ['iedereen', 3], // ie-der-een
    ['Europese', 4], // eu-ro-pe-se
    ['een', 1],
    ['zijn', 1],
  ])('counts the Dutch word %s as %i', (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });

  it.each([
    ['openbaar', 3], // o-pen-baar
    ['radio', 3], // ra-di-o
    ['piano', 3], // pi-a-no
    ['bioscoop', 3], // bi-o-scoop
    ['theater', 3], // the-a-ter
    ['reageren', 4], // re-a-ge-ren
    ['situatie', 4], // si-tu-a-tie
    ['Unie', 2], // u-nie
  ])('splits vowels that belong to two syllables in %s (%i)', (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });

  it.each([
    ['mooie', 2], // mooi-e
    ['koeien', 2], // koei-en
    ['maaien', 2], // maai-en
    ['nieuwe', 2], // nieu-we
    ['leeuw', 1],
    ['eeuwen', 2], // eeu-wen
    ['bureau', 2], // bu-reau
    ['niveau', 2], // ni-veau
    ['geautomatiseerd', 6], // ge-au-to-ma-ti-seerd
  ])('reads a vowel sound of three letters as one in %s (%i)', (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });

  it.each([
    ['één', 1],
    ['privé', 2], // pri-vé
    ['ideeën', 3], // i-dee-ën
    ['zeeën', 2], // zee-ën
    ['knieën', 2], // knie-ën
    ['geïnteresseerd', 5], // ge-ïn-te-res-seerd
    ['coördinatie', 5], // co-ör-di-na-tie
    ['naïef', 2], // na-ïef
    ['beëindigen', 4], // be-ëin-di-gen
    ['financiële', 5], // fi-nan-ci-ë-le
    ['Oekraïne', 4], // oe-kra-ï-ne
  ])('handles accents and the diaeresis in %s (%i)', (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });

  it('gives the same count for composed and decomposed accents', () => {
    expect(countSyllables('ideeën'.normalize('NFD'))).toBe(3);
    expect(countSyllables('coördinatie'.normalize('NFD'))).toBe(5);
  });

  it.each([
    ['Meta', 2], // me-ta
    ['Instagram', 3], // in-sta-gram
    ['Facebook', 2], // fees-boek
    ['WhatsApp', 2], // wots-ap
    ['Verbraucherzentrale', 6], // ver-brau-cher-zen-tra-le
    ['noyb', 1], // noib
    ['website', 2], // web-sait
    ['online', 2], // on-lain
    ['deadline', 2], // ded-lain
    ['museum', 3], // mu-se-um
    ['cookies', 2], // koe-kies
    ['yoga', 2], // jo-ga
  ])('counts the name or loanword %s as spoken (%i)', (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });

  it('counts a loanword inside a compound as spoken', () => {
    expect(countSyllables('Facebookaccount')).toBe(4); // fees-boek-ac-count
    expect(countSyllables('nieuwswebsites')).toBe(3); // nieuws-web-saits
  });

  it('ignores capitals in ordinary words', () => {
    expect(countSyllables('Instellingen')).toBe(countSyllables('instellingen'));
    expect(countSyllables('BEZWAARFORMULIER')).toBe(5); // be-zwaar-for-mu-lier
  });

  it('adds up the parts of a hyphenated compound', () => {
    expect(countSyllables('e-mailadres')).toBe(4); // e-mail-a-dres
    expect(countSyllables('Facebook-account')).toBe(4);
    expect(countSyllables('AI-training')).toBe(4); // a-i-trai-ning
  });

  it('reads an abbreviation in capitals letter by letter', () => {
    expect(countSyllables('AVG')).toBe(3); // a-vee-gee
    expect(countSyllables('AP')).toBe(2); // a-pee
    expect(countSyllables('AI')).toBe(2); // a-i
    expect(countSyllables('EU')).toBe(2); // e-u
  });

  it('reads a word without vowels letter by letter', () => {
    expect(countSyllables('pdf')).toBe(3); // pee-dee-ef
    expect(countSyllables("'s")).toBe(1);
  });

  it('counts the letters of an apostrophe word, not the apostrophe', () => {
    expect(countSyllables("foto's")).toBe(2);
  });

  it('counts a number as one syllable, however long', () => {
    expect(countSyllables('27')).toBe(1);
    expect(countSyllables('2025')).toBe(1);
    expect(countSyllables('1.000,50')).toBe(1);
  });

  it('counts digits and letters in one token separately', () => {
    expect(countSyllables('2FA')).toBe(3); // 2 + ef-a
  });

  it('returns 0 when there is nothing to pronounce', () => {
    expect(countSyllables('')).toBe(0);
    expect(countSyllables('—')).toBe(0);
    expect(countSyllables('-')).toBe(0);
  });
});
