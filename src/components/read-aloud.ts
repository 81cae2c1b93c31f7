// The speech code of "Lees voor" (buttons from read-aloud-check.ts), loaded on the first tap. It reads one
// step or answer, or every step in order, a sentence per utterance; marks the step being read
// and scrolls it into view; and turns that step's button into "Stop". One thing at a time:
// a new tap, Escape, or leaving the page stops what is being read.
import pronunciation from 'virtual:pronunciation';
import { speechText } from '../i18n/nl-speech';
import { bestVoice, voiceLang } from '../lib/best-voice';
import { utterances } from '../lib/read-aloud-text';
import { READ_ALOUD, READ_ALOUD_ALL, STEP_NUMBER } from '../lib/markup-contract';

const synth = speechSynthesis;

interface Reading {
  /** The button that started it: it says "Stop" until the end. */
  control: HTMLButtonElement;
  /** The step or answer being read now. */
  item?: HTMLElement | undefined;
  /** Kept so the browser does not drop it, and its end event, before it has spoken. */
  utterance?: SpeechSynthesisUtterance;
}

let reading: Reading | undefined;

const buttonIn = (item: HTMLElement) => item.querySelector<HTMLButtonElement>(`[${READ_ALOUD}]`);

function setLabel(button: HTMLButtonElement | null, speaking: boolean) {
  if (!button) return;
  button.dataset['label'] ??= button.textContent?.trim() ?? '';
  button.textContent = speaking ? speechText.stop : button.dataset['label'];
}

/** The mark on the step being read: an outline in the text colour (forced colours keep it). */
function mark(item: HTMLElement, on: boolean) {
  item.style.outline = on ? '0.25rem solid' : '';
  item.style.outlineOffset = on ? '-0.25rem' : '';
  setLabel(buttonIn(item), on);
  if (on) {
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    item.scrollIntoView({ block: 'nearest', behavior: still ? 'auto' : 'smooth' });
  }
}

/** Stops at once: the queue is emptied and every mark and label goes back. */
export function stop() {
  const was = reading;
  reading = undefined;
  synth.cancel();
  if (was?.item) mark(was.item, false);
  setLabel(was?.control ?? null, false);
}

/** "Stap 3 van 8" for a step of a guide; nothing for an answer. */
function intro(item: HTMLElement): string | undefined {
  const number = Number(item.getAttribute(STEP_NUMBER));
  if (!number) return undefined;
  const total = item.parentElement?.querySelectorAll(`:scope > [${STEP_NUMBER}]`).length ?? number;
  return speechText.stepOf(number, total);
}

function readItems(run: Reading, items: HTMLElement[], voice: SpeechSynthesisVoice) {
  const [item, ...rest] = items;
  if (run.item) mark(run.item, false);
  if (!item) return stop();
  run.item = item;
  mark(item, true);
  const texts = utterances(item, pronunciation, intro(item));
  const say = (index: number) => {
    if (reading !== run) return;
    const text = texts[index];
    if (text === undefined) return readItems(run, rest, voice);
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voiceLang(voice);
    utterance.onend = () => say(index + 1);
    // A cancel (ours) ends in an error event too; any other error ends the reading honestly.
    utterance.onerror = () => reading === run && stop();
    run.utterance = utterance;
    synth.speak(utterance);
  };
  say(0);
}

/**
 * A tap on a "Lees voor" button: stop what is being read, and read this unless it was that.
 * `dutchVoices`: the voices the page's check found (isDutchVoice).
 */
export function toggle(button: HTMLButtonElement, dutchVoices: SpeechSynthesisVoice[]) {
  const voice = bestVoice(dutchVoices);
  const same = reading && (reading.control === button || (reading.item && buttonIn(reading.item) === button));
  const busy = synth.speaking || synth.pending;
  stop();
  if (same || !voice) return;
  const items =
    button.getAttribute(READ_ALOUD) === READ_ALOUD_ALL
      ? [...document.querySelectorAll<HTMLElement>(`[${READ_ALOUD}=""]`)].map((one) => one.closest('[id]'))
      : [button.closest('[id]')];
  const run: Reading = { control: button };
  reading = run;
  setLabel(button, true);
  // Some engines drop an utterance queued right after cancel(): give them a moment.
  setTimeout(
    () =>
      reading === run &&
      readItems(
        run,
        items.filter((item): item is HTMLElement => item !== null),
        voice,
      ),
    busy ? 80 : 0,
  );
}

addEventListener('pagehide', stop);
document.addEventListener('visibilitychange', () => document.hidden && stop());
document.addEventListener('keydown', (event) => event.key === 'Escape' && reading && stop());
