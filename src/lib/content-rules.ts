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
