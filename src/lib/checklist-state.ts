// Checklist progress, kept in the reader's own browser. Nothing is ever sent anywhere.
//
// Stored shape: one localStorage entry per guide, so guides never share progress and a broken
// entry can only affect its own guide.
//
//   key:   "checklist:<guide slug>"              e.g. "checklist:facebook"
//   value: {"version":1,"done":["inloggen","privacycentrum"]}
//
// `done` lists the ids of the ticked steps (the step ids from the guide's frontmatter), in the
// order of the guide. The personal plan (/mijn-plan/) ticks the same guide + step entries, so a
// step ticked in the plan is ticked in its guide too, and the other way round.
//
// Lifecycle: the entry is written on every tick and removed when no step is ticked any more
// ("Begin opnieuw", or unticking the last one). It never expires; clearing site data removes it.
//
// Several tabs: a guide and the plan may be open side by side, each ticking the same entry. A
// tick is therefore written on top of what is stored at that moment (`changeProgress`), never
// from a tab's own copy, and the page follows the `storage` event to show the other tab's ticks.
//
// Reading is defensive, because the stored text may come from an older version of the site, from
// another tab in the middle of a write, or from someone editing it by hand:
// - invalid JSON, a wrong shape or an unknown version: start with nothing ticked;
// - a step id the guide no longer has (renamed or removed by an editor): dropped;
// - storage that throws (blocked cookies, private mode, full quota): the checklist keeps
//   working in memory, and the page can tell the reader that ticks will not be kept.
//
// Migration: version 1 is the first version. When the shape changes, raise STATE_VERSION,
// keep reading version 1 in `migrate` (convert it to the new shape) and add a unit test
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

/**
 * The ticked step ids in a stored value, limited to the guide's current step ids and in their
 * order. Never throws: anything unreadable means nothing is ticked.
 */
export function parseChecklistState(raw: string | null, knownIds: readonly string[]): string[] {
  if (raw === null) return [];
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return [];
  }
  const done = migrate(data);
  return knownIds.filter((id) => done.has(id));
}

/** The step ids in any stored version this code can read, or none. */
function migrate(data: unknown): Set<string> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return new Set();
  const { version, done } = data as { version?: unknown; done?: unknown };
  if (version !== STATE_VERSION || !Array.isArray(done)) return new Set();
  return new Set(done.filter((id): id is string => typeof id === 'string'));
}

/** The stored value for these ticked step ids. */
export function serializeChecklistState(done: readonly string[]): string {
  return JSON.stringify({ version: STATE_VERSION, done: [...new Set(done)] });
}

export interface LoadedProgress {
  done: string[];
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
    return { done: parseChecklistState(getStorage().getItem(storageKey(guide)), knownIds), stored: true };
  } catch {
    return { done: [], stored: false };
  }
}

/**
 * Saves one guide's ticked steps, or removes the entry when none are ticked. Never throws;
 * returns false when storage refused (blocked, private mode, quota), so the caller can say so.
 */
export function saveProgress(
  guide: string,
  done: readonly string[],
  getStorage: StorageGetter = browserStorage,
): boolean {
  try {
    const storage = getStorage();
    if (done.length === 0) storage.removeItem(storageKey(guide));
    else storage.setItem(storageKey(guide), serializeChecklistState(done));
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
 * another tab saved meanwhile are kept. Returns the guide's ticked ids afterwards, or null when
 * storage could not be read or written. Never throws.
 */
export function changeProgress(
  guide: string,
  knownIds: readonly string[],
  ids: readonly string[],
  on: boolean,
  getStorage: StorageGetter = browserStorage,
): string[] | null {
  const loaded = loadProgress(guide, knownIds, getStorage);
  const done = withTicks(loaded.done, ids, on, knownIds);
  return loaded.stored && saveProgress(guide, done, getStorage) ? done : null;
}

/**
 * Reads the step ids of each guide from an HTML attribute written at build time
 * (`{"facebook":["inloggen",...]}`). Anything else gives an empty map.
 */
export function parseGuideSteps(json: string | undefined): Map<string, string[]> {
  const guides = new Map<string, string[]>();
  try {
    const data: unknown = JSON.parse(json ?? '');
    if (typeof data !== 'object' || data === null) return guides;
    for (const [guide, ids] of Object.entries(data)) {
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
