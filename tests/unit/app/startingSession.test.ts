/**
 * Where a visit starts: a share link wins over answers kept in the tab, and
 * workshop mode (no storage) still opens a link.
 */
import { describe, expect, test } from 'vitest';
import { startingSession } from '../../../src/app/startingSession';
import { encodeShareFragment } from '../../../src/share/linkCodec';
import { saveSession, type StorageLike } from '../../../src/share/sessionStore';
import type { Answers } from '../../../src/wizard/answers';

const memory = (): StorageLike => {
  const data = new Map<string, string>();
  return {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      data.set(key, value);
    },
    removeItem: (key) => {
      data.delete(key);
    },
  };
};

const forMe: Answers = { profile: 'individual', budget: 'free' };

describe('starting a visit', () => {
  test('a share link next to "#atelier" opens on the results, with no storage at all', () => {
    const hash = `#atelier&r=${encodeShareFragment({ answers: forMe })}`;
    expect(startingSession(hash, null)).toEqual({
      answers: forMe,
      open: 'results',
      from: 'link',
      dropped: [],
    });
  });

  test('a link wins over answers kept in the tab', () => {
    const tab = memory();
    saveSession(tab, { budget: 'paid' });
    const hash = `#r=${encodeShareFragment({ answers: forMe })}`;
    expect(startingSession(hash, tab).answers).toEqual(forMe);
  });

  test("without a link, the tab's answers come back; with neither, a fresh start", () => {
    const tab = memory();
    saveSession(tab, forMe);
    expect(startingSession('', tab)).toMatchObject({ answers: forMe, from: 'session' });
    expect(startingSession('', null)).toEqual({ answers: {}, from: 'none', dropped: [] });
  });
});
