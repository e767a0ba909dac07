import { describe, expect, test } from 'vitest';
import { loadPlaceData, onPlaceData, placeDataNow } from '../../../src/places/loadPlaces';
import { encodeCommunes } from '../../../scripts/places/write';
import { toPlaceData, toPlaceDataInSlices } from '../../../src/places/placeData';
import type { CommuneRow } from '../../../src/places/placesSchema';
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

/** A compact communes file made by the writer, then broken in one place by `change`. */
function communesFile(
  rows: CommuneRow[],
  change: (file: Record<string, string[]>) => void = () => {},
) {
  const file: Record<string, string[]> = encodeCommunes(rows);
  change(file);
  return { ...file, format: 2 };
}

describe('toPlaceData', () => {
  const rows: CommuneRow[] = [
    ['2A004', 'Ajaccio', ['20000', '20090'], 41.92, 8.74, 5],
    ['69123', 'Lyon', [], 45.75, 4.85, 6],
    ['69266', 'Villeurbanne', ['69100'], 45.77, 4.88, 6],
    ['69381', 'Lyon 1er Arrondissement', ['69001'], 45.77, 4.83, 5],
    ['97411', 'Saint-Denis', ['97400'], -20.88, 55.45, 6],
  ];

  test('reads every commune as the search uses it, and the places abroad', () => {
    const data = toPlaceData(communesFile(rows), abroad);
    expect(data.communes.map((c) => [c.code, c.departement, c.key])).toEqual([
      ['2A004', '2A', 'ajaccio'],
      ['69123', '69', 'lyon'],
      ['69266', '69', 'villeurbanne'],
      ['69381', '69', 'lyon 1er arrondissement'],
      ['97411', '974', 'saint denis'],
    ]);
    expect(data.communeByCode.get('69266')).toEqual({
      code: '69266',
      name: 'Villeurbanne',
      departement: '69',
      postcodes: ['69100'],
      lat: 45.77,
      lon: 4.88,
      size: 6,
      key: 'villeurbanne',
    });
    expect(data.communeByCode.get('2A004')?.postcodes).toEqual(['20000', '20090']);
    expect(data.communeByCode.get('69123')?.postcodes).toEqual([]);
    expect([...data.areas.keys()]).toEqual(['BE-WLG']);
    expect(data.towns.map((t) => [t.name, t.main])).toEqual([
      ['Liège', true],
      ['Verviers', false],
    ]);
    // Every name people may type: communes, towns and their other names, areas.
    expect([...data.entriesByKey.keys()]).toEqual([
      'ajaccio',
      'lyon',
      'villeurbanne',
      'lyon 1er arrondissement',
      'saint denis',
      'liege',
      'luik',
      'verviers',
      'province de liege',
    ]);
  });

  test('leaves out a malformed commune, or a département it cannot line up, and keeps the rest', () => {
    const codes = (file: unknown) => toPlaceData(file, abroad).communes.map((c) => c.code);
    // Villeurbanne's name emptied: Lyon and its arrondissement stay.
    const emptyName = communesFile(rows, (f) => {
      f.names = (f.names ?? []).map((n, i) => (i === 1 ? n.replace('Villeurbanne', ' ') : n));
    });
    expect(codes(emptyName)).toEqual(['2A004', '69123', '69381', '97411']);
    // The Rhône's sizes one short: the Rhône goes, Corsica and La Réunion stay.
    const shortSizes = communesFile(rows, (f) => {
      f.sizes = (f.sizes ?? []).map((n, i) => (i === 1 ? n.slice(1) : n));
    });
    expect(codes(shortSizes)).toEqual(['2A004', '97411']);
    // A column without an entry for La Réunion: La Réunion goes.
    const missing = communesFile(rows, (f) => {
      f.coordinates = (f.coordinates ?? []).slice(0, 2);
    });
    expect(codes(missing)).toEqual(['2A004', '69123', '69266', '69381']);
    // A département that is not a string: the others stay.
    const noCode = { ...communesFile(rows), departements: ['2A', 69, '974'] };
    expect(codes(noCode)).toEqual(['2A004', '97411']);
  });

  test('a file that is not what we expect gives no communes, not an exception', () => {
    for (const broken of [null, 'text', [], { communes: 'none' }, { departements: 'none' }]) {
      expect(toPlaceData(broken, broken).communes).toEqual([]);
    }
  });

  test('in slices, it pauses each time the time budget is spent, and gives the same data', async () => {
    const communes = readPlaceFile('communes.json');
    const departements = (communes as { departements: string[] }).departements.length;
    // A clock that moves 1 ms each time it is read, once per département and once after a pause:
    // a slice spends the 2 ms budget with its second département.
    let clock = 0;
    let pauses = 0;
    const sliced = await toPlaceDataInSlices(
      communes,
      readPlaceFile('abroad.json'),
      () => {
        pauses += 1;
        return Promise.resolve();
      },
      { budgetMs: 2, now: () => (clock += 1) },
    );
    // Whole départements only: a pause after every second one, never inside one, then
    // one before the places abroad.
    expect(pauses).toBe(Math.floor(departements / 2) + 1);
    const whole = realPlaceData();
    expect(sliced.communes).toEqual(whole.communes);
    expect([...sliced.entriesByKey.keys()]).toEqual([...whole.entriesByKey.keys()]);
    expect([...sliced.communesByPostcodeRange.keys()]).toEqual([
      ...whole.communesByPostcodeRange.keys(),
    ]);
  }, 60_000);

  test('a fast machine, within its budget, pauses only before the places abroad', async () => {
    let pauses = 0;
    await toPlaceDataInSlices(
      readPlaceFile('communes.json'),
      readPlaceFile('abroad.json'),
      () => {
        pauses += 1;
        return Promise.resolve();
      },
      { budgetMs: 8, now: () => 0 },
    );
    expect(pauses).toBe(1);
  }, 60_000);
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
