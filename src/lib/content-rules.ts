// Rules for editor-chosen content, shared by the content schemas and their tests.

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Ids end up in shared links (`#privacycentrum`): lower case, digits and single hyphens. */
export function isKebabCase(id: string): boolean {
  return KEBAB_CASE.test(id);
}

/** True when `date` falls on or before today (UTC), so an "updated" date never lies ahead. */
export function isNotInFuture(date: Date, now: Date = new Date()): boolean {
  const endOfToday = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  return date.getTime() < endOfToday;
}

/** A search keyword: lower-case words (letters, digits, hyphens, apostrophes), single spaces. */
const KEYWORD = /^[\p{Ll}\p{N}'’-]+(?: [\p{Ll}\p{N}'’-]+){0,3}$/u;

/**
 * What is wrong with an editor's search keywords, in Dutch, or undefined when nothing is:
 * each a lower-case word or short phrase (at most four words), none twice.
 */
export function keywordProblem(keywords: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const keyword of keywords) {
    if (!KEYWORD.test(keyword)) {
      return `Zoekwoord "${keyword}": gebruik kleine letters en hooguit vier woorden met één spatie ertussen.`;
    }
    if (seen.has(keyword)) return `Zoekwoord "${keyword}" staat twee keer in de lijst.`;
    seen.add(keyword);
  }
  return undefined;
}
