// Phrases a built page must never show. Nobody on the team can open Meta's apps, so no page
// may claim that someone checked them ("laatst gecontroleerd", "gecontroleerd op 28-11-2026").
// Saying that the AP checked the forms in May 2025 stays fine: that happened.

const MONTH = '(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)';
const DATE = `(?:\\d{1,2}[-/.\\s]+(?:\\d{1,2}|${MONTH})[-/.\\s]+\\d{2,4}|\\d{4}-\\d{1,2}-\\d{1,2}|${MONTH}\\s+\\d{4}|\\d{1,2}\\s+${MONTH}|vandaag|gisteren|<datum>)`;
const CHECKED = '(?:gecontroleerd|gecheckt|nagekeken|getest)';

const CLAIMS = [
  // "Laatst gecontroleerd", "voor het laatst gecontroleerd", "het laatst hebben gecontroleerd".
  new RegExp(`\\blaatst\\b(?:\\s+\\p{L}+){0,3}?\\s+${CHECKED}\\b`, 'giu'),
  // "Gecontroleerd op 28 november 2026", "gecontroleerd: 2026-11-28", "nagekeken op vandaag".
  new RegExp(`\\b${CHECKED}\\s*(?:op|:)?\\s*${DATE}`, 'giu'),
];

/** The phrases in `text` that claim a check of the apps, or an empty list. */
export function checkClaims(text: string): string[] {
  const flat = text.replace(/\s+/g, ' ');
  return CLAIMS.flatMap((pattern) => [...flat.matchAll(pattern)].map((match) => match[0]));
}

/** Straight double quotes in reader-facing text: Dutch text uses ‘…’. */
/** Dutch quotes with a space just inside them (‘ woord ’): a line break that slipped into markup. */
export function loosePunctuationQuotes(text: string): string[] {
  return [...text.matchAll(/.{0,20}(?:‘\s|\s’).{0,20}/g)].map((match) => match[0].trim());
}

export function straightQuotes(text: string): string[] {
  return [...text.matchAll(/[^"\n]{0,30}"[^"\n]{0,30}/g)].map((match) => match[0].trim());
}
