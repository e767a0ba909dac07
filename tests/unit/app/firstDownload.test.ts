/**
 * The first download carries the welcome page only: the questions and the
 * results are fetched after it (src/app/laterScreens.tsx), so the first page
 * of an old phone on a slow connection waits for less code.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { reachable } from '../../fixtures/importGraph';

const screens = readdirSync(path.resolve(import.meta.dirname, '../../../src/screens'))
  .filter((file) => /Screen\.tsx$/.test(file))
  .map((file) => `src/screens/${file}`);

describe('the first download', () => {
  const first = reachable(false);

  test('holds the welcome screen and no other screen', () => {
    expect(screens.filter((file) => first.files.has(file))).toEqual([
      'src/screens/WelcomeScreen.tsx',
    ]);
  });
});

test('every screen is reached, later, through a dynamic import', () => {
  const all = reachable(true);
  expect(screens.filter((file) => !all.files.has(file))).toEqual([]);
});
