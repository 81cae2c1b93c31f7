import { describe, expect, it } from 'vitest';
import {
  combineLexicons,
  COMPOUND_MARK,
  lexiconFromWords,
  markCompounds,
  splitCompound,
  unmarkCompounds,
  wordsIn,
} from '../../src/search/shared/compound-words';
import { dutchDictionary } from '../../src/search/build/dutch-dictionary';

const small = lexiconFromWords(['bezwaar', 'formulier', 'account', 'centrum', 'privacy', 'instagram'], {
  simpleWords: ['kinderen', 'formulieren'],
});

describe('splitCompound with a small word list', () => {
  it('splits a compound into its parts, keeping the spelling and case', () => {
    expect(splitCompound('bezwaarformulier', small)).toEqual(['bezwaar', 'formulier']);
    expect(splitCompound('Accountcentrum', small)).toEqual(['Account', 'centrum']);
  });

  it('splits into three parts when the middle one is known', () => {
    expect(splitCompound('Instagramaccountcentrum', small)).toEqual(['Instagram', 'account', 'centrum']);
  });

  it('leaves short words, simple words and unknown words whole', () => {
    expect(splitCompound('bezwaar', small)).toBeNull();
    expect(splitCompound('kinderen', small)).toBeNull();
    expect(splitCompound('formulieren', small)).toBeNull();
    expect(splitCompound('bezwaarschrift', small)).toBeNull();
  });

  it('never splits off a part shorter than three letters', () => {
    expect(splitCompound('inloggen', lexiconFromWords(['in', 'loggen']))).toBeNull();
    expect(splitCompound('inloggen', lexiconFromWords(['inlog', 'gen']))).toEqual(['inlog', 'gen']);
  });

  it('prefers the fewest parts', () => {
    const lexicon = lexiconFromWords(['privacy', 'centrum', 'cen', 'trum']);
    expect(splitCompound('privacycentrum', lexicon)).toEqual(['privacy', 'centrum']);
  });

  it('only looks at words made of letters', () => {
    expect(splitCompound('bezwaar-formulier', small)).toBeNull();
    expect(splitCompound('bezwaar2formulier', small)).toBeNull();
  });
});

describe('combineLexicons', () => {
  it('accepts a part known to either lexicon and keeps words one of them calls simple', () => {
    const site = lexiconFromWords(['meta']);
    const combined = combineLexicons(small, site);
    expect(splitCompound('metabezwaar', combined)).toEqual(['meta', 'bezwaar']);
    expect(splitCompound('kinderen', combineLexicons(site, small))).toBeNull();
  });
});

describe('markCompounds and unmarkCompounds', () => {
  it('puts the marker between the parts and nowhere else', () => {
    const text = 'Vul het bezwaarformulier in. Open het Accountcentrum.';
    expect(markCompounds(text, small)).toBe(
      `Vul het bezwaar${COMPOUND_MARK}formulier in. Open het Account${COMPOUND_MARK}centrum.`,
    );
  });

  it('leaves HTML entities alone', () => {
    expect(markCompounds('a&accountcentrum;b accountcentrum', small)).toBe(
      `a&accountcentrum;b account${COMPOUND_MARK}centrum`,
    );
  });

  it('takes the marker out, so the word reads as written and cannot break where its parts meet', () => {
    const marked = markCompounds('het <mark>bezwaarformulier</mark>', small);
    expect(marked).not.toBe('het <mark>bezwaarformulier</mark>');
    expect(unmarkCompounds(marked)).toBe('het <mark>bezwaarformulier</mark>');
  });

  it('keeps real hyphens', () => {
    expect(unmarkCompounds('AI-training en e-mail')).toBe('AI-training en e-mail');
  });
});

describe('wordsIn', () => {
  it('finds words with accents whole', () => {
    expect(wordsIn('Eén privé-bericht, 2 keer.')).toEqual(['Eén', 'privé', 'bericht', 'keer']);
  });
});

describe('with the Dutch dictionary', () => {
  const dutch = dutchDictionary();

  it.each([
    ['bezwaarformulier', ['bezwaar', 'formulier']],
    ['Accountcentrum', ['Account', 'centrum']],
    ['Privacycentrum', ['Privacy', 'centrum']],
    ['privacyinstellingen', ['privacy', 'instellingen']],
    ['gegevensbescherming', ['gegevens', 'bescherming']],
    ['profielfoto', ['profiel', 'foto']],
  ])('splits %s', (word, parts) => {
    expect(splitCompound(word, dutch)).toEqual(parts);
  });

  it.each(['kinderen', 'bezwaren', 'gekoppeld', 'instellingen', 'inloggen', 'Instagram', 'verzenden'])(
    'keeps %s whole',
    (word) => {
      expect(splitCompound(word, dutch)).toBeNull();
    },
  );
});
