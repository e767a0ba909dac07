import { describe, expect, test } from 'vitest';
import {
  departementOfPlace,
  departementOfPostcode,
  departementsByCode,
  haversineKm,
  pointOfDepartement,
  pointOfPlace,
  regionOfDepartement,
} from '../../../src/places/geo';
import { places } from '../recommend/fixtures';

const paris = { lat: 48.8566, lon: 2.3522 };
const lyon = { lat: 45.764, lon: 4.8357 };

describe('haversineKm', () => {
  test('Paris–Lyon is about 392 km', () => {
    expect(Math.abs(haversineKm(paris, lyon) - 392)).toBeLessThanOrEqual(5);
  });

  test('is symmetric and zero for the same point', () => {
    expect(haversineKm(lyon, paris)).toBeCloseTo(haversineKm(paris, lyon), 9);
    expect(haversineKm(lyon, lyon)).toBe(0);
  });

  test('Paris–Saint-Denis de La Réunion is about 9,350 km', () => {
    const saintDenis = { lat: -20.8823, lon: 55.4504 };
    expect(Math.abs(haversineKm(paris, saintDenis) - 9350)).toBeLessThan(50);
  });
});

describe('departementOfPostcode', () => {
  test.each([
    ['69003', '69'],
    ['75001', '75'],
    ['01000', '01'],
    ['95000', '95'],
    ['69 003', '69'],
  ])('metropolitan %s → %s (the first two digits)', (postcode, code) => {
    expect(departementOfPostcode(postcode)).toBe(code);
  });

  test.each([
    ['20000', '2A'],
    ['20167', '2A'],
    ['20100', '2A'],
    ['20200', '2B'],
    ['20290', '2B'],
    ['20600', '2B'],
  ])('Corsica %s → %s', (postcode, code) => {
    expect(departementOfPostcode(postcode)).toBe(code);
  });

  test.each([
    ['97110', '971'],
    ['97200', '972'],
    ['97300', '973'],
    ['97400', '974'],
    ['97600', '976'],
    ['98800', '988'],
  ])('overseas %s → %s (three digits)', (postcode, code) => {
    expect(departementOfPostcode(postcode)).toBe(code);
  });

  test.each(['', '6900', '690031', 'abcde', '69OO3', '00100', '96000', '99000', '20300', '20700'])(
    '%j is not a French postcode → null',
    (postcode) => {
      expect(departementOfPostcode(postcode)).toBeNull();
    },
  );
});

describe('pointOfPlace', () => {
  test('"anywhere" has no point', () => {
    expect(pointOfPlace({ kind: 'anywhere' }, places)).toBeNull();
    expect(departementOfPlace({ kind: 'anywhere' })).toBeNull();
  });

  test('a département is its reference point', () => {
    expect(pointOfPlace({ kind: 'departement', code: '75' }, places)).toEqual({
      lat: 48.8534,
      lon: 2.3488,
    });
  });

  test('a postcode is the point of its département', () => {
    const place = { kind: 'postcode', code: '69003', departement: '69' } as const;
    expect(departementOfPlace(place)).toBe('69');
    expect(pointOfPlace(place, places)).toEqual({ lat: 45.7491, lon: 4.8479 });
  });

  test('a département missing from the catalogue has no point', () => {
    expect(pointOfPlace({ kind: 'departement', code: '2B' }, places)).toBeNull();
  });
});

describe('departementsByCode', () => {
  test('indexes the catalogue once and reuses the index', () => {
    const index = departementsByCode(places);
    expect(index.get('69')?.name).toBe('Rhône');
    expect(index.size).toBe(places.departements.length);
    expect(departementsByCode(places)).toBe(index);
  });

  test('a listed code twice keeps the first, as a search from the top would', () => {
    const first = places.departements[0];
    if (!first) throw new Error('the fixture has départements');
    const twice = {
      ...places,
      departements: [...places.departements, { ...first, name: 'Duplicate', lat: 0, lon: 0 }],
    };
    expect(departementsByCode(twice).get(first.code)?.name).toBe(first.name);
    expect(pointOfDepartement(first.code, twice)).toEqual({ lat: first.lat, lon: first.lon });
  });

  test('a point is a copy: changing it does not change the catalogue', () => {
    const point = pointOfDepartement('75', places);
    if (point) point.lat = 0;
    expect(pointOfDepartement('75', places)?.lat).toBe(48.8534);
  });
});

describe('regionOfDepartement', () => {
  test('is the catalogue region, or null for a code it does not list', () => {
    expect(regionOfDepartement('38', places)).toBe('Auvergne-Rhône-Alpes');
    expect(regionOfDepartement('01', places)).toBe(regionOfDepartement('69', places));
    expect(regionOfDepartement('2B', places)).toBeNull();
  });
});

describe('pointOfPlace for a commune or a place abroad', () => {
  test('a commune is its own point, in its département', () => {
    const place = {
      kind: 'commune',
      code: '69266',
      departement: '69',
      lat: 45.77,
      lon: 4.88,
    } as const;
    expect(departementOfPlace(place)).toBe('69');
    expect(pointOfPlace(place, places)).toEqual({ lat: 45.77, lon: 4.88 });
  });

  test('a commune keeps its point even when its département is not in the catalogue', () => {
    const place = {
      kind: 'commune',
      code: '2B033',
      departement: '2B',
      lat: 42.7,
      lon: 9.45,
    } as const;
    expect(pointOfPlace(place, places)).toEqual({ lat: 42.7, lon: 9.45 });
  });

  test('a place abroad is its own point, with no département', () => {
    const place = { kind: 'abroad', code: 'BE-WLG', lat: 50.63, lon: 5.57 } as const;
    expect(departementOfPlace(place)).toBeNull();
    expect(pointOfPlace(place, places)).toEqual({ lat: 50.63, lon: 5.57 });
    // Liège–Paris, as the crow flies.
    const point = pointOfPlace(place, places);
    expect(point && Math.round(haversineKm(point, paris))).toBe(304);
  });
});
