import { describe, expect, test } from 'vitest';
import { communesByPostcode } from '../../../src/places/postcodeIndex';
import { realPlaceData } from './realPlaces';

const data = realPlaceData();
/** What a pass over every commune finds: the index must find the same, in the same order. */
const scan = (digits: string) =>
  data.communes.filter((c) => c.postcodes.some((p) => p.startsWith(digits)));
const codes = (list: readonly { code: string }[]) => list.map((c) => c.code);

describe('communes by postcode', () => {
  test('finds what a pass over every commune finds, for every postcode range', () => {
    const ranges = new Set(data.communes.flatMap((c) => c.postcodes.map((p) => p.slice(0, 3))));
    expect(ranges.size).toBeGreaterThan(500);
    for (const range of ranges)
      expect(codes(communesByPostcode(data, range))).toEqual(codes(scan(range)));
  });

  test('narrows as digits are added, down to one postcode', () => {
    for (const digits of ['691', '6910', '69100', '13001', '97400', '20000', '75015']) {
      expect(codes(communesByPostcode(data, digits))).toEqual(codes(scan(digits)));
    }
    expect(communesByPostcode(data, '69100').map((c) => c.name)).toContain('Villeurbanne');
  });

  test('a commune with several postcodes in one range is listed once', () => {
    const several = data.communes.find(
      (c) => new Set(c.postcodes.map((p) => p.slice(0, 3))).size < c.postcodes.length,
    );
    expect(several).toBeDefined();
    if (!several) return;
    const found = communesByPostcode(data, several.postcodes[0]?.slice(0, 3) ?? '');
    expect(found.filter((c) => c.code === several.code)).toHaveLength(1);
  });

  test('fewer than three digits, or a range no commune has, finds none', () => {
    expect(communesByPostcode(data, '69')).toEqual([]);
    expect(communesByPostcode(data, '000')).toEqual([]);
  });
});
