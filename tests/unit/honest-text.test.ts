import { describe, expect, it } from 'vitest';
import { checkClaims, loosePunctuationQuotes, overstatedClaims, straightQuotes, techWords } from '../gates/honest-text';

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

describe('overstatedClaims', () => {
  it.each([
    'Ja, volgens de AP.',
    'Volgens de AP werken de formulieren.',
    'Dat verbod geldt tot het einde van zijn zaak, en alleen voor hem.',
    'Het verbod geldt nog steeds.',
    'De instelling ‘geavanceerde chatprivacy’ bestaat wel echt.',
    'Volgens Meta kan dat altijd.',
    'Meta heeft daarvoor een aparte route.',
    'Meta heeft ook een aparte route.',
    'Sinds 27 mei 2025 traint Meta zijn AI met openbare berichten.',
    'Meta traint zijn AI met openbare berichten.',
    'Meta gebruikt je openbare berichten voor AI',
    'Meta gebruikt openbare berichten.',
    'Wat Meta al eerder heeft gebruikt, gaat er niet meer uit.',
    'Wat Meta al gebruikte, kan er niet meer uit.',
    'In 2025 probeerde Meta het opnieuw, deze keer met een manier om bezwaar te maken.',
    'Hij zei dat Meta de uitleg en het formulier had verbeterd.',
    'Dan zien alleen je volgers je berichten.',
    'Stuur geen geld. Geef ook geen gegevens door.',
    'Dan kun je later laten zien dat je bezwaar hebt gemaakt.',
    'Dan zie je later voor welke accounts je bezwaar hebt gemaakt.',
    'Bovenaan staat een melding over AI bij Meta.',
    'Staat de melding over AI er niet bovenaan?',
  ])('finds "%s"', (text) => {
    expect(overstatedClaims(text)).not.toEqual([]);
  });

  it.each([
    'In mei 2025 wel, volgens de AP.',
    'Op 27 mei 2025 begon Meta zijn AI te trainen met openbare berichten.',
    'Meta begon in mei 2025 AI te trainen met openbare berichten',
    'Meta zei in 2025 dat het openbare berichten gebruikt.',
    'Wat Meta al gebruikte, krijg je er niet zomaar uit. Dat zei de AP in april 2025.',
    'Meta ging in hoger beroep. Hoe dat afloopt, weten we nog niet.',
    'De instelling ‘geavanceerde chatprivacy’ was er in 2025 wel.',
    'Meta zei in 2025 dat dit altijd kan.',
    'Volgens onze bronnen uit 2025 had Meta een aparte route.',
    'Onze tip: stuur geen geld en geef geen gegevens door.',
    'Onze tip: zo kun je later laten zien dat je bezwaar hebt gemaakt.',
    'In 2025 stond daar bovenaan een tekst over AI bij Meta.',
    'Vanaf april 2025 stuurde Meta een melding, in de app en per e-mail.',
  ])('lets "%s" pass', (text) => {
    expect(overstatedClaims(text)).toEqual([]);
  });
});

describe('techWords', () => {
  it('finds JavaScript in reader text, and lets plain words pass', () => {
    expect(techWords('Daarvoor moet JavaScript aan staan.')).toEqual(['JavaScript']);
    expect(techWords("Je browser voert de kleine programma's van deze site niet uit.")).toEqual([]);
  });
});
