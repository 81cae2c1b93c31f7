// The parts of Pagefind's Component UI (window.PagefindComponents, loaded from
// dist/pagefind/) that the search page uses. Pagefind ships no types for it.

export interface SubResult {
  title: string;
  url: string;
  /** HTML: text with <mark> around the words found. */
  excerpt: string;
}

export interface ResultData {
  url: string;
  /** HTML: text with <mark> around the words found. */
  excerpt: string;
  meta: { title?: string };
  sub_results: SubResult[];
}

export interface Instance {
  searchTerm: string;
  on(event: 'search', callback: (term: string) => void, owner?: object): void;
  on(event: 'results', callback: () => void, owner?: object): void;
  on(event: 'error', callback: () => void, owner?: object): void;
  setTranslations(strings: Record<string, string>): void;
  triggerLoad(): Promise<void>;
  triggerSearch(term: string): void;
  getDisplaySubResults(result: ResultData, max: number): SubResult[];
}

export interface PagefindComponents {
  getInstanceManager(): { getInstance(name: string): Instance };
}

/** <pagefind-results>: a result template replaces Pagefind's own rendering. */
export type ResultsElement = HTMLElement & { resultTemplate: ((result: ResultData) => Element) | null };

declare global {
  interface Window {
    PagefindComponents?: PagefindComponents;
  }
  interface HTMLElementTagNameMap {
    'pagefind-results': ResultsElement;
  }
}
