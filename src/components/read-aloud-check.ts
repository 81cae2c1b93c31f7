// The only speech code a page view runs, inlined in the page: is there a Dutch voice on this
// device? Then it shows the "Lees voor" buttons. Browsers may list their voices later
// (voiceschanged), so it checks again then. The speech script loads on the first tap.
import speechScript from 'virtual:read-aloud-script';
import { isDutchVoice } from '../lib/dutch-voice';
import { READ_ALOUD } from '../lib/markup-contract';

const synth = window.speechSynthesis as SpeechSynthesis | undefined;
let unlocked = false;

function check() {
  const show = synth!.getVoices().some(isDutchVoice);
  for (const button of document.querySelectorAll<HTMLButtonElement>(`[${READ_ALOUD}]`)) {
    button.hidden = !show;
    // Set here, not in the page's CSS: only a page that shows the buttons needs it.
    button.style.margin = '.75rem .75rem 0 0';
    button.onclick = () => {
      // iOS lets a page speak only after it spoke once during a tap, and the first words come
      // after the import below: so say nothing, now. A space, not '': Chromium with
      // speech-dispatcher fails an empty utterance and then speaks nothing more.
      if (!unlocked) synth!.speak(new SpeechSynthesisUtterance(' '));
      unlocked = true;
      void (import(/* @vite-ignore */ speechScript) as Promise<typeof import('./read-aloud')>).then(({ toggle }) =>
        toggle(button, synth!.getVoices().filter(isDutchVoice)),
      );
    };
  }
}

if (synth) {
  synth.addEventListener('voiceschanged', check);
  check();
}
