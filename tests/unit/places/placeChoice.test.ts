import { describe, expect, test } from 'vitest';
import { describePlace, parsePlaceCode } from '../../../src/places/placeChoice';
import { createPlaceSearch } from '../../../src/places/search';
import { realPlaceData, realPlaces } from './realPlaces';

// The check page names the chosen place with this lookup alone, without the search code.
describe('naming an answer given earlier, without the search', () => {
  test('a département or a postcode needs only the départements', () => {
    expect(describePlace(realPlaces, null, { kind: 'departement', code: '69' })).toMatchObject({
      kind: 'departement',
      departement: { name: 'Rhône' },
    });
    expect(
      describePlace(realPlaces, null, { kind: 'postcode', code: '69003', departement: '69' }),
    ).toMatchObject({ kind: 'postcode', postcode: '69003', departement: { name: 'Rhône' } });
  });

  test('a commune or a place abroad is named once the place list is there, and not before', () => {
    const villeurbanne = {
      kind: 'commune',
      code: '69266',
      departement: '69',
      lat: 45.77,
      lon: 4.88,
    } as const;
    const vaud = { kind: 'abroad', code: 'CH-VD', lat: 46.52, lon: 6.63 } as const;
    expect(describePlace(realPlaces, null, villeurbanne)).toBeNull();
    expect(describePlace(realPlaces, null, vaud)).toBeNull();
    const data = realPlaceData();
    expect(describePlace(realPlaces, data, villeurbanne)).toMatchObject({
      kind: 'commune',
      answer: villeurbanne,
      commune: { name: 'Villeurbanne', postcodes: ['69100'] },
      departement: { name: 'Rhône' },
    });
    expect(describePlace(realPlaces, data, vaud)).toMatchObject({
      kind: 'abroad',
      name: 'Canton de Vaud',
    });
  });

  test('"anywhere", or a code we do not know, names nothing', () => {
    expect(describePlace(realPlaces, null, { kind: 'anywhere' })).toBeNull();
    expect(describePlace(realPlaces, null, { kind: 'departement', code: '99' })).toBeNull();
    expect(
      describePlace(realPlaces, realPlaceData(), {
        kind: 'commune',
        code: '99999',
        departement: '69',
        lat: 45.77,
        lon: 4.88,
      }),
    ).toBeNull();
  });

  test('every place the search offers is named back the same way', () => {
    const data = realPlaceData();
    const search = createPlaceSearch(realPlaces, data);
    const offered = ['Saint-Denis', 'villeurbane', 'Liège', 'Belgique', '69100', 'Gironde'].flatMap(
      (text) => search.suggest(text),
    );
    expect(offered.length).toBeGreaterThan(10);
    for (const choice of offered) {
      const named = describePlace(realPlaces, data, choice.answer);
      expect(named?.kind).toBe(choice.kind);
      expect(named?.answer).toEqual(choice.answer);
    }
  });
});

describe('a place read before the search code arrives', () => {
  const search = createPlaceSearch(realPlaces);

  test('a postcode, a département number or its name is read as the search reads it', () => {
    for (const text of [
      '69003',
      ' 69 003 ',
      '69',
      '1',
      '2a',
      '974',
      'rhone',
      'Bouches-du-Rhône',
      'PARIS',
    ]) {
      const direct = parsePlaceCode(realPlaces, text);
      expect(direct, text).not.toBeNull();
      expect(direct?.answer).toEqual(search.parse(text)?.answer);
    }
  });

  test('a town, a typo or an unknown code is left to the search', () => {
    for (const text of ['Lyon', 'Girnde', '00100', '99', '', 'Villeurbanne']) {
      expect(parsePlaceCode(realPlaces, text), text).toBeNull();
    }
  });
});
