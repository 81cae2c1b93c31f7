// Dutch UI text of the search page (search-page.ts), part of `ui` in nl.ts. A file of its own
// because a browser script imports it, and a script should carry only its own texts.
export const searchText = {
  title: 'Zoeken',
  description: 'Zoek in alle gidsen en in de vragen en antwoorden over Meta en AI-training.',
  intro: 'Zoek in alle gidsen en in de vragen en antwoorden.',
  formLabel: 'Zoeken',
  label: 'Zoek in de gidsen en vragen',
  button: 'Zoek',
  allQuestions: 'Alle vragen en antwoorden',
  noScript:
    "Zoeken werkt nu niet in deze browser. Die voert de kleine programma's van deze site niet uit. Kies hieronder zelf een gids, of lees de " +
    'vragen en antwoorden.',
  failed: 'Zoeken lukt nu niet. Misschien is je internet weg. Probeer het later opnieuw, of kies hieronder een gids.',
  /** The search in the page title: "formulier · Zoeken | Stop Meta AI". */
  pageTitle: (term: string, baseTitle: string) => (term ? `${term} · ${baseTitle}` : baseTitle),
  /** Every text Pagefind's Component UI shows or announces, in plain Dutch. Counts only, no query. */
  pagefind: {
    search_label: 'Zoek in de gidsen en vragen',
    placeholder: 'Bijvoorbeeld: formulier',
    input_hint: 'De resultaten verschijnen terwijl je typt.',
    clear_search: 'Wissen',
    results_label: 'Zoekresultaten',
    searching: 'Even zoeken…',
    /** The help with questions and guides shows below it (SearchPage.astro). No query: it is announced. */
    zero_results: 'Kies hieronder een vraag of gids.',
    one_result: '1 resultaat',
    many_results: '[COUNT] resultaten',
    error_search: 'Zoeken lukt nu niet.',
    loading: 'Meer resultaten laden…',
    load_more: 'Meer resultaten',
    keyboard_navigate: 'kiezen',
    keyboard_select: 'openen',
    keyboard_clear: 'wissen',
    keyboard_close: 'sluiten',
    keyboard_search: 'zoeken',
  },
} as const;

/** "‘a’", "‘a’ en ‘b’", "‘a’, ‘b’ en ‘c’". */
function quoteList(words: readonly string[]): string {
  const quoted = words.map((word) => `‘${word}’`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} en ${quoted.at(-1)}`;
}

/** What the search page says about typo correction and empty results, and the headings of its help. */
export const searchHelpText = {
  /** No results for what was typed; the corrected words found something. */
  corrected: (typed: string, searched: string) => `Geen resultaten voor ‘${typed}’. We zochten op ‘${searched}’.`,
  /** Words that are on no page of the site and were left out of the search. */
  dropped: (words: readonly string[]) =>
    `${quoteList(words)} ${words.length === 1 ? 'staat' : 'staan'} niet op deze site. We zochten op de andere woorden.`,
  /** No page has every word: the results have some of them. */
  partial: 'Geen pagina heeft al je woorden. Hieronder staan pagina’s met een deel ervan.',
  /** The site has nothing on what was asked. */
  nothing: (words: readonly string[]) => `Over ${quoteList(words)} staat niets op deze site.`,
  popularHeading: 'Vaak gestelde vragen',
  menuHeading: 'Ziet je app er anders uit?',
  guidesHeading: 'Alle gidsen',
  allQuestions: 'Alle vragen en antwoorden',
} as const;
