import { describe, expect, it } from 'vitest';
import {
  STATE_VERSION,
  changeProgress,
  withTicks,
  loadProgress,
  parseChecklistState,
  parseGuideSteps,
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
    const raw = serializeChecklistState(['inloggen', 'verzenden', 'inloggen']);
    expect(JSON.parse(raw)).toEqual({ version: STATE_VERSION, done: ['inloggen', 'verzenden'] });
    expect(parseChecklistState(raw, STEPS)).toEqual(['inloggen', 'verzenden']);
  });
});

describe('loadProgress and saveProgress', () => {
  it('saves one guide without touching another', () => {
    const { map, getStorage } = memoryStorage({ 'checklist:instagram': serializeChecklistState(['inloggen']) });
    expect(saveProgress('facebook', ['privacycentrum'], getStorage)).toBe(true);
    expect(loadProgress('facebook', STEPS, getStorage)).toEqual({ done: ['privacycentrum'], stored: true });
    expect(loadProgress('instagram', STEPS, getStorage)).toEqual({ done: ['inloggen'], stored: true });
    expect([...map.keys()].sort()).toEqual(['checklist:facebook', 'checklist:instagram']);
  });

  it('removes the entry when nothing is ticked any more', () => {
    const { map, getStorage } = memoryStorage({ 'checklist:facebook': serializeChecklistState(['inloggen']) });
    expect(saveProgress('facebook', [], getStorage)).toBe(true);
    expect(map.has('checklist:facebook')).toBe(false);
  });

  it('reads a corrupt entry as nothing ticked, and a save replaces it', () => {
    const { map, getStorage } = memoryStorage({ 'checklist:facebook': '{oops' });
    expect(loadProgress('facebook', STEPS, getStorage)).toEqual({ done: [], stored: true });
    saveProgress('facebook', ['inloggen'], getStorage);
    expect(JSON.parse(map.get('checklist:facebook')!)).toEqual({ version: 1, done: ['inloggen'] });
  });

  it.each([
    ['blocked storage', new DOMException('The operation is insecure.', 'SecurityError')],
    ['a full quota', new DOMException('Quota exceeded', 'QuotaExceededError')],
    ['any other error', new TypeError('localStorage is null')],
  ])('never throws with %s, and says the ticks were not stored', (_what, error) => {
    const getStorage = throwingStorage(error);
    expect(loadProgress('facebook', STEPS, getStorage)).toEqual({ done: [], stored: false });
    expect(saveProgress('facebook', ['inloggen'], getStorage)).toBe(false);
    expect(saveProgress('facebook', [], getStorage)).toBe(false);
  });

  it('never throws when even reaching the storage throws', () => {
    const getStorage = () => {
      throw new DOMException('Access is denied', 'SecurityError');
    };
    expect(loadProgress('facebook', STEPS, getStorage)).toEqual({ done: [], stored: false });
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
    expect(changeProgress('facebook', STEPS, ['verzenden'], true, getStorage)).toEqual(['verzenden']);
    // Another tab (or the plan) writes its tick straight into storage.
    map.set(storageKey('facebook'), serializeChecklistState(['verzenden', 'inloggen']));
    expect(changeProgress('facebook', STEPS, ['privacycentrum'], true, getStorage)).toEqual([
      'inloggen',
      'privacycentrum',
      'verzenden',
    ]);
    expect(JSON.parse(map.get(storageKey('facebook'))!).done).toEqual(['inloggen', 'privacycentrum', 'verzenden']);
  });

  it('unticks only what it is told, and removes the entry when nothing is left', () => {
    const { map, getStorage } = memoryStorage({
      [storageKey('facebook')]: serializeChecklistState(['inloggen', 'verzenden']),
    });
    expect(changeProgress('facebook', STEPS, ['inloggen'], false, getStorage)).toEqual(['verzenden']);
    expect(changeProgress('facebook', STEPS, ['verzenden', 'instellingen'], false, getStorage)).toEqual([]);
    expect(map.has(storageKey('facebook'))).toBe(false);
  });

  it('starts from nothing over a broken entry, and ignores unknown ids', () => {
    const { getStorage } = memoryStorage({ [storageKey('facebook')]: '{"version":1,"done":["inlog' });
    expect(changeProgress('facebook', STEPS, ['formulier-oud', 'instellingen'], true, getStorage)).toEqual([
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
