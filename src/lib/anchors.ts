// Which step a URL's anchor (`location.hash`) points to. People type, shorten and shout anchors
// ("#PRIVACYCENTRUM", "#stap-3"), and chat apps mangle them ("#%"); none of that may throw or
// leave the reader at the top without reason. Pure: the page decides what to do with the answer.

/**
 * The anchor without `#`, percent-decoded. Malformed encoding (`#%`, `#%E0%A4%A`) is kept as
 * typed instead of throwing URIError. Surrounding spaces are dropped.
 */
export function decodeHash(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw).trim();
  } catch {
    return raw.trim();
  }
}

/** `stap-3`, `Stap-3`, `stap3` → 3; anything else → undefined. */
export function stepNumberIn(anchor: string): number | undefined {
  const match = /^stap-?(\d{1,3})$/i.exec(anchor);
  return match ? Number(match[1]) : undefined;
}

/** The id that equals `anchor` exactly, else regardless of letter case, else undefined. */
export function matchId(anchor: string, ids: readonly string[]): string | undefined {
  if (ids.includes(anchor)) return anchor;
  const lower = anchor.toLowerCase();
  return ids.find((id) => id.toLowerCase() === lower);
}

/**
 * The step id a guide should open for `hash`, given its step ids in order:
 * - the exact id (`#privacycentrum`), else the id regardless of case (`#PRIVACYCENTRUM`);
 * - `#stap-N` (the visible step number) → the Nth step;
 * - anything else, an empty hash or a number past the last step → null: show the guide from the top.
 * Never throws.
 */
export function resolveStepAnchor(hash: string, stepIds: readonly string[]): string | null {
  const anchor = decodeHash(hash);
  if (!anchor) return null;
  const id = matchId(anchor, stepIds);
  if (id) return id;
  const number = stepNumberIn(anchor);
  return number !== undefined && number >= 1 && number <= stepIds.length ? stepIds[number - 1]! : null;
}
