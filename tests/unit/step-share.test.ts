import { describe, expect, it } from 'vitest';
import { plainText, shorten, stepShareTitle } from '../../src/lib/step-share';

describe('step share pages', () => {
  it('names the step and its place in the guide', () => {
    expect(stepShareTitle(3, 8, 'Open het Privacycentrum')).toBe('Stap 3 van 8: Open het Privacycentrum');
  });

  it('turns a Markdown step into one plain line', () => {
    expect(plainText('Kies **Privacycentrum**.\nLees [de uitleg](https://example.org) _goed_.')).toBe(
      'Kies Privacycentrum. Lees de uitleg goed.',
    );
  });

  it('shortens long text after a whole word', () => {
    const text = 'Open de app. '.repeat(30).trim();
    const short = shorten(text, 40);
    expect(short.length).toBeLessThanOrEqual(40);
    expect(short).toBe('Open de app. Open de app. Open de app…');
    expect(shorten('Kort.', 40)).toBe('Kort.');
  });
});
