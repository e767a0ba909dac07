/**
 * Saved sessions on examples: a round trip, corrupt or foreign data, and
 * storages that refuse to be read or written (private modes, quota).
 * Properties over random stored text are in properties.test.ts.
 */
import { describe, expect, test } from 'vitest';
import {
  browserStorage,
  deviceKey,
  forgetSession,
  hasSaved,
  maxSessionLength,
  restoreSession,
  saveSession,
  sessionKey,
  sessionKeys,
  type StorageLike,
} from '../../../src/share/sessionStore';
import type { Answers } from '../../../src/wizard/answers';
import { memoryStorage } from './boundaries';

const lyon: Answers = {
  profile: 'association',
  needs: ['email', 'visio'],
  place: { kind: 'postcode', code: '69003', departement: '69' },
  budget: 'membership',
};

/** A storage holding this text under our key. */
function holding(text: string): StorageLike {
  const storage = memoryStorage();
  storage.setItem(sessionKey, text);
  return storage;
}

const refusing = (name: string): StorageLike => ({
  getItem: () => {
    throw new DOMException('refused', name);
  },
  setItem: () => {
    throw new DOMException('refused', name);
  },
  removeItem: () => {
    throw new DOMException('refused', name);
  },
});

describe('saving and restoring', () => {
  test("the answers come back as they were saved, under the tab's key", () => {
    const storage = memoryStorage();
    expect(saveSession(storage, lyon)).toBe(true);
    expect(restoreSession(storage)).toEqual({ answers: lyon, dropped: [] });
    expect([...storage.keysWritten]).toEqual([sessionKey]);
  });

  test("answers kept for later live under their own allowed key, apart from the tab's", () => {
    const device = memoryStorage();
    expect(saveSession(device, lyon, deviceKey)).toBe(true);
    expect([...device.keysWritten]).toEqual([deviceKey]);
    expect(restoreSession(device, deviceKey)).toEqual({ answers: lyon, dropped: [] });
    expect(restoreSession(device)).toEqual({ answers: {}, dropped: [] });
    expect(sessionKeys).toEqual([sessionKey, deviceKey]);
    expect(hasSaved(device, deviceKey)).toBe(true);
    expect(hasSaved(device, sessionKey)).toBe(false);
  });

  test('the stored value is versioned JSON', () => {
    const storage = memoryStorage();
    saveSession(storage, { budget: 'free' });
    expect(JSON.parse(storage.getItem(sessionKey) ?? '')).toEqual({
      v: 1,
      answers: { budget: 'free' },
    });
  });

  test('nothing saved gives no answers and nothing to tell', () => {
    expect(restoreSession(memoryStorage())).toEqual({ answers: {}, dropped: [] });
    expect(restoreSession(null)).toEqual({ answers: {}, dropped: [] });
  });

  test('saving no answers removes the key: nothing is kept that is not needed', () => {
    const storage = memoryStorage();
    saveSession(storage, lyon);
    expect(saveSession(storage, {})).toBe(true);
    expect(storage.getItem(sessionKey)).toBeNull();
  });

  test('only valid answers are saved', () => {
    const storage = memoryStorage();
    saveSession(storage, { ...lyon, profile: 'boss' } as unknown as Answers);
    expect(restoreSession(storage)).toEqual({
      answers: { needs: lyon.needs, place: lyon.place, budget: lyon.budget },
      dropped: [],
    });
  });

  test('forgetting removes every key from every storage given, and never throws', () => {
    const tab = memoryStorage();
    const device = memoryStorage();
    saveSession(tab, lyon);
    saveSession(device, lyon, deviceKey);
    forgetSession(tab, device, refusing('SecurityError'), null);
    expect(tab.getItem(sessionKey)).toBeNull();
    expect(device.getItem(deviceKey)).toBeNull();
  });
});

describe('corrupt or foreign data keeps what is valid and names what was dropped', () => {
  test('one bad answer is dropped, the others kept', () => {
    const stored = JSON.stringify({ v: 1, answers: { ...lyon, place: { kind: 'moon' } } });
    expect(restoreSession(holding(stored))).toEqual({
      answers: { profile: lyon.profile, needs: lyon.needs, budget: lyon.budget },
      dropped: [{ part: 'place' }],
    });
  });

  test('an unknown answer is ignored and named', () => {
    const stored = JSON.stringify({ v: 1, answers: { budget: 'free', mood: 'happy' } });
    expect(restoreSession(holding(stored))).toEqual({
      answers: { budget: 'free' },
      dropped: [{ part: 'other' }],
    });
  });

  test.each([
    ['not JSON', '{"v":1,"answers":{'],
    ['JSON that is not an object', '[1,2,3]'],
    ['null', 'null'],
    ['no answers object', '{"v":1,"answers":"lyon"}'],
    ['a version that is not a number', '{"v":"1","answers":{}}'],
    ['no version', '{"answers":{"budget":"free"}}'],
  ])('%s is unreadable', (_name, text) => {
    expect(restoreSession(holding(text))).toEqual({
      answers: {},
      dropped: [{ part: 'unreadable' }],
    });
  });

  test.each([0, 2, 99])('version %i is dropped plainly', (v) => {
    expect(restoreSession(holding(JSON.stringify({ v, answers: lyon })))).toEqual({
      answers: {},
      dropped: [{ part: 'version' }],
    });
  });

  test('a huge stored value is refused quickly', () => {
    const huge = JSON.stringify({ v: 1, answers: { needs: Array(200_000).fill('email') } });
    expect(huge.length).toBeGreaterThan(maxSessionLength);
    const start = performance.now();
    expect(restoreSession(holding(huge))).toEqual({
      answers: {},
      dropped: [{ part: 'unreadable' }],
    });
    expect(performance.now() - start).toBeLessThan(50);
  });

  test('"__proto__" in stored JSON is a plain key, not a prototype', () => {
    const stored = '{"v":1,"answers":{"__proto__":{"profile":"helper"},"budget":"paid"}}';
    expect(restoreSession(holding(stored))).toEqual({
      answers: { budget: 'paid' },
      dropped: [{ part: 'other' }],
    });
  });
});

describe("answers kept on the device are read as carefully as the tab's", () => {
  const onDevice = (text: string): StorageLike => {
    const storage = memoryStorage();
    storage.setItem(deviceKey, text);
    return storage;
  };

  test('one bad answer is dropped and named, the others kept', () => {
    const stored = JSON.stringify({ v: 1, answers: { ...lyon, budget: 'millions' } });
    expect(restoreSession(onDevice(stored), deviceKey)).toEqual({
      answers: { profile: lyon.profile, needs: lyon.needs, place: lyon.place },
      dropped: [{ part: 'budget' }],
    });
  });

  test.each([
    ['cut short', '{"v":1,'],
    ['null', 'null'],
    ['a version we do not know', '{"v":7,"answers":{}}'],
    ['too long', 'x'.repeat(maxSessionLength + 1)],
  ])('%s: no answers, and it says so', (_name, text) => {
    const { answers, dropped } = restoreSession(onDevice(text), deviceKey);
    expect(answers).toEqual({});
    expect(dropped).toHaveLength(1);
    expect(['unreadable', 'version']).toContain(dropped[0]?.part);
  });

  test('a device storage that refuses to be read holds nothing, quietly', () => {
    expect(restoreSession(refusing('SecurityError'), deviceKey)).toEqual({
      answers: {},
      dropped: [],
    });
    expect(hasSaved(refusing('SecurityError'), deviceKey)).toBe(false);
    expect(saveSession(refusing('QuotaExceededError'), lyon, deviceKey)).toBe(false);
  });
});

describe('storages that refuse', () => {
  test('a storage that throws on access (private modes) restores nothing, quietly', () => {
    expect(restoreSession(refusing('SecurityError'))).toEqual({ answers: {}, dropped: [] });
  });

  test('a full storage makes saving return false, without throwing', () => {
    const full: StorageLike = {
      ...memoryStorage(),
      setItem: refusing('QuotaExceededError').setItem,
    };
    expect(saveSession(full, lyon)).toBe(false);
    expect(saveSession(refusing('SecurityError'), lyon)).toBe(false);
    expect(saveSession(null, lyon)).toBe(false);
  });

  test('a storage returning something other than text is unreadable', () => {
    const odd = { ...memoryStorage(), getItem: () => 42 as unknown as string };
    expect(restoreSession(odd)).toEqual({ answers: {}, dropped: [{ part: 'unreadable' }] });
  });

  test('browserStorage gives the storage, or null when reading it throws', () => {
    const fake = memoryStorage();
    const before = Object.getOwnPropertyDescriptor(globalThis, 'sessionStorage');
    try {
      Object.defineProperty(globalThis, 'sessionStorage', { configurable: true, get: () => fake });
      expect(browserStorage('session')).toBe(fake);
      Object.defineProperty(globalThis, 'sessionStorage', {
        configurable: true,
        get: () => {
          throw new DOMException('denied', 'SecurityError');
        },
      });
      expect(browserStorage('session')).toBeNull();
    } finally {
      if (before) Object.defineProperty(globalThis, 'sessionStorage', before);
      else Reflect.deleteProperty(globalThis, 'sessionStorage');
    }
  });
});
