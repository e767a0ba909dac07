import { describe, expect, test } from 'vitest';
import { createPlaceSearch } from '../../../src/places/search';
import { places } from '../recommend/fixtures';

const search = createPlaceSearch(places);

describe('place search', () => {
  test('a postcode becomes a postcode answer inside its département', () => {
    expect(search.parse(' 69003 ')).toEqual({ kind: 'postcode', code: '69003', departement: '69' });
  });

  test('a postcode of a département we do not know is refused', () => {
    expect(search.parse('29200')).toBeNull();
  });

  test('a département number, name or prefecture town becomes a département answer', () => {
    expect(search.parse('69')).toEqual({ kind: 'departement', code: '69' });
    expect(search.parse('1')).toEqual({ kind: 'departement', code: '01' });
    expect(search.parse('rhone')).toEqual({ kind: 'departement', code: '69' });
    expect(search.parse('Bouches du Rhône')).toEqual({ kind: 'departement', code: '13' });
    expect(search.parse('lyon')).toEqual({ kind: 'departement', code: '69' });
  });

  test('nonsense and partial words are not taken as a place', () => {
    expect(search.parse('')).toBeNull();
    expect(search.parse('Lyo')).toBeNull();
    expect(search.parse('6900')).toBeNull();
  });

  test('misspelt names and partial numbers get suggestions', () => {
    expect(search.suggest('Isere').map((d) => d.code)).toContain('38');
    expect(search.suggest('Grenobl').map((d) => d.code)).toContain('38');
    expect(search.suggest('69003').map((d) => d.code)).toEqual(['69']);
    expect(search.suggest('7').map((d) => d.code)).toEqual(['75']);
    expect(search.suggest('   ')).toEqual([]);
  });
});
