// Dutch UI text of the checklist (checklist-progress.ts), part of `ui` in nl.ts. A file of its own
// because a browser script imports it, and a script should carry only its own texts.
export const checklistText = {
  count: (done: number, total: number) =>
    done === total ? `Alle ${total} stappen gedaan. Klaar!` : `${done} van ${total} stappen gedaan`,
  /** "Ga verder met stap 2: Open Instellingen", or in the plan "… stap 2 voor Instagram: …". */
  next: (number: string, title: string, group?: string) =>
    `Ga verder met stap ${number}${group ? ` voor ${group}` : ''}: ${title}`,
  unsaved: 'Let op: deze browser bewaart je vinkjes niet. Ze zijn weg als je de pagina sluit.',
  local: 'Je vinkjes blijven op dit apparaat. We sturen niets door.',
  reset: 'Begin opnieuw',
  resetQuestion: 'Wil je alle vinkjes bij deze stappen weghalen?',
  doneHeading: 'Klaar!',
  doneText:
    'Je hebt alle stappen gedaan. Heb je bezwaar gemaakt? Bewaar dan de e-mail van Meta. Daarin staat dat je bezwaar binnen is.',
  /** "Lees daarna de gids <a>Na je bezwaar</a>." */
  afterGuide: { before: 'Lees daarna de gids', link: 'Na je bezwaar', after: '.' },
} as const;
