import { describe, expect, it } from 'vitest';
import { siteNames } from '../../src/search/build/site-names';

describe('siteNames', () => {
  it('finds words written with a capital inside sentences', () => {
    const texts = [
      'Meta wil je berichten van Facebook en Instagram gebruiken. Ook WhatsApp doet mee, zoals Google.',
      'Stap 1 Open de app. Open Facebook op je telefoon.',
    ];
    expect(siteNames(texts)).toEqual(new Set(['facebook', 'instagram', 'whatsapp', 'google']));
  });

  it('takes no word that is also written in lower case, or starts a step after a heading', () => {
    const texts = [
      'Meta AI in WhatsApp uitzetten Lees eerst dit.',
      'Lees de tekst. Lees verder. Lees het formulier. Lees rustig. Lees alles.',
      'Zet je account op privé. De Account van je kind.',
    ];
    const names = siteNames(texts);
    expect(names.has('lees')).toBe(false);
    expect(names.has('account')).toBe(false);
    expect(names.has('whatsapp')).toBe(true);
  });
});
