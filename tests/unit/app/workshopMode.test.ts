/**
 * Workshop mode lives in the address's fragment, next to a share link: it
 * must be read and written without disturbing the link, and the reverse.
 */
import { describe, expect, test } from 'vitest';
import { fragmentOf, fragmentParams, withoutParam } from '../../../src/app/workshop/fragment';
import { hashWithWorkshop, isWorkshopHash } from '../../../src/app/workshop/workshopMode';
import { readShareFragment } from '../../../src/share/linkCodec';

describe('the fragment as parameters', () => {
  test('splits on "&" and ignores empty parameters', () => {
    expect(fragmentParams('#atelier&r=1.wa-')).toEqual(['atelier', 'r=1.wa-']);
    expect(fragmentParams('')).toEqual([]);
    expect(fragmentParams('#')).toEqual([]);
    expect(fragmentParams('#&&atelier&')).toEqual(['atelier']);
  });

  test('no parameter gives no fragment at all', () => {
    expect(fragmentOf([])).toBe('');
    expect(fragmentOf(['atelier'])).toBe('#atelier');
  });

  test('removing a parameter removes it alone or with its value, and nothing else', () => {
    expect(withoutParam('#atelier&r=1.wa-', 'r')).toBe('#atelier');
    expect(withoutParam('#r=1.wa-', 'r')).toBe('');
    expect(withoutParam('#rr=1&r', 'r')).toBe('#rr=1');
  });
});

describe('workshop mode in the address', () => {
  test.each([
    ['#atelier', true],
    ['#atelier&r=1.wa-', true],
    ['#r=1.wa-&atelier', true],
    ['', false],
    ['#r=1.wa-', false],
    ['#ateliers', false],
    ['#r=atelier', false],
  ])('%s → %s', (hash, on) => {
    expect(isWorkshopHash(hash)).toBe(on);
  });

  test('turning it on keeps a share link readable, turning it off keeps the link', () => {
    const on = hashWithWorkshop('#r=1.wa-', true);
    expect(isWorkshopHash(on)).toBe(true);
    expect(readShareFragment(on)).toBe('1.wa-');
    const off = hashWithWorkshop(on, false);
    expect(isWorkshopHash(off)).toBe(false);
    expect(readShareFragment(off)).toBe('1.wa-');
  });

  test('is written once only, and off leaves a clean address', () => {
    expect(hashWithWorkshop('#atelier', true)).toBe('#atelier');
    expect(hashWithWorkshop('#atelier', false)).toBe('');
    expect(hashWithWorkshop('', false)).toBe('');
  });
});
