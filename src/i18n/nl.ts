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

  searchHelp: {},

  share: {
    stepOf: (number: number, total: number) => `Stap ${number} van ${total}`,
    stepPageTitle: (step: string, guide: string) => `${step} (${guide})`,
    fromGuide: (guide: string) => `Deze stap hoort bij de gids ‘${guide}’.`,
    goToStep: (number: number) => `Ga naar stap ${number} in de gids`,
    shareGuide: 'Deel deze gids',
    copied: 'Link gekopieerd',
    copyFailed: 'Kopiëren lukt niet. Kopieer de link hieronder zelf.',
    linkLabel: 'Link naar deze gids',
    helperSheetLink: 'Print of help iemand anders',
  },

  illustration: {},

  helperSheet: {},

  notFound: {},

  footer: {},
} as const;

export type UiText = typeof ui;
