// <search-page>, the script of SearchPage.astro: loads Pagefind's Component UI with Dutch
// texts and our ranking, understands the query (readers' words, filler words, typos, words
// not on the site: src/search/shared/understand.ts), renders results down to the step and the
// question (without editors' keywords), keeps the query in the address bar (?q=), says when
// the site has nothing on a topic, and says so in Dutch when search cannot load, is corrupt
// or does not answer in time.
import { searchText } from '../../i18n/nl-search';
import { isIndexFile, isWholeIndexFile } from './index-file-check';
import type { Instance, RawResult, SearchResponse } from './pagefind-components';
import { SEARCH_OPTIONS } from '../shared/search-ranking';
import type { ReaderSearch } from '../shared/understand';
import type { Vocabulary } from '../shared/weighting';
import {
  displayParts,
  resultView,
  searchOutcome,
  searchStatus,
  type SearchState,
  type TextPiece,
} from './search-results';

/** Sub-results (steps, questions) shown per page; the same as max-sub-results in the markup. */
const MAX_PARTS = 4;

/** How long a search may wait for the next search file before the page gives up. */
const SEARCH_FILE_TIMEOUT_MS = 8000;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]) {
  const el = document.createElement(tag);
  el.className = className;
  el.append(...children);
  return el;
}

function link(href: string, text: string, className: string): HTMLAnchorElement {
  const a = element('a', className, text);
  a.href = href;
  return a;
}

/** Excerpt pieces as text nodes and <mark>s: never parsed as HTML. */
function excerpt(pieces: readonly TextPiece[]): HTMLParagraphElement {
  const nodes = pieces.map((piece) =>
    piece.mark ? element('mark', '', piece.text) : document.createTextNode(piece.text),
  );
  return element('p', 'search-result-excerpt', ...nodes);
}

export class SearchPage extends HTMLElement {
  private instance: Instance | undefined;
  private state: SearchState = 'starting';
  private readonly baseTitle = document.title;
  /** The last search as understood, to say what was searched when its results show. */
  private understood: { term: string; outcome: ReaderSearch<RawResult> } | undefined;
  /** Picks the steps under each result; set before any result renders. */
  private vocabulary: Vocabulary = { words: [], positions: new Map(), df: new Map(), parts: 1 };
  /** Runs out when a search waits too long for a search file (see `waitForSearchFiles`). */
  private watchdog: ReturnType<typeof setTimeout> | undefined;

  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('[data-search-form]');
    const input = form?.querySelector('input');
    const { bundlePath } = this.dataset;
    if (!form || !input || !bundlePath) return;
    input.value = new URLSearchParams(location.search).get('q') ?? '';
    this.show('starting');
    this.watchBundleFetches(bundlePath);
    if (input.value.trim()) {
      // A search from the address: say so at once, long before Pagefind has loaded.
      this.say(searchText.pagefind.searching);
      this.waitForSearchFiles();
    }
    void this.upgrade(input);
  }

  /**
   * A search is waiting for search files: if none answers within SEARCH_FILE_TIMEOUT_MS, the
   * reader gets the failure message instead of "Even zoeken…" forever. Each file that answers
   * starts the wait again, so a slow line that still makes progress is not cut off.
   */
  private waitForSearchFiles() {
    clearTimeout(this.watchdog);
    this.watchdog = setTimeout(() => this.fail(), SEARCH_FILE_TIMEOUT_MS);
  }

  private stopWaiting() {
    clearTimeout(this.watchdog);
    this.watchdog = undefined;
  }

  private say(status: string) {
    const part = this.querySelector<HTMLElement>('[data-search-status]');
    if (part && part.textContent !== status) part.textContent = status;
  }

  /**
   * Pagefind logs a missing index part and then reports "no results", or leaves results as
   * empty boxes. A reader should hear that search is broken instead, so every fetch of a
   * search file that fails (offline, not found) shows the failure message.
   *
   * Why wrap window.fetch: Pagefind 1.6 fetches its index and fragments with the global
   * fetch() from inside pagefind.js. It takes no fetch function as an option and fires no
   * event for a failed file (its "error" event covers only a failed search call), so there is
   * no narrower place to listen. The wrapper is installed on this page only, passes every
   * request and response through unchanged, and only looks at files under the bundle path.
   */
  private watchBundleFetches(bundlePath: string) {
    const fetchFirst = window.fetch.bind(window);
    const isSearchFile = (input: RequestInfo | URL) => {
      const url = new URL(input instanceof Request ? input.url : String(input), location.href);
      return url.origin === location.origin && url.pathname.startsWith(bundlePath);
    };
    window.fetch = async (input, init) => {
      try {
        const response = await fetchFirst(input, init);
        if (!response.ok && isSearchFile(input)) this.fail();
        else if (this.watchdog !== undefined && isSearchFile(input)) this.waitForSearchFiles();
        // A corrupt index file: Pagefind would quietly find nothing (index-file-check.ts).
        if (response.ok && isSearchFile(input) && isIndexFile(new URL(response.url).pathname)) {
          void response
            .clone()
            .blob()
            .then(isWholeIndexFile)
            .then((whole) => whole || this.fail());
        }
        return response;
      } catch (error) {
        if (isSearchFile(input)) this.fail();
        throw error;
      }
    };
  }

  /** Loads the Component UI and swaps it in for the plain form (kept hidden), with text and focus. */
  private async upgrade(input: HTMLInputElement) {
    const { bundlePath, uiFile, metaCacheTag } = this.dataset;
    if (!bundlePath) return;
    // The page asked for the search files as its HTML came (src/search/build/preloads.ts).
    // Query understanding is a file of its own, loaded alongside them: this script is part of
    // the page's first view, which must fit in one round trip.
    let understanding: typeof import('./reader-engine');
    try {
      [understanding] = await Promise.all([
        import('./reader-engine'),
        import(/* @vite-ignore */ `${bundlePath}${uiFile}`),
      ]);
    } catch {
      this.fail();
      return;
    }
    const { readerEngine, dutchWordsLoader, vocabularyLoader } = understanding;
    if (this.state === 'failed') return;
    const components = window.PagefindComponents;
    const ui = this.querySelector<HTMLElement>('[data-search-ui]');
    const results = this.querySelector('pagefind-results');
    if (!components || !ui || !results) {
      this.fail();
      return;
    }
    const instance = components.getInstanceManager().getInstance('default');
    this.instance = instance;
    // The tag names the index build, so the entry file's URL is the one the page preloaded.
    instance.applyOptions(metaCacheTag ? { ...SEARCH_OPTIONS, metaCacheTag } : SEARCH_OPTIONS);
    // Query understanding and a check of each result, inside Pagefind's searches (reader-engine.ts).
    readerEngine(instance, {
      loadVocabulary: vocabularyLoader(bundlePath),
      loadDutchWords: dutchWordsLoader(bundlePath),
      onSearched: (term, outcome, vocabulary) => {
        this.understood = { term, outcome };
        this.vocabulary = vocabulary;
      },
      onBroken: () => this.fail(),
      fragmentTimeoutMs: SEARCH_FILE_TIMEOUT_MS,
    });
    instance.setTranslations(searchText.pagefind);
    results.resultTemplate = (result) =>
      this.renderResult(resultView(result, displayParts(result, MAX_PARTS, this.vocabulary)));
    instance.on('error', () => this.fail(), this);
    instance.on('search', (term) => this.remember(term), this);
    instance.on(
      'loading',
      () => {
        // Pagefind's summary says "Even zoeken…" from here on; an old correction no longer applies.
        this.say('');
        this.waitForSearchFiles();
      },
      this,
    );
    instance.on('results', (response) => this.showOutcome(instance.searchTerm, response), this);

    const term = input.value.trim();
    const hadFocus = document.activeElement === input;
    this.show('ready');
    const pagefindInput = ui.querySelector('pagefind-input input');
    if (pagefindInput instanceof HTMLInputElement) {
      pagefindInput.value = term;
      if (hadFocus) {
        // The reader was typing: carry on as if they typed here (this also shows "Wissen").
        pagefindInput.focus();
        if (term) pagefindInput.dispatchEvent(new Event('input', { bubbles: true }));
      }
    }
    // Searching loads pagefind.js, the WebAssembly and the index entry first.
    if (term && !hadFocus) instance.triggerSearch(term);
    try {
      // Throws when those files are missing.
      await instance.triggerLoad();
    } catch {
      this.fail();
    }
  }

  /** Under the box: what was searched instead, or that the site has nothing on this, with help. */
  private showOutcome(term: string, response: SearchResponse) {
    if (this.state === 'failed') return;
    // The results are in, but their texts may still hang: the watchdog keeps running until
    // they answer (reader-engine.ts gives each the same time).
    this.stopWaiting();
    const understood = this.understood?.term === term ? this.understood.outcome : undefined;
    const outcome = searchOutcome(term, response.results.length, understood);
    this.say(outcome.status);
    const help = this.querySelector<HTMLElement>('[data-search-help]');
    if (help) help.hidden = !outcome.help;
  }

  /** One result: the page as a heading link, then the steps or questions that match. */
  private renderResult(view: ReturnType<typeof resultView>): Element {
    const item = element('li', 'search-result');
    item.append(element('h2', 'search-result-title', link(view.url, view.title, 'search-result-link')));
    if (view.parts.length === 0) {
      item.append(excerpt(view.excerpt));
      return item;
    }
    const list = element('ul', 'search-result-parts');
    for (const part of view.parts) {
      list.append(
        element(
          'li',
          'search-result-part',
          link(part.url, part.title, 'search-result-part-link'),
          excerpt(part.excerpt),
        ),
      );
    }
    item.append(list);
    return item;
  }

  /** Keeps the search in the address bar and the title, so it can be shared and found back. */
  private remember(term: string) {
    if (this.state === 'failed') return;
    const url = new URL(location.href);
    const trimmed = term.trim();
    if (trimmed) url.searchParams.set('q', trimmed);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
    document.title = searchText.pageTitle(trimmed, this.baseTitle);
  }

  /** Shows the parts of the page that belong to a state (see searchStatus). */
  private show(state: SearchState) {
    this.state = state;
    const view = searchStatus(state, searchText);
    const toggle = (name: string, visible: boolean) => {
      const part = this.querySelector<HTMLElement>(`[data-search-${name}]`);
      if (part) part.hidden = !visible;
    };
    toggle('form', view.form);
    toggle('ui', view.ui);
    toggle('fallback', view.fallback);
    const alert = this.querySelector<HTMLElement>('[data-search-alert]');
    if (alert && alert.textContent !== view.alert) alert.textContent = view.alert;
  }

  /**
   * The index or the code could not load, or did not answer in time: say so in Dutch, offer
   * the guides, and put what was typed back in the plain form so the reader can try again.
   */
  private fail() {
    this.stopWaiting();
    if (this.state === 'failed') return;
    const typed = this.querySelector<HTMLInputElement>('pagefind-input input')?.value;
    const input = this.querySelector<HTMLInputElement>('[data-search-form] input');
    if (input && typed !== undefined && this.state === 'ready') input.value = typed;
    this.say('');
    const help = this.querySelector<HTMLElement>('[data-search-help]');
    if (help) help.hidden = true;
    this.show('failed');
    // A search still under way would announce "no results", blaming the words typed.
    this.instance?.setTranslations({ zero_results: '', one_result: '', many_results: '' });
  }
}

customElements.define('search-page', SearchPage);

declare global {
  interface HTMLElementTagNameMap {
    'search-page': SearchPage;
  }
}
