// <search-page>, the script of SearchPage.astro: loads Pagefind's Component UI with Dutch
// texts, renders results down to the step and the question, keeps the query in the address
// bar (?q=), and says so in Dutch when search cannot load.
import { searchText } from '../i18n/nl-search';
import type { Instance } from '../lib/pagefind-components';
import { resultView, searchStatus, type SearchState, type TextPiece } from '../lib/search-results';

/** Sub-results (steps, questions) shown per page; the same as max-sub-results in the markup. */
const MAX_PARTS = 4;

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
  const nodes = pieces.map((piece) => (piece.mark ? element('mark', '', piece.text) : document.createTextNode(piece.text)));
  return element('p', 'search-result-excerpt', ...nodes);
}

export class SearchPage extends HTMLElement {
  private instance: Instance | undefined;
  private state: SearchState = 'starting';
  private readonly baseTitle = document.title;

  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('[data-search-form]');
    const input = form?.querySelector('input');
    const { bundlePath } = this.dataset;
    if (!form || !input || !bundlePath) return;
    input.value = new URLSearchParams(location.search).get('q') ?? '';
    this.show('starting');
    this.watchBundleFetches(bundlePath);
    void this.upgrade(form, input);
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
        return response;
      } catch (error) {
        if (isSearchFile(input)) this.fail();
        throw error;
      }
    };
  }

  /** Loads the Component UI and swaps it in for the plain form, keeping text and focus. */
  private async upgrade(form: HTMLFormElement, input: HTMLInputElement) {
    const { bundlePath, uiFile } = this.dataset;
    try {
      await import(/* @vite-ignore */ `${bundlePath}${uiFile}`);
    } catch {
      this.fail();
      return;
    }
    const components = window.PagefindComponents;
    const ui = this.querySelector<HTMLElement>('[data-search-ui]');
    const results = this.querySelector('pagefind-results');
    if (!components || !ui || !results) {
      this.fail();
      return;
    }
    const instance = components.getInstanceManager().getInstance('default');
    this.instance = instance;
    instance.setTranslations(searchText.pagefind);
    results.resultTemplate = (result) => this.renderResult(resultView(result, instance.getDisplaySubResults(result, MAX_PARTS)));
    instance.on('error', () => this.fail(), this);
    instance.on('search', (term) => this.remember(term), this);

    const term = input.value.trim();
    const hadFocus = document.activeElement === input;
    form.remove();
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
    try {
      // Loads pagefind.js, the WebAssembly and the index entry; throws when they are missing.
      await instance.triggerLoad();
    } catch {
      this.fail();
      return;
    }
    if (term && !hadFocus) instance.triggerSearch(term);
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
        element('li', 'search-result-part', link(part.url, part.title, 'search-result-part-link'), excerpt(part.excerpt)),
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

  /** The index or the code could not load: say so in Dutch and offer the guides instead. */
  private fail() {
    if (this.state === 'failed') return;
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
