// "Lees voor", after load (after-load.ts): when the device has a Dutch voice, a button goes on
// each step and each answer, and one above a guide's steps. Browsers may list their voices later
// (voiceschanged), so it checks again then. The pages hold no button: without a Dutch voice, or
// without JavaScript, there is none, and a plain page view carries none of this. The speech
// script itself (read-aloud.ts) loads on the first tap.
import speechScript from 'virtual:read-aloud-script';
import { speechText } from '../i18n/nl-speech';
import { isDutchVoice } from '../lib/dutch-voice';
import {
  ANSWER_CLASS,
  READ_ALOUD,
  READ_ALOUD_ALL,
  STEP_CHECKBOX_CLASS,
  STEP_LIST_ELEMENT,
  STEP_SELECTOR,
} from '../lib/markup-contract';

let unlocked = false;

function readAloudButton(synth: SpeechSynthesis, all: boolean): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button no-print';
  // Set here, not in the page's CSS: the first view carries nothing of "Lees voor".
  // Beside the "Gedaan" box where the line has room, top-aligned so that line grows by nothing.
  button.style.cssText = 'margin:.75rem .75rem 0 0;vertical-align:top';
  button.setAttribute(READ_ALOUD, all ? READ_ALOUD_ALL : '');
  button.textContent = all ? speechText.readAll : speechText.read;
  button.onclick = () => {
    // iOS lets a page speak only after it spoke once during a tap, and the first words come
    // after the import below: so say nothing, now. A space, not '': Chromium with
    // speech-dispatcher fails an empty utterance and then speaks nothing more.
    if (!unlocked) synth.speak(new SpeechSynthesisUtterance(' '));
    unlocked = true;
    void (import(/* @vite-ignore */ speechScript) as Promise<typeof import('./read-aloud')>).then(({ toggle }) =>
      toggle(button, synth.getVoices().filter(isDutchVoice)),
    );
  };
  return button;
}

/**
 * Runs `change` without moving what the reader looks at: the first block that starts in the
 * window stays where it was. Chromium's and Firefox's own scroll anchoring may hold on to the
 * step above it, which grows too; Safari has none.
 */
function keepingTheView(change: () => void) {
  const anchor = [...document.querySelectorAll('main :is(h1, h2, h3, p, li, summary, figure, label)')].find((block) => {
    // Not in a closed <details> or hidden: those report boxes that are not on the screen.
    if (block.checkVisibility?.() === false) return false;
    const { top, height } = block.getBoundingClientRect();
    return top >= 0 && height > 0;
  });
  const before = anchor?.getBoundingClientRect().top ?? 0;
  change();
  const moved = (anchor?.getBoundingClientRect().top ?? 0) - before;
  if (anchor && moved) scrollBy(0, moved);
}

/**
 * Whether any of `next` is in the window. Not just the point where the button goes: the button
 * above a list of steps that is on screen pushes the whole list, and Chromium counts that as
 * the page moving, even when the view is kept.
 */
const inSight = (next: Element) => {
  const { top, bottom } = next.getBoundingClientRect();
  return bottom > 0 && top < innerHeight;
};

/**
 * Buttons whose place is in sight, on a line without room: they would push down what the reader
 * is looking at. They wait until the reader starts to scroll (by touch, wheel or keys), when the
 * page moves anyway. Not on `scroll`: the browser scrolls by itself too (to a link's step, or to
 * keep the view when the buttons above it come). Not on a tap: what is under the finger would move.
 */
const waiting: (() => void)[] = [];
const READER_SCROLLS = ['touchmove', 'wheel', 'keydown'];
function putWaiting() {
  for (const type of READER_SCROLLS) removeEventListener(type, putWaiting);
  keepingTheView(() => waiting.splice(0).forEach((put) => put()));
}

interface Place {
  next: Element;
  where: 'before' | 'after';
  button: HTMLElement;
}

const put = ({ next, where, button }: Place) => next[where](button);

/** In sight: put at once only where the line has room for it (beside the "Gedaan" box, on most screens). */
function putIfRoom(place: Place) {
  const around = place.next.parentElement!;
  const height = around.getBoundingClientRect().height;
  put(place);
  if (around.getBoundingClientRect().height === height) return;
  place.button.remove(); // Before the browser has drawn it.
  if (waiting.push(() => put(place)) === 1)
    for (const type of READER_SCROLLS) addEventListener(type, putWaiting, { passive: true });
}

/**
 * Puts the buttons without moving what the reader sees: those out of sight at once, in one go
 * with the view kept; those in sight where the line has room, else once the reader scrolls. So a
 * shared link to step 5 or to an answer opens and stays still. What is in sight is judged
 * before anything moves.
 */
function placeAll(places: Place[]) {
  const seen = places.filter((place) => inSight(place.next));
  keepingTheView(() => places.filter((place) => !seen.includes(place)).forEach(put));
  seen.forEach(putIfRoom);
}

/** Where the buttons go: above the steps, after each step's "Gedaan" box, before each answer's copy link. */
function addButtons(synth: SpeechSynthesis) {
  const at = (selector: string, where: Place['where'], all = false) =>
    [...document.querySelectorAll(selector)].map((next) => ({ next, where, button: readAloudButton(synth, all) }));
  placeAll([
    ...at(STEP_LIST_ELEMENT, 'before', true),
    ...at(`${STEP_SELECTOR} .${STEP_CHECKBOX_CLASS}`, 'after'),
    ...at(`.${ANSWER_CLASS} > copy-link`, 'before'),
  ]);
}

export function addReadAloudButtons(synth = window.speechSynthesis as SpeechSynthesis | undefined) {
  if (!synth) return;
  const check = () => {
    if (document.querySelector(`[${READ_ALOUD}]`) || !synth.getVoices().some(isDutchVoice)) return;
    synth.removeEventListener('voiceschanged', check);
    addButtons(synth);
  };
  synth.addEventListener('voiceschanged', check);
  check();
}
