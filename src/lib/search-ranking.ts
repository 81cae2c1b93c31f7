// How Pagefind ranks results on this site. The search page passes these options to Pagefind
// before it loads (Component UI: `instance.applyOptions(SEARCH_OPTIONS)`), and the relevance
// benchmark uses the same object, so the gate measures what readers get.

/** Pagefind's `ranking` parameters; see https://pagefind.app/docs/ranking/. */
export const SEARCH_RANKING = {} as const;

/** Options for `pagefind.options()` / `applyOptions()` that change which results come first. */
export const SEARCH_OPTIONS = { ranking: SEARCH_RANKING } as const;
