/**
 * The content check's rules for the lazily loaded place files: optional (a
 * content folder made by hand has none), but checked when present.
 */
import { describe, expect, test } from 'vitest';
import { isKnownContentPath, validateContent } from '../../../src/content/validate';
import { abroadPath, communesPath } from '../../../src/places/placesSchema';
import { fixtureContent } from '../../content/fixtures';
import { readPlaceFile } from './realPlaces';

/** The valid fixture set (départements 35 and 69) with small place files. */
const withPlaces = (communes: unknown, abroad: unknown = readPlaceFile('abroad.json')) => ({
  ...fixtureContent(),
  [communesPath]: communes,
  [abroadPath]: abroad,
});
const communeFile = (
  rows: unknown[],
  points: Partial<Record<'geonames' | 'postcode', number>> = { geonames: rows.length },
) => ({
  credit: 'INSEE, GeoNames',
  sources: ['test'],
  points: { geonames: 0, postcode: 0, arrondissement: 0, departement: 0, ...points },
  columns: ['code', 'name', 'postcodes', 'lat', 'lon', 'size'],
  communes: rows,
});
const villeurbanne = ['69266', 'Villeurbanne', ['69100'], 45.77, 4.88, 6];

describe('content check of the place files', () => {
  test('the committed files pass, and are known to the check', () => {
    const files = {
      ...fixtureContent(),
      'content/places/departements.json': readPlaceFile('departements.json'),
      [communesPath]: readPlaceFile('communes.json'),
      [abroadPath]: readPlaceFile('abroad.json'),
    };
    expect(validateContent(files).errors).toEqual([]);
    expect(isKnownContentPath(communesPath)).toBe(true);
    expect(isKnownContentPath(abroadPath)).toBe(true);
  });

  test('they are optional', () => {
    expect(validateContent(fixtureContent()).errors).toEqual([]);
  });

  test('a commune listed twice, or in a département that is not listed, is named', () => {
    const { errors } = validateContent(
      withPlaces(
        communeFile([villeurbanne, villeurbanne, ['13055', 'Marseille', [], 43.3, 5.38, 6]]),
      ),
    );
    expect(errors).toEqual([
      { file: communesPath, field: 'communes[1][0]', problem: '"69266" is listed twice' },
      {
        file: communesPath,
        field: 'communes[2][0]',
        problem: 'département "13" is not in content/places/departements.json',
      },
    ]);
  });

  test('a point finer than 0.01°, and counts that do not add up, are named', () => {
    const { errors } = validateContent(
      withPlaces(communeFile([['69266', 'Villeurbanne', ['69100'], 45.7712, 4.88, 6]], {})),
    );
    expect(errors).toEqual([
      {
        file: communesPath,
        field: 'communes[0][3]',
        problem: 'round to 0.01° (found 45.7712)',
      },
    ]);
    const counts = validateContent(withPlaces(communeFile([villeurbanne], { geonames: 2 })));
    expect(counts.errors).toEqual([
      {
        file: communesPath,
        field: 'points',
        problem: 'the counts add up to 2, not to the 1 communes',
      },
    ]);
  });

  test('an area abroad missing, listed twice, or a town in no listed area, is named', () => {
    const abroad = readPlaceFile('abroad.json') as {
      areas: { code: string }[];
      towns: { area: string }[];
    };
    const [first, second, ...rest] = abroad.areas;
    const broken = {
      ...abroad,
      areas: [first, first, ...rest],
      towns: abroad.towns,
    };
    const { errors } = validateContent(withPlaces(communeFile([villeurbanne]), broken));
    expect(errors).toEqual([
      {
        file: abroadPath,
        field: 'areas[1].code',
        problem: `"${first?.code ?? ''}" is listed twice`,
      },
      { file: abroadPath, field: 'areas', problem: `area "${second?.code ?? ''}" is missing` },
      // Anvers and Malines are both in the missing area.
      ...abroad.towns.flatMap((t, i) =>
        t.area === second?.code
          ? [
              {
                file: abroadPath,
                field: `towns[${i}].area`,
                problem: `"${t.area}" is not in areas`,
              },
            ]
          : [],
      ),
    ]);
  });

  test('an unknown area code is refused by its schema', () => {
    const abroad = readPlaceFile('abroad.json') as { areas: { code: string }[] };
    const broken = {
      ...abroad,
      areas: abroad.areas.map((a, i) => (i === 0 ? { ...a, code: 'FR-69' } : a)),
    };
    const { errors } = validateContent(withPlaces(communeFile([villeurbanne]), broken));
    expect(errors[0]).toMatchObject({ file: abroadPath, field: 'areas[0].code' });
  });
});
