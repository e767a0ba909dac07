/**
 * The content check's rules for the lazily loaded place files: optional (a
 * content folder made by hand has none), but checked when present.
 */
import { describe, expect, test } from 'vitest';
import { isKnownContentPath, validateContent } from '../../../src/content/validate';
import { encodeCommunes } from '../../../scripts/places/write';
import { abroadPath, communesPath, type CommuneRow } from '../../../src/places/placesSchema';
import { fixtureContent } from '../../content/fixtures';
import { readPlaceFile } from './realPlaces';

/** The valid fixture set (départements 35 and 69) with small place files. */
const withPlaces = (communes: unknown, abroad: unknown = readPlaceFile('abroad.json')) => ({
  ...fixtureContent(),
  [communesPath]: communes,
  [abroadPath]: abroad,
});
/** A compact communes file as the writer makes it, with `change` applied to its columns. */
const communeFile = (
  rows: CommuneRow[],
  points: Partial<Record<'geonames' | 'postcode', number>> = { geonames: rows.length },
  change: (file: Record<string, string[]>) => void = () => {},
) => {
  const columns: Record<string, string[]> = encodeCommunes(rows);
  change(columns);
  return {
    credit: 'INSEE, GeoNames',
    sources: ['test'],
    points: { geonames: 0, postcode: 0, arrondissement: 0, departement: 0, ...points },
    format: 2,
    ...columns,
  };
};
/** Checks the fixture set with a communes file made of `rows`, its columns changed by `change`. */
const validateCommunes = (rows: CommuneRow[], change: (file: Record<string, string[]>) => void) =>
  validateContent(withPlaces(communeFile(rows, undefined, change)));
const villeurbanne: CommuneRow = ['69266', 'Villeurbanne', ['69100'], 45.77, 4.88, 6];
const rillieux: CommuneRow = ['69286', 'Rillieux-la-Pape', ['69140'], 45.82, 4.9, 5];
const marseille: CommuneRow = ['13055', 'Marseille', [], 43.3, 5.38, 6];

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

  test('a département out of order or listed twice is named with its place in the list', () => {
    const { errors } = validateCommunes([villeurbanne], (f) => {
      f.departements = ['69', '69'];
      for (const key of ['codes', 'names', 'postcodes', 'coordinates', 'sizes']) {
        f[key] = [...(f[key] ?? []), ...(f[key] ?? [])];
      }
    });
    expect(errors).toEqual([
      {
        file: communesPath,
        field: 'departements[1]',
        problem: '"69" comes after "69": INSEE order, each once',
      },
    ]);
  });

  test('a commune in a département that is not listed is named', () => {
    const { errors } = validateContent(withPlaces(communeFile([marseille, villeurbanne])));
    expect(errors).toEqual([
      expect.objectContaining({
        file: communesPath,
        problem: 'département "13" is not in content/places/departements.json',
      }),
    ]);
  });

  test('a malformed commune is named by its column, département and code', () => {
    const { errors } = validateCommunes([villeurbanne, rillieux], (f) => {
      f.names = ['Villeurbanne|'];
      f.coordinates = (f.coordinates ?? []).map((c) => c.replace(/,.*$/, ',9999 0'));
    });
    expect(errors).toEqual([
      {
        file: communesPath,
        field: 'names[0]',
        problem: 'département 69, commune 69286: empty name',
      },
    ]);
    const offGlobe = validateCommunes([villeurbanne, rillieux], (f) => {
      f.coordinates = (f.coordinates ?? []).map((c) => c.replace(/,.*$/, ',9999 0'));
    });
    expect(offGlobe.errors).toEqual([
      {
        file: communesPath,
        field: 'coordinates[0]',
        problem: expect.stringMatching(
          /^département 69, commune 69286: .* is off the globe$/,
        ) as string,
      },
    ]);
  });

  test('columns that do not line up are named, and so are counts that do not add up', () => {
    const { errors } = validateCommunes([villeurbanne, rillieux], (f) => {
      f.sizes = ['6'];
    });
    expect(errors).toEqual([
      {
        file: communesPath,
        field: 'sizes[0]',
        problem: 'département 69: 1 size for 2 communes',
      },
    ]);
    const missing = validateCommunes([villeurbanne], (f) => {
      f.names = [];
    });
    expect(missing.errors).toEqual([
      { file: communesPath, field: 'names', problem: '0 items for 1 départements' },
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

  test('a file still in the row format is refused, not read as empty', () => {
    const rows = {
      credit: 'INSEE',
      sources: ['test'],
      points: { geonames: 1, postcode: 0, arrondissement: 0, departement: 0 },
      columns: ['code', 'name', 'postcodes', 'lat', 'lon', 'size'],
      communes: [villeurbanne],
    };
    const { errors } = validateContent(withPlaces(rows));
    expect(errors.map((e) => e.field)).toEqual(
      expect.arrayContaining(['format', 'departements', 'columns', 'communes']),
    );
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
