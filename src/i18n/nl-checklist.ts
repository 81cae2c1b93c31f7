// Dutch UI text the checklist's script (checklist-progress.ts) writes, part of `ui.checklist` in
// nl.ts. A file of its own because a browser script imports it, and a script should carry only its
// own texts: what the page renders at build time lives in nl.ts.
export const checklistText = {
  count: (done: number, total: number) =>
    done === total ? `Alle ${total} stappen gedaan. Klaar!` : `${done} van ${total} stappen gedaan`,
  /** "Ga verder met stap 2: Open Instellingen", or in the plan "… stap 2 voor Instagram: …". */
  next: (number: string, title: string, group?: string | null) =>
    `Ga verder met stap ${number}${group ? ` voor ${group}` : ''}: ${title}`,
  resetQuestion: 'Wil je alle vinkjes bij deze stappen weghalen?',
} as const;
