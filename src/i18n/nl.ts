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
    stepPageTitle: (guide: string, number: number, step: string) => `Stap ${number} · ${guide}: ${step}`,
    fromGuide: (guide: string) => `Deze stap hoort bij de gids ‘${guide}’.`,
    goToStep: (number: number) => `Ga naar stap ${number} in de gids`,
    shareGuide: 'Deel deze gids',
    copied: 'Link gekopieerd',
    copyFailed: 'Kopiëren lukt niet. Kopieer de link hieronder zelf.',
    linkLabel: 'Link naar deze gids',
    helperSheetLink: 'Print of help iemand anders',
  },

  illustration: {},

  helperSheet: {
    kicker: 'Hulpkaart',
    intro: 'Doe de stappen één voor één. Zet een kruisje in het hokje als een stap klaar is.',
    forHelpers: 'Help je iemand anders? Print deze kaart en geef hem mee. Of doe de stappen samen.',
    planTitle: 'Bezwaar maken op Facebook en Instagram',
    planIntro:
      'Gebruik je Facebook en Instagram? Kijk dan eerst of ze samen in één Accountcentrum staan. Zo ja, dan is één bezwaar genoeg voor allebei.',
    checkLinked: 'Eerst: kijk of je accounts gekoppeld zijn',
    objection: (app: string) => `Bezwaar maken via ${app}`,
    objectionIfNotLinked: (app: string) => `Niet gekoppeld? Maak ook bezwaar via ${app}`,
    qrGuide: 'Scan de code met de camera van je telefoon. Dan opent de gids.',
    qrPlan: 'Scan de code met de camera van je telefoon. Dan opent je plan.',
    qrLabel: (url: string) => `QR-code met de link ${url}`,
    orType: 'Of typ:',
    notes: 'Notities',
    updated: 'Bijgewerkt op',
    back: 'Terug naar de gids',
    backToPlan: 'Terug naar je plan',
  },

  notFound: {},

  footer: {},
} as const;

export type UiText = typeof ui;
