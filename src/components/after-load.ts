// Runs once the page has loaded (AfterLoad.astro imports it at `load`), so nothing here is part
// of the first view.
import worker from 'virtual:service-worker';
import { addReadAloudButtons } from './read-aloud-check';

// The offline worker, 2 s later still, so that neither its file nor what it caches competes
// with what the reader is opening. update(): ask for the worker now, not at the browser's next
// check, so a new build's worker (and with it a new cache) takes over at once.
if (worker) {
  const path = worker;
  setTimeout(() => {
    navigator.serviceWorker
      ?.register(path)
      .then((registration) => registration.update())
      .catch(() => undefined);
  }, 2000);
}

// "Lees voor" reads the steps of a guide and the answers of the FAQ.
if (/^(guide|faq)$/.test(document.querySelector('main')?.dataset['pageKind'] ?? '')) addReadAloudButtons();
