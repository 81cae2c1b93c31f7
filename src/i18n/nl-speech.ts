// Dutch UI text of "Lees voor" (read-aloud-check.ts, which adds the buttons, and read-aloud.ts), part of `ui`
// in nl.ts. A file of its own because a browser script imports it, and a script should carry
// only its own texts.
export const speechText = {
  /** The button on each step and each answer. */
  read: 'Lees voor',
  /** The button above a guide's steps: reads them one after another. */
  readAll: 'Lees alle stappen voor',
  /** What a button says while its step (or the guide) is being read. */
  stop: 'Stop',
  /** Said before a step's title. */
  stepOf: (number: number, total: number) => `Stap ${number} van ${total}`,
} as const;
