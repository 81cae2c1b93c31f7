import { describe, expect, it } from 'vitest';
import { bestVoice, voiceLang } from '../../src/lib/best-voice';
import { isDutchVoice } from '../../src/lib/dutch-voice';

const voice = (lang: string, localService = true) => ({ lang, localService, name: lang });

describe('isDutchVoice', () => {
  it('accepts Dutch voices on the device, as browsers and espeak-ng name them', () => {
    for (const lang of ['nl-NL', 'nl-BE', 'nl_NL', 'NL-nl', 'nl']) expect(isDutchVoice(voice(lang)), lang).toBe(true);
  });

  it('refuses online voices (they send the text away) and other languages', () => {
    expect(isDutchVoice(voice('nl-NL', false))).toBe(false);
    for (const lang of ['en-US', 'de-DE', 'fr-BE', 'nld', 'nb-NO']) expect(isDutchVoice(voice(lang)), lang).toBe(false);
  });
});

describe('bestVoice', () => {
  it('picks nl-NL first, then nl-BE, then any other Dutch voice, in the order listed', () => {
    expect(bestVoice([voice('nl'), voice('nl-BE'), voice('nl-NL'), { ...voice('nl-NL'), name: 'second' }])?.name).toBe(
      'nl-NL',
    );
    expect(bestVoice([voice('nl'), voice('nl_BE')])?.lang).toBe('nl_BE');
    expect(bestVoice([voice('nl')])?.lang).toBe('nl');
    expect(bestVoice([])).toBeUndefined();
  });

  it('gives the utterance a BCP 47 language', () => {
    expect(voiceLang(voice('nl_NL'))).toBe('nl-NL');
    expect(voiceLang(voice('nl-BE'))).toBe('nl-BE');
  });
});
