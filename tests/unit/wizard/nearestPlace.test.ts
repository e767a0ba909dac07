/** "Use my position": the nearest place is found on the device, and only its code and centre kept. */
import { describe, expect, test } from 'vitest';
import { nearestMaxKm, nearestPlace } from '../../../src/screens/nearestPlace';
import { realPlaceData, realPlaces } from '../places/realPlaces';

describe('the nearest place to a position', () => {
  test('is the commune whose centre is nearest, with that centre, not the position', () => {
    const data = realPlaceData();
    const brest = data.communes.find((c) => c.code === '29019');
    if (!brest) throw new Error('no Brest in the place data');
    const answer = nearestPlace(
      { lat: brest.lat + 0.0031, lon: brest.lon - 0.0047 },
      data,
      realPlaces,
    );
    expect(answer).toEqual({
      kind: 'commune',
      code: '29019',
      departement: '29',
      lat: brest.lat,
      lon: brest.lon,
    });
  });

  test('abroad, it is the area of the nearest town we know', () => {
    // Liège's centre, about.
    const answer = nearestPlace({ lat: 50.633, lon: 5.567 }, realPlaceData(), realPlaces);
    expect(answer).toMatchObject({ kind: 'abroad', code: 'BE-WLG' });
  });

  test('without the commune list (offline), it is the nearest département', () => {
    expect(nearestPlace({ lat: 48.39, lon: -4.49 }, null, realPlaces)).toEqual({
      kind: 'departement',
      code: '29',
    });
  });

  test(`farther than ${nearestMaxKm} km from anything we know, nothing is guessed`, () => {
    expect(nearestPlace({ lat: 0, lon: 0 }, realPlaceData(), realPlaces)).toBeNull();
    expect(nearestPlace({ lat: 52.52, lon: 13.4 }, null, realPlaces)).toBeNull(); // Berlin
  });
});
