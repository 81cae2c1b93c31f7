// Checklist progress, kept in the reader's own browser. Nothing is ever sent anywhere.
//
// Stored shape: one localStorage entry per guide, so guides never share progress and a broken
// entry can only affect its own guide.
//
//   key:   "checklist:<guide slug>"              e.g. "checklist:facebook"
//   value: {"version":1,"done":["inloggen","privacycentrum"],"at":{"inloggen":1796000000000}}
//
// `done` lists the ids of the ticked steps (the step ids from the guide's frontmatter), in the
// order of the guide. `at` says when each step was last ticked or unticked (ms since 1970); an
// entry written before `at` existed has none, which counts as "long ago". The personal plan (/mijn-plan/) ticks the same guide + step entries, so a
// step ticked in the plan is ticked in its guide too, and the other way round.
//
// Lifecycle: the entry is written on every tick and removed when no step is ticked any more
// ("Begin opnieuw", or unticking the last one). It never expires; clearing site data removes it.
//
// Several tabs: a guide and the plan may be open side by side, each ticking the same entry. A
// tick is therefore written on top of what is stored at that moment (`changeProgress`), never
// from a tab's own copy, and the page follows the `storage` event to show the other tab's ticks.
// Two ticks in two tabs within a few milliseconds still meet: each tab's copy of localStorage
// learns of the other's write only a moment later, so the second write can carry the first one's
// old state. So a tab that sees another tab's write merges it with what it knows itself, step by
// step, the later change winning (`mergeProgress`), and writes the result back when it differs.
// Removing the entry ("Begin opnieuw", clearing site data) clears every open tab.
//
// Reading is defensive, because the stored text may come from an older version of the site, from
// another tab in the middle of a write, or from someone editing it by hand:
// - invalid JSON, a wrong shape or an unknown version: start with nothing ticked;
// - a step id the guide no longer has (renamed or removed by an editor): dropped;
// - storage that throws (blocked cookies, private mode, full quota): the checklist keeps
//   working in memory, and the page can tell the reader that ticks will not be kept.
//
// Migration: version 1 is the first version. When the shape changes, raise STATE_VERSION,
// keep reading version 1 in `readProgress` (convert it to the new shape) and add a unit test
// with a stored version 1 value. A version newer than this code knows is ignored, not guessed at.

export const STATE_VERSION = 1;

const KEY_PREFIX = 'checklist:';

/** The localStorage key of one guide's progress. */
export function storageKey(guide: string): string {
  return KEY_PREFIX + guide;
}

/** The parts of the Web Storage API this module uses. */
export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Returns the storage to use. Even reading `window.localStorage` can throw (blocked cookies). */
export type StorageGetter = () => ProgressStorage;

const browserStorage: StorageGetter = () => window.localStorage;

/** When each step was last ticked or unticked, in ms since 1970, by step id. */
export type ChangeTimes = Record<string, number>;

/**
 * The ticked step ids and change times in a stored value, limited to the guide's current step
 * ids and in their order. Never throws: anything unreadable means nothing is ticked. Only numbers
 * count as times, so an inherited name ("constructor") has none.
 */
export function readProgress(raw: string | null, knownIds: readonly string[]): Progress {
  type Stored = { version?: unknown; done?: unknown; at?: Record<string, unknown> } | null;
  let data: Stored = null;
  try {
    data = JSON.parse(raw!) as Stored; // null reads as null
  } catch {
    // Not JSON: nothing ticked.
  }
  const ok = data?.version === STATE_VERSION && Array.isArray(data.done);
  const at: ChangeTimes = {};
  const done = knownIds.filter((id) => {
    const time = data?.at?.[id];
    if (typeof time === 'number') at[id] = time;
    return ok && (data!.done as unknown[]).includes(id);
  });
  return { done, at };
}

/** The ticked step ids in a stored value (see readProgress). */
export function parseChecklistState(raw: string | null, knownIds: readonly string[]): string[] {
  return readProgress(raw, knownIds).done;
}

/** The stored value for these ticked step ids and change times. */
export function serializeChecklistState(done: readonly string[], at: ChangeTimes = {}): string {
  return JSON.stringify({ version: STATE_VERSION, done, at });
}

export interface Progress {
  done: string[];
  at: ChangeTimes;
}

export interface LoadedProgress extends Progress {
  /** False when storage could not be read: ticks will live in memory only. */
  stored: boolean;
}

/** Reads one guide's ticked steps. Never throws. */
export function loadProgress(
  guide: string,
  knownIds: readonly string[],
  getStorage: StorageGetter = browserStorage,
): LoadedProgress {
  try {
    return { ...readProgress(getStorage().getItem(storageKey(guide)), knownIds), stored: true };
  } catch {
    return { done: [], at: {}, stored: false };
  }
}

/**
 * Two views of one guide's ticks merged step by step: for each step, the side that changed it
 * last wins; on a tie, or when neither has a time, `theirs` (what is stored).
 */
export function mergeProgress(mine: Progress, theirs: Progress, knownIds: readonly string[]): Progress {
  const at: ChangeTimes = {};
  const done = knownIds.filter((id) => {
    // A missing time never wins (undefined > n is false).
    const later = mine.at[id]! > (theirs.at[id] ?? 0) ? mine : theirs;
    // No time stays no time: JSON leaves out an undefined value.
    at[id] = later.at[id]!;
    return later.done.includes(id);
  });
  return { done, at };
}

/**
 * Saves one guide's ticked steps, or removes the entry when none are ticked. Never throws;
 * returns false when storage refused (blocked, private mode, quota), so the caller can say so.
 */
export function saveProgress(
  guide: string,
  done: readonly string[],
  getStorage: StorageGetter = browserStorage,
  at: ChangeTimes = {},
): boolean {
  try {
    const storage = getStorage();
    if (done.length === 0) storage.removeItem(storageKey(guide));
    else storage.setItem(storageKey(guide), serializeChecklistState(done, at));
    return true;
  } catch {
    return false;
  }
}

/** `done` with `ids` ticked (`on`) or unticked, limited to the guide's step ids and in their order. */
export function withTicks(
  done: Iterable<string>,
  ids: readonly string[],
  on: boolean,
  knownIds: readonly string[],
): string[] {
  const ticked = new Set(done);
  for (const id of ids) {
    if (on) ticked.add(id);
    else ticked.delete(id);
  }
  return knownIds.filter((id) => ticked.has(id));
}

/**
 * Ticks (`on`) or unticks step ids of one guide on top of what is stored right now, so that ticks
 * another tab saved meanwhile are kept, and notes when. Returns the guide's progress afterwards,
 * or null when storage could not be read or written. Never throws.
 */
export function changeProgress(
  guide: string,
  knownIds: readonly string[],
  ids: readonly string[],
  on: boolean,
  getStorage: StorageGetter = browserStorage,
  now = Date.now(),
): Progress | null {
  const loaded = loadProgress(guide, knownIds, getStorage);
  const done = withTicks(loaded.done, ids, on, knownIds);
  const at = loaded.at;
  for (const id of ids) at[id] = now;
  return loaded.stored && saveProgress(guide, done, getStorage, at) ? { done, at } : null;
}

/**
 * Reads the step ids of each guide from an HTML attribute written at build time
 * (`{"facebook":["inloggen",...]}`). Anything else gives an empty map.
 */
export function parseGuideSteps(json: string | null | undefined): Map<string, string[]> {
  const guides = new Map<string, string[]>();
  try {
    // Object.entries throws on null (caught) and gives no arrays for a number or a string.
    for (const [guide, ids] of Object.entries(JSON.parse(json ?? '') as object)) {
      if (Array.isArray(ids))
        guides.set(
          guide,
          ids.filter((id): id is string => typeof id === 'string'),
        );
    }
  } catch {
    // Not JSON: no known steps, so nothing stored is trusted.
  }
  return guides;
}
