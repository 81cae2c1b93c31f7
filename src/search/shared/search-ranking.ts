// How Pagefind ranks results on this site. The search page passes these options to Pagefind
// before it loads (Component UI: `instance.applyOptions(SEARCH_OPTIONS)`), and the relevance
// benchmark uses the same object, so the gate measures what readers get.

/**
 * Pagefind's `ranking` parameters (https://pagefind.app/docs/ranking/). `pageLength` 0.5
 * instead of 0.75: short pages such as "Gekoppelde accounts" no longer win over the two main
 * guides just for being short (tests/search/queries.yaml: hit@3 0.962 → 0.974).
 */
export const SEARCH_RANKING = { pageLength: 0.5 } as const;

/** Options for `pagefind.options()` / `applyOptions()` that change which results come first. */
export const SEARCH_OPTIONS = { ranking: SEARCH_RANKING } as const;
