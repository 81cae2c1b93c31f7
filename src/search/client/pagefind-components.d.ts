// The parts of Pagefind's Component UI (window.PagefindComponents, loaded from
// dist/pagefind/) that the search page uses. Pagefind ships no types for it.

export interface SubResult {
  title: string;
  url: string;
  /** HTML: text with <mark> around the words found. */
  excerpt: string;
  /** Each word found, with its weight: 6 in a heading, 1 in body text (absent in old tests). */
  weighted_locations?: { weight: number; location?: number }[];
}

export interface ResultData {
  url: string;
  /** The page's indexed text: its words, split at white space, are what locations count. */
  content?: string;
  /** HTML: text with <mark> around the words found. */
  excerpt: string;
  meta: { title?: string };
  sub_results: SubResult[];
}

/** One result of pagefind.js's search(): its text loads with data(). */
export interface RawResult {
  id: string;
  data(): Promise<ResultData>;
}

/** What pagefind.js's search() resolves to (null when a newer search replaced it). */
export interface SearchResponse {
  results: RawResult[];
}

/** The search engine from pagefind.js (`createInstance()`), as the Component UI holds it. */
export interface Engine {
  search(term: string | null, options?: object): Promise<SearchResponse | null>;
}

export interface Instance {
  searchTerm: string;
  /**
   * Not public API: the engine, set once pagefind.js has loaded. The Component UI calls its
   * search() for every search; src/lib/corrected-engine.ts hooks in there.
   */
  __pagefind__: Engine | null;
  applyOptions(options: object): void;
  on(event: 'search', callback: (term: string) => void, owner?: object): void;
  on(event: 'loading', callback: () => void, owner?: object): void;
  on(event: 'results', callback: (response: SearchResponse) => void, owner?: object): void;
  on(event: 'error', callback: () => void, owner?: object): void;
  setTranslations(strings: Record<string, string>): void;
  triggerLoad(): Promise<void>;
  triggerSearch(term: string): void;
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
