// Which of the browser's voices may read the site: a Dutch one that runs on the device itself.
// Voices with localService false send the text to a server (Chrome's "Google Nederlands"); the
// site promises that nothing leaves the device, so those are never used. Without such a voice
// the page shows no "Lees voor" button at all. The page's small check uses only this test; the
// choice among the voices that pass it is in best-voice.ts, part of the speech script.

/** The part of a SpeechSynthesisVoice the choice needs. */
export interface VoiceLike {
  lang: string;
  localService: boolean;
}

/** A Dutch voice on the device: "nl-NL", "nl-BE", "nl_NL" (older Android) or plain "nl" (espeak-ng). */
export const isDutchVoice = (voice: VoiceLike) => voice.localService && /^nl(?:[-_]|$)/i.test(voice.lang);
