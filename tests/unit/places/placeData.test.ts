import { describe, expect, test } from 'vitest';
import { loadPlaceData, onPlaceData, placeDataNow } from '../../../src/places/loadPlaces';
import { toPlaceData, toPlaceDataInSlices } from '../../../src/places/placeData';
import { normalise } from '../../../src/places/normalise';
import { readPlaceFile, realPlaceData } from './realPlaces';

const abroad = {
  credit: 'test',
  sources: ['test'],
  areas: [
    { code: 'BE-WLG', name: 'Province de Liège', french: true, lat: 50.63, lon: 5.57 },
    { code: 'XX-YY', name: 'Nowhere', french: true, lat: 0, lon: 0 },
  ],
  towns: [
    { name: 'Liège', area: 'BE-WLG', aliases: ['Luik'], lat: 50.63, lon: 5.57 },
    { name: 'Verviers', area: 'BE-WLG', aliases: [], lat: 50.59, lon: 5.86 },
    { name: 'Lost', area: 'CH-GE', aliases: [], lat: 46.2, lon: 6.15 },
  ],
};

describe('toPlaceData', () => {
  test('reads the rows, and leaves out what is malformed instead of failing', () => {
    const data = toPlaceData(
      {
        communes: [
          ['69266', 'Villeurbanne', ['69100'], 45.77, 4.88, 6],
          ['2A004', 'Ajaccio', ['20000', '20090'], 41.92, 8.74, 5],
          ['97411', 'Saint-Denis', ['97400'], -20.88, 55.45, 6],
          ['69266', 'Villeurbanne again', [], 0, 0, 0],
          ['6926', 'Short code', [], 45, 4, 1],
          ['69001', '', [], 45, 4, 1],
          ['69002', 'Text point', [], '45', 4, 1],
          ['69003', 'Off the globe', [], 145, 4, 1],
          ['69004', 'Bad postcodes', [69004], 45, 4, 1],
          { code: '69005' },
          null,
        ],
      },
      abroad,
    );
    expect(data.communes.map((c) => [c.code, c.departement, c.key])).toEqual([
      ['69266', '69', 'villeurbanne'],
      ['2A004', '2A', 'ajaccio'],
      ['97411', '974', 'saint denis'],
    ]);
    expect(data.communeByCode.get('2A004')?.postcodes).toEqual(['20000', '20090']);
    expect([...data.areas.keys()]).toEqual(['BE-WLG']);
    expect(data.towns.map((t) => [t.name, t.main])).toEqual([
      ['Liège', true],
      ['Verviers', false],
    ]);
    // Every name people may type: communes, towns and their other names, areas.
    expect([...data.entriesByKey.keys()]).toEqual([
      'villeurbanne',
      'ajaccio',
      'saint denis',
      'liege',
      'luik',
      'verviers',
      'province de liege',
    ]);
  });

  test('a file that is not what we expect gives no communes, not an exception', () => {
    for (const broken of [null, 'text', [], { communes: 'none' }]) {
      expect(toPlaceData(broken, broken).communes).toEqual([]);
    }
  });

  test('in slices, with a pause between them, it gives the same data', async () => {
    let pauses = 0;
    const communes = readPlaceFile('communes.json');
    const sliced = await toPlaceDataInSlices(
      communes,
      readPlaceFile('abroad.json'),
      () => {
        pauses += 1;
        return Promise.resolve();
      },
      5000,
    );
    const whole = realPlaceData();
    expect(pauses).toBe(Math.ceil(whole.communes.length / 5000));
    expect(sliced.communes).toEqual(whole.communes);
    expect([...sliced.entriesByKey.keys()]).toEqual([...whole.entriesByKey.keys()]);
  });
});

describe('normalise', () => {
  test.each([
    ['Saint-Étienne', 'saint etienne'],
    ['St Etienne', 'saint etienne'],
    ['Ste-Foy-lès-Lyon', 'sainte foy les lyon'],
    ["L'Haÿ-les-Roses", 'l hay les roses'],
    ['  Bouches du   Rhône ', 'bouches du rhone'],
    ['Œuilly', 'oeuilly'],
    ['Saguenay–Lac-Saint-Jean', 'saguenay lac saint jean'],
    ['Stains', 'stains'],
  ])('%j → %j', (name, key) => {
    expect(normalise(name)).toBe(key);
  });
});

describe('loadPlaceData (the lazy load, through Vite)', () => {
  test('loads once, tells its listeners, then gives the data synchronously', async () => {
    let told = 0;
    const stop = onPlaceData(() => {
      told += 1;
    });
    const first = loadPlaceData();
    expect(loadPlaceData()).toBe(first);
    const data = await first;
    stop();
    expect(told).toBe(1);
    expect(placeDataNow()).toBe(data);
    expect(data.communes.length).toBeGreaterThan(34_000);
    expect(data.areas.size).toBe(66);
  }, 60_000);
});
