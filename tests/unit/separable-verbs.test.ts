import { describe, expect, it } from 'vitest';
import { verbStems, verbWithoutParticle } from '../../src/search/shared/separable-verbs';

describe('verbWithoutParticle', () => {
  it('takes the particle off a separable verb', () => {
    expect(['invullen', 'uitzetten', 'inloggen', 'doorsturen', 'terugkrijgen'].map(verbWithoutParticle)).toEqual([
      'vullen',
      'zetten',
      'loggen',
      'sturen',
      'krijgen',
    ]);
  });

  it('leaves participles, short rests and other words alone', () => {
    expect(['ingevuld', 'uitgezet', 'opnieuw', 'online', 'account', 'indoen'].map(verbWithoutParticle)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('verbStems', () => {
  it('gives the form a step uses', () => {
    expect(verbStems('vullen')).toEqual(['vul']);
    expect(verbStems('zetten')).toEqual(['zet']);
    expect(verbStems('melden')).toEqual(['meld']);
    expect(verbStems('sturen')).toEqual(['stuur', 'stur']);
    expect(verbStems('geven')).toEqual(['geef', 'gef']);
    expect(verbStems('krijgen')).toEqual(['krijg']);
  });

  it('gives nothing for a word that is no infinitive', () => {
    expect(verbStems('formulier')).toEqual([]);
    expect(verbStems('en')).toEqual([]);
  });
});
