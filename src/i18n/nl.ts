// All Dutch UI text that is not content, in one place, so spelling and readability
// gates can read it. Content (guides, questions, pages) lives in `content/`.
// Each group belongs to one part of the site; keep groups apart so edits merge cleanly.

export const ui = {
  site: {
    name: 'Stop Meta AI',
    tagline: 'Zo zeg je nee tegen AI-training met je berichten',
  },

  dates: {},

  stepContext: {},

  report: {},

  guide: {},

  checklist: {},

  plan: {},

  search: {},

  searchHelp: {
    /** No results for what was typed; the corrected words found something. */
    corrected: 'Geen resultaten voor ‘{typed}’. We zochten op ‘{searched}’.',
    /** What was typed found little; the corrected words found more. */
    correctedWeak: 'We zochten op ‘{searched}’ in plaats van ‘{typed}’.',
    /** Nothing found, not even after correction. */
    noResults: 'Geen resultaten voor ‘{typed}’. Probeer een ander woord, of kies hieronder.',
    popularHeading: 'Vaak gestelde vragen',
    menuHeading: 'Ziet je app er anders uit?',
    guidesHeading: 'Alle gidsen',
    allQuestions: 'Alle vragen en antwoorden',
  },

  share: {},

  illustration: {},

  helperSheet: {},

  notFound: {},

  footer: {},
} as const;

export type UiText = typeof ui;
