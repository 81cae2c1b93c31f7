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

/** A step as an anchor can name it. */
export interface AnchoredStep {
  /** The element id on this page: the step id in a guide, "<guide>-<step id>" on the plan. */
  anchor: string;
  /** The step's id in its guide, or an old id merged into it (`oldIds`). */
  id: string;
  /** The number the page shows for it. */
  number: number;
}

/**
 * The anchor a page with steps should open for `hash`, or null (show the page from the top):
 * - a step's own anchor, else one of its ids (`#privacycentrum` on the plan), exactly or
 *   regardless of letter case; the first step that has it wins;
 * - `#stap-N` → the first step numbered N.
 * Never throws.
 */
export function stepAnchorTarget(hash: string, steps: readonly AnchoredStep[]): string | null {
  const anchor = decodeHash(hash);
  if (!anchor) return null;
  const own = matchId(
    anchor,
    steps.map((step) => step.anchor),
  );
  if (own) return own;
  const id = matchId(
    anchor,
    steps.map((step) => step.id),
  );
  const number = stepNumberIn(anchor);
  return steps.find((step) => (id ? step.id === id : step.number === number))?.anchor ?? null;
}
