import { describe, expect, it } from 'vitest';
import {
  STATE_VERSION,
  changeProgress,
  withTicks,
  loadProgress,
  mergeProgress,
  parseChecklistState,
  parseGuideSteps,
  readProgress,
  saveProgress,
  serializeChecklistState,
  storageKey,
  type ProgressStorage,
} from '../../src/lib/checklist-state';

const STEPS = ['inloggen', 'instellingen', 'privacycentrum', 'verzenden'];

/** An in-memory Storage, like localStorage. */
function memoryStorage(entries: Record<string, string> = {}) {
  const map = new Map(Object.entries(entries));
  const storage: ProgressStorage = {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, String(value)),
    removeItem: (key) => void map.delete(key),
  };
  return { map, getStorage: () => storage };
}

/** A storage whose every call throws, as in a browser with storage blocked. */
const throwingStorage = (error: Error) => () => ({
  getItem: () => {
    throw error;
  },
  setItem: () => {
    throw error;
  },
  removeItem: () => {
    throw error;
  },
});

describe('storageKey', () => {
  it('keeps each guide apart', () => {
    expect(storageKey('facebook')).toBe('checklist:facebook');
    expect(storageKey('instagram')).not.toBe(storageKey('facebook'));
  });
});

describe('parseChecklistState', () => {
  it('reads the ticked ids of the current version, in the order of the guide', () => {
    const raw = JSON.stringify({ version: 1, done: ['verzenden', 'inloggen'] });
    expect(parseChecklistState(raw, STEPS)).toEqual(['inloggen', 'verzenden']);
  });

  it('drops step ids the guide no longer has', () => {
    const raw = JSON.stringify({ version: 1, done: ['inloggen', 'oude-stap', 'privacycentrum'] });
    expect(parseChecklistState(raw, STEPS)).toEqual(['inloggen', 'privacycentrum']);
  });

  it('gives nothing when nothing is stored', () => {
    expect(parseChecklistState(null, STEPS)).toEqual([]);
  });

  it.each([
    ['corrupt JSON', '{"version":1,"done":["inloggen"'],
    ['an empty string', ''],
    ['plain text', 'inloggen'],
    ['JSON null', 'null'],
    ['a number', '42'],
    ['a bare array from an unversioned store', '["inloggen"]'],
    ['no version', '{"done":["inloggen"]}'],
    ['a newer version', JSON.stringify({ version: STATE_VERSION + 1, done: ['inloggen'] })],
    ['version as a string', '{"version":"1","done":["inloggen"]}'],
    ['done as an object', '{"version":1,"done":{"inloggen":true}}'],
    ['done as a string', '{"version":1,"done":"inloggen"}'],
  ])('ignores %s', (_what, raw) => {
    expect(parseChecklistState(raw, STEPS)).toEqual([]);
  });

  it('skips entries that are not strings and keeps the rest', () => {
    const raw = '{"version":1,"done":["inloggen",7,null,{"id":"verzenden"},["privacycentrum"],"verzenden"]}';
    expect(parseChecklistState(raw, STEPS)).toEqual(['inloggen', 'verzenden']);
  });

  it('keeps a tick once when it was stored twice', () => {
    expect(parseChecklistState('{"version":1,"done":["inloggen","inloggen"]}', STEPS)).toEqual(['inloggen']);
  });

  it('does not read ids from the prototype chain', () => {
    expect(parseChecklistState('{"version":1,"done":["constructor","__proto__"]}', ['constructor'])).toEqual([
      'constructor',
    ]);
    expect(parseChecklistState('{"__proto__":{"version":1,"done":["inloggen"]}}', STEPS)).toEqual([]);
  });
});

describe('serializeChecklistState', () => {
  it('writes the versioned shape that parseChecklistState reads back', () => {
    const raw = serializeChecklistState(['inloggen', 'verzenden']);
    expect(JSON.parse(raw)).toEqual({ version: STATE_VERSION, done: ['inloggen', 'verzenden'], at: {} });
    expect(parseChecklistState(raw, STEPS)).toEqual(['inloggen', 'verzenden']);
  });

  it('keeps the change times, which readProgress reads back for current steps only', () => {
    const raw = serializeChecklistState(['inloggen'], { inloggen: 20, verzenden: 10, oud: 5 });
    expect(readProgress(raw, STEPS)).toEqual({ done: ['inloggen'], at: { inloggen: 20, verzenden: 10 } });
  });
});

describe('readProgress', () => {
  it('reads an entry from before change times as ticks without times', () => {
    expect(readProgress('{"version":1,"done":["verzenden"]}', STEPS)).toEqual({ done: ['verzenden'], at: {} });
  });

  it('ignores times that are not numbers, inherited names included', () => {
    const raw = '{"version":1,"done":["constructor"],"at":{"inloggen":"gisteren","verzenden":null}}';
    expect(readProgress(raw, [...STEPS, 'constructor'])).toEqual({ done: ['constructor'], at: {} });
    expect(readProgress('{"version":1,"done":[],"at":7}', STEPS).at).toEqual({});
  });
});

describe('mergeProgress', () => {
  it('takes each step from the side that changed it last', () => {
    // This tab ticked privacycentrum at 20; the other tab, not knowing that yet, ticked verzenden at 20.
    const mine = { done: ['inloggen', 'privacycentrum'], at: { inloggen: 5, privacycentrum: 20 } };
    const theirs = { done: ['inloggen', 'verzenden'], at: { inloggen: 5, verzenden: 20 } };
    expect(mergeProgress(mine, theirs, STEPS)).toEqual({
      done: ['inloggen', 'privacycentrum', 'verzenden'],
      at: { inloggen: 5, privacycentrum: 20, verzenden: 20 },
    });
    // Merged the other way round, the same result: both tabs end up agreeing.
    expect(mergeProgress(theirs, mine, STEPS).done).toEqual(['inloggen', 'privacycentrum', 'verzenden']);
  });

  it("keeps an untick that is later than the other side's tick, and the other way round", () => {
    const mine = { done: ['verzenden'], at: { inloggen: 30, verzenden: 10 } };
    const theirs = { done: ['inloggen'], at: { inloggen: 20, verzenden: 40 } };
    expect(mergeProgress(mine, theirs, STEPS)).toEqual({ done: [], at: { inloggen: 30, verzenden: 40 } });
  });

  it('leaves steps without a time, and ties, to what is stored', () => {
    const mine = { done: ['inloggen', 'verzenden'], at: { verzenden: 10 } };
    const theirs = { done: ['instellingen'], at: { verzenden: 10 } };
    expect(mergeProgress(mine, theirs, STEPS).done).toEqual(['instellingen']);
  });
});

describe('loadProgress and saveProgress', () => {
  it('saves one guide without touching another', () => {
    const { map, getStorage } = memoryStorage({ 'checklist:instagram': serializeChecklistState(['inloggen']) });
    expect(saveProgress('facebook', ['privacycentrum'], getStorage)).toBe(true);
    expect(loadProgress('facebook', STEPS, getStorage)).toEqual({ done: ['privacycentrum'], at: {}, stored: true });
    expect(loadProgress('instagram', STEPS, getStorage)).toEqual({ done: ['inloggen'], at: {}, stored: true });
    expect([...map.keys()].sort()).toEqual(['checklist:facebook', 'checklist:instagram']);
  });

  it('removes the entry when nothing is ticked any more', () => {
    const { map, getStorage } = memoryStorage({ 'checklist:facebook': serializeChecklistState(['inloggen']) });
    expect(saveProgress('facebook', [], getStorage)).toBe(true);
    expect(map.has('checklist:facebook')).toBe(false);
  });

  it('reads a corrupt entry as nothing ticked, and a save replaces it', () => {
    const { map, getStorage } = memoryStorage({ 'checklist:facebook': '{oops' });
    expect(loadProgress('facebook', STEPS, getStorage)).toEqual({ done: [], at: {}, stored: true });
    saveProgress('facebook', ['inloggen'], getStorage, { inloggen: 7 });
    expect(JSON.parse(map.get('checklist:facebook')!)).toEqual({ version: 1, done: ['inloggen'], at: { inloggen: 7 } });
  });

  it.each([
    ['blocked storage', new DOMException('The operation is insecure.', 'SecurityError')],
    ['a full quota', new DOMException('Quota exceeded', 'QuotaExceededError')],
    ['any other error', new TypeError('localStorage is null')],
  ])('never throws with %s, and says the ticks were not stored', (_what, error) => {
    const getStorage = throwingStorage(error);
    expect(loadProgress('facebook', STEPS, getStorage)).toEqual({ done: [], at: {}, stored: false });
    expect(saveProgress('facebook', ['inloggen'], getStorage)).toBe(false);
    expect(saveProgress('facebook', [], getStorage)).toBe(false);
  });

  it('never throws when even reaching the storage throws', () => {
    const getStorage = () => {
      throw new DOMException('Access is denied', 'SecurityError');
    };
    expect(loadProgress('facebook', STEPS, getStorage)).toEqual({ done: [], at: {}, stored: false });
    expect(saveProgress('facebook', ['inloggen'], getStorage)).toBe(false);
  });

  it('reports a refused write while reading still works (Safari private mode)', () => {
    const { getStorage } = memoryStorage();
    const storage = getStorage();
    const refusing = () => ({
      ...storage,
      setItem: () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      },
    });
    expect(loadProgress('facebook', STEPS, refusing).stored).toBe(true);
    expect(saveProgress('facebook', ['inloggen'], refusing)).toBe(false);
  });
});

describe('parseGuideSteps', () => {
  it('reads the step ids per guide written at build time', () => {
    const steps = parseGuideSteps('{"facebook":["inloggen","verzenden"],"instagram":["inloggen"]}');
    expect(Object.fromEntries(steps)).toEqual({ facebook: ['inloggen', 'verzenden'], instagram: ['inloggen'] });
  });

  it.each([
    ['a missing attribute', undefined],
    ['corrupt JSON', '{"facebook":['],
    ['JSON null', 'null'],
    ['a string', '"facebook"'],
  ])('gives no guides for %s', (_what, json) => {
    expect(parseGuideSteps(json).size).toBe(0);
  });

  it('skips ids that are not strings and guides without a list', () => {
    const steps = parseGuideSteps('{"facebook":["inloggen",3,null],"instagram":"inloggen"}');
    expect(Object.fromEntries(steps)).toEqual({ facebook: ['inloggen'] });
  });
});

describe('withTicks', () => {
  it('adds or removes ids and keeps the guide order, dropping unknown ids', () => {
    expect(withTicks(['verzenden'], ['inloggen', 'oud'], true, STEPS)).toEqual(['inloggen', 'verzenden']);
    expect(withTicks(new Set(['inloggen', 'verzenden']), ['verzenden'], false, STEPS)).toEqual(['inloggen']);
  });
});

describe('changeProgress', () => {
  it('ticks on top of what another tab stored meanwhile', () => {
    const { map, getStorage } = memoryStorage();
    expect(changeProgress('facebook', STEPS, ['verzenden'], true, getStorage, 10)).toEqual({
      done: ['verzenden'],
      at: { verzenden: 10 },
    });
    // Another tab (or the plan) writes its tick straight into storage.
    map.set(
      storageKey('facebook'),
      serializeChecklistState(['verzenden', 'inloggen'], { verzenden: 10, inloggen: 15 }),
    );
    expect(changeProgress('facebook', STEPS, ['privacycentrum'], true, getStorage, 20)).toEqual({
      done: ['inloggen', 'privacycentrum', 'verzenden'],
      at: { inloggen: 15, privacycentrum: 20, verzenden: 10 },
    });
    expect(JSON.parse(map.get(storageKey('facebook'))!).done).toEqual(['inloggen', 'privacycentrum', 'verzenden']);
  });

  it('unticks only what it is told, and removes the entry when nothing is left', () => {
    const { map, getStorage } = memoryStorage({
      [storageKey('facebook')]: serializeChecklistState(['inloggen', 'verzenden']),
    });
    expect(changeProgress('facebook', STEPS, ['inloggen'], false, getStorage)?.done).toEqual(['verzenden']);
    expect(changeProgress('facebook', STEPS, ['verzenden', 'instellingen'], false, getStorage)?.done).toEqual([]);
    expect(map.has(storageKey('facebook'))).toBe(false);
  });

  it('starts from nothing over a broken entry, and ignores unknown ids', () => {
    const { getStorage } = memoryStorage({ [storageKey('facebook')]: '{"version":1,"done":["inlog' });
    expect(changeProgress('facebook', STEPS, ['formulier-oud', 'instellingen'], true, getStorage)?.done).toEqual([
      'instellingen',
    ]);
  });

  it('returns null when storage cannot be read or written', () => {
    expect(changeProgress('facebook', STEPS, ['inloggen'], true, throwingStorage(new Error('blocked')))).toBeNull();
    const quotaFull = () => ({
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    });
    expect(changeProgress('facebook', STEPS, ['inloggen'], true, quotaFull)).toBeNull();
  });
});
