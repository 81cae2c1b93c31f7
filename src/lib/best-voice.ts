// Of the Dutch voices on the device (dutch-voice.ts), the one that reads: nl-NL first, then
// nl-BE, then any other Dutch voice, each in the order the browser lists them.
import type { VoiceLike } from './dutch-voice';

const rank = ({ lang }: VoiceLike) => (/^nl[-_]nl/i.test(lang) ? 0 : /^nl[-_]be/i.test(lang) ? 1 : 2);

/** The voice to read with, or undefined when the list is empty. */
export function bestVoice<Voice extends VoiceLike>(dutchVoices: readonly Voice[]): Voice | undefined {
  return [...dutchVoices].sort((a, b) => rank(a) - rank(b))[0];
}

/** The utterance's language, from the voice: "nl_NL" (older Android) becomes "nl-NL". */
export const voiceLang = (voice: VoiceLike) => voice.lang.replace('_', '-');
