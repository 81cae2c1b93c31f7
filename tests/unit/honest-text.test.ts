import { describe, expect, it } from 'vitest';
import { checkClaims, loosePunctuationQuotes, straightQuotes } from '../gates/honest-text';

describe('checkClaims', () => {
  it.each([
    'Laatst gecontroleerd op 28 november 2026',
    'LAATST GECONTROLEERD',
    'laatst\n  gecontroleerd',
    'Daarom staat bij elke stap wanneer we hem voor het laatst hebben gecontroleerd.',
    'Gecontroleerd op 28 november 2026.',
    'gecontroleerd op 2026-11-28',
    'Gecontroleerd: 28-11-2026',
    'gecontroleerd op 28/11/26',
    'Gecheckt op 3 mei',
    'nagekeken op november 2026',
    'Getest op vandaag',
  ])('finds a claimed check in "%s"', (text) => {
    expect(checkClaims(text)).not.toEqual([]);
  });

  it.each([
    'De AP heeft in mei 2025 de formulieren van Meta gecontroleerd.',
    'Bijgewerkt op 29 november 2026.',
    'Controleer of je bent ingelogd.',
    'De AP controleerde op 26 mei 2025 de formulieren.',
    'Kijk welke accounts gekoppeld zijn. Dat is laatst ook gebeurd.',
  ])('lets "%s" pass', (text) => {
    expect(checkClaims(text)).toEqual([]);
  });
});

describe('straightQuotes', () => {
  it('finds a straight double quote with some context', () => {
    expect(straightQuotes('Tik op "bezwaar te maken" en ga door.')).toEqual([
      'Tik op "bezwaar te maken',
      '" en ga door.',
    ]);
  });
  it('lets Dutch quotation marks and apostrophes pass', () => {
    expect(straightQuotes("Tik op ‘bezwaar te maken’. Foto’s en foto's.")).toEqual([]);
  });
});

describe('loosePunctuationQuotes', () => {
  it('finds a space just inside Dutch quotes, as a line break in markup leaves it', () => {
    expect(loosePunctuationQuotes('Bron: ‘\n  Meta gaat AI trainen ’ (2025)')).toHaveLength(2);
    expect(loosePunctuationQuotes('Bron: ‘Meta gaat AI trainen’ (2025)')).toEqual([]);
  });
});
