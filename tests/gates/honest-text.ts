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

/**
 * Sentences that said more than their sources (issue 16), and their like: 2025 findings told
 * as facts of today, a court order told as still in force, our own reasoning without "Onze
 * tip:", and the banner in the Privacycentrum called "melding" (that word is Meta's message).
 */
const OVERSTATED = [
  // The Amsterdam order was appealed; its outcome is unknown.
  /geldt tot het einde/giu,
  /\bverbod\s+(?:geldt|blijft|staat|is)\s+(?:nog|er nog|nog steeds)\b/giu,
  // 2025 findings told as facts of today.
  /\bbestaat wel(?: echt)?\b/giu,
  /\bvolgens meta kan (?:dat|dit|het) altijd\b/giu,
  /\bmeta heeft(?:\s+\p{L}+){0,3}\s+een aparte route\b/giu,
  // Meta started training on 27 May 2025; whether it trains today, no source says.
  /\bmeta traint\b/giu,
  /\btraint meta\b/giu,
  // The same for what it used: 2025 sources say what Meta used then (the preview card said it as today's fact).
  /\bmeta gebruikt (?:je |jouw )?openbare\b/giu,
  // The AP said "niet zomaar" (not simply), not "never".
  /\b(?:gaat|kan|komt) er(?: ook)? niet meer uit\b/giu,
  // 2024 objections count too: 2025 was not the first way to object.
  /deze keer met een manier om bezwaar/giu,
  // The Irish regulator spoke of Meta's notices, not of "de uitleg".
  /\bmeta de uitleg en het formulier\b/giu,
  // Not in the facts.
  /\bdan zien alleen je volgers\b/giu,
  // Our own advice, not labelled as such.
  /(?<!onze tip: )\bstuur geen geld\b/giu,
  /(?<!onze tip: )\bdan kun je later laten zien\b/giu,
  /(?<!onze tip: )\bdan zie je later voor welke accounts\b/giu,
  // The banner in the Privacycentrum, told as there today, or called "melding".
  /\bbovenaan staat een melding\b/giu,
  /\bde melding over ai\b/giu,
];

/** A sentence (up to . ! ? or a line end) that names the AP's view in the present without a year. */
const UNDATED_AP_VIEW = /[^.!?\n]*\bvolgens de ap\b[^.!?\n]*[.!?]?/giu;

/** The overstated or stale phrases in `text` (see OVERSTATED), or an empty list. */
export function overstatedClaims(text: string): string[] {
  const flat = text.replace(/[ \t]+/g, ' ');
  const found = OVERSTATED.flatMap((pattern) => [...flat.matchAll(pattern)].map((match) => match[0]));
  const undated = [...flat.matchAll(UNDATED_AP_VIEW)]
    .map((match) => match[0].trim())
    .filter((s) => !/\b20\d\d\b/.test(s));
  return [...found, ...undated];
}

/** Reader text names no technique: "JavaScript" is said in plain words ("kleine programma's"). */
export function techWords(text: string): string[] {
  return [...text.matchAll(/\bjavascript\b/giu)].map((match) => match[0]);
}
