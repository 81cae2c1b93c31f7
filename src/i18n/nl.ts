// All Dutch UI text that is not content, in one place, so spelling and readability
// gates can read it. Content (guides, questions, pages) lives in `content/`.
// Each group belongs to one part of the site; keep groups apart so edits merge cleanly.

export const ui = {
  site: {
    name: 'Stop Meta AI',
    tagline: 'Zo zeg je nee tegen AI-training met je berichten',
  },

  dates: {
    /** Followed by the date: "Bijgewerkt op 29 november 2026". */
    updatedOn: 'Bijgewerkt op',
    /** `period` as sourcePeriod() writes it: "april en mei 2025". */
    guideRouteFrom: (period: string, sourceCount: number) =>
      sourceCount === 1 ? `De stappen komen uit een bron van ${period}.` : `De stappen komen uit bronnen van ${period}.`,
    stepRouteFrom: (period: string, sourceCount: number) =>
      sourceCount === 1 ? `Deze stap komt uit een bron van ${period}.` : `Deze stap komt uit bronnen van ${period}.`,
    cannotOpenApps: 'We kunnen de apps van Meta niet zelf openen.',
    /** Followed by a link to the guide for menus that look different. */
    screenLooksDifferent: 'Ziet je scherm er anders uit? Lees dan',
  },

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
