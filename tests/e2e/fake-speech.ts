// A stand-in for the browser's speechSynthesis, installed before the page's scripts run. It
// records every utterance (text, lang, voice) and speaks nothing: an utterance lasts until the
// test calls finish() (or, with `autoEndMs`, that long). Blank utterances (the page's unlock on
// the first tap) end at once, as they do in real browsers.
import type { Page } from '@playwright/test';

export interface FakeVoice {
  name: string;
  lang: string;
  localService: boolean;
}

export interface Spoken {
  text: string;
  lang: string;
  voice: string | null;
}

export const NL_NL: FakeVoice = { name: 'Xander', lang: 'nl-NL', localService: true };
export const NL_BE: FakeVoice = { name: 'Ellen', lang: 'nl-BE', localService: true };
export const EN_US: FakeVoice = { name: 'Samantha', lang: 'en-US', localService: true };
/** Chrome's online voice: it sends the text to a server, so the site must not use it. */
export const NL_ONLINE: FakeVoice = { name: 'Google Nederlands', lang: 'nl-NL', localService: false };

export interface FakeSpeechOptions {
  /** The voices getVoices() lists; `late`: none at first, these only after addVoices(). */
  voices?: FakeVoice[];
  late?: boolean;
  /** End each utterance by itself after this many ms; without it, the test ends them. */
  autoEndMs?: number;
  /** No speechSynthesis at all, as in some browsers. */
  absent?: boolean;
}

declare global {
  interface Window {
    fakeSpeech: {
      spoken: Spoken[];
      cancels: number;
      /** How often the page asked for the voices (getVoices). */
      asked: number;
      /** The text being spoken now, or null. */
      current(): string | null;
      /** Ends the utterance being spoken; the next in the queue starts. */
      finish(): void;
      /** Lists these voices from now on and says so (voiceschanged). */
      addVoices(voices: FakeVoice[]): void;
    };
  }
}

export async function installFakeSpeech(page: Page, options: FakeSpeechOptions = {}): Promise<void> {
  await page.addInitScript(({ voices = [], late = false, autoEndMs, absent = false }: FakeSpeechOptions) => {
    if (absent) {
      Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
      return;
    }
    type Utterance = EventTarget & { text: string; lang: string; voice: { name: string } | null } & Record<
        string,
        unknown
      >;
    let listed = late ? [] : voices;
    let queue: Utterance[] = [];
    let current: Utterance | null = null;
    const spoken: Spoken[] = [];

    const fire = (utterance: Utterance, type: string, error?: string) => {
      const event = Object.assign(new Event(type), { utterance, error });
      utterance.dispatchEvent(event);
      const handler = utterance[`on${type}`];
      if (typeof handler === 'function') handler.call(utterance, event);
    };

    class FakeUtterance extends EventTarget {
      text: string;
      lang = '';
      voice: { name: string } | null = null;
      rate = 1;
      pitch = 1;
      volume = 1;
      onstart = null;
      onend = null;
      onerror = null;
      constructor(text = '') {
        super();
        this.text = text;
      }
    }

    const synth = Object.assign(new EventTarget(), {
      speaking: false,
      pending: false,
      paused: false,
      onvoiceschanged: null as ((event: Event) => void) | null,
      getVoices: () => {
        fakeSpeech.asked += 1;
        return listed.map((voice) => ({ ...voice, voiceURI: voice.name, default: false }));
      },
      speak(utterance: Utterance) {
        queue.push(utterance);
        synth.pending = true;
        if (!current) setTimeout(next, 0);
      },
      cancel() {
        const was = current;
        queue = [];
        current = null;
        synth.speaking = false;
        synth.pending = false;
        fakeSpeech.cancels += 1;
        if (was) fire(was, 'error', 'interrupted');
      },
      pause() {},
      resume() {},
    });

    function next() {
      if (current) return;
      current = queue.shift() ?? null;
      synth.pending = queue.length > 0;
      synth.speaking = current !== null;
      if (!current) return;
      const utterance = current;
      spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name ?? null });
      fire(utterance, 'start');
      const ms = utterance.text.trim() === '' ? 0 : autoEndMs;
      if (ms !== undefined) setTimeout(() => current === utterance && finish(), ms);
    }

    function finish() {
      const utterance = current;
      if (!utterance) return;
      current = null;
      synth.speaking = false;
      fire(utterance, 'end');
      next();
    }

    const fakeSpeech = {
      spoken,
      cancels: 0,
      asked: 0,
      current: () => current?.text ?? null,
      finish,
      addVoices(more: FakeVoice[]) {
        listed = more;
        const event = new Event('voiceschanged');
        synth.dispatchEvent(event);
        synth.onvoiceschanged?.(event);
      },
    };
    window.fakeSpeech = fakeSpeech;
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
  }, options);
}

/** What the page said, blank utterances (the iOS unlock on the first tap) left out. */
export async function spokenTexts(page: Page): Promise<Spoken[]> {
  return page.evaluate(() => window.fakeSpeech.spoken.filter((utterance) => utterance.text.trim() !== ''));
}

/** Ends utterances one by one until nothing is being said; returns how many it ended. */
export async function finishAll(page: Page, max = 500): Promise<number> {
  return page.evaluate(async (limit) => {
    let count = 0;
    const settle = () => new Promise((resolve) => setTimeout(resolve, 5));
    await settle();
    while (window.fakeSpeech.current() !== null && count < limit) {
      window.fakeSpeech.finish();
      count += 1;
      await settle();
    }
    return count;
  }, max);
}
