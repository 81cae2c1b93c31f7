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

  share: {},

  illustration: {
    /** Under every step illustration: the drawing is a sketch, not the real app. */
    caption: 'Zo ongeveer ziet het eruit. Jouw scherm kan er anders uitzien.',
  },

  helperSheet: {},

  notFound: {},

  footer: {},
} as const;

export type UiText = typeof ui;
