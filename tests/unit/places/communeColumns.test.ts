/**
 * The compact communes file: what scripts/places/write.ts writes,
 * src/places/communeColumns.ts reads back, for every field, and a
 * malformed part is named and left out while the rest is read.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { encodeCommunes, encodeDepartement } from '../../../scripts/places/write';
import { decodeDepartement, type DepartementColumns } from '../../../src/places/communeColumns';
import {
  communeRow,
  communeRowsOf,
  CompactCommuneFile,
  type CommuneRow,
} from '../../../src/places/placesSchema';
import { readPlaceFile } from './realPlaces';

/** Rows of the row-format file (before the compact one), kept as they were. */
const before = (
  JSON.parse(
    readFileSync(new URL('../../fixtures/places/communeRowsBefore.json', import.meta.url), 'utf8'),
  ) as { rows: CommuneRow[] }
).rows;

const decodeAll = (departement: string, columns: DepartementColumns) =>
  decodeDepartement(departement, columns);

describe('the committed communes file', () => {
  const rows = communeRowsOf(CompactCommuneFile.parse(readPlaceFile('communes.json')));
  const byCode = new Map(rows.map((r) => [r[0], r]));

  test.each(before.map((row) => [row[0], row[1], row]))(
    '%s %s reads as in the row file',
    (code, _name, row) => {
      expect(byCode.get(code)).toEqual(row);
    },
  );

  test('has every commune once, in INSEE code order', () => {
    expect(rows).toHaveLength(34_920);
    const codes = rows.map((r) => r[0]);
    expect(codes).toEqual([...codes].sort());
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe('write then read', () => {
  test('the sample rows come back field for field, from one département to many', () => {
    const file = encodeCommunes(before);
    expect(file.departements).toContain('2A');
    const read = file.departements.flatMap((code, i) =>
      decodeAll(code, {
        codes: file.codes[i] ?? '',
        names: file.names[i] ?? '',
        postcodes: file.postcodes[i] ?? '',
        coordinates: file.coordinates[i] ?? '',
        sizes: file.sizes[i] ?? '',
      }).communes.map(communeRow),
    );
    expect(read).toEqual(before);
  });

  const departementArb = fc.constantFrom('01', '2A', '69', '75', '971', '976');
  const nameArb = fc
    .array(fc.constantFrom('Saint-', 'Aubin', '-sur-', 'Mer', ' ', "L'", 'é', 'Œ', '1er', 'a'), {
      minLength: 1,
      maxLength: 6,
    })
    .map((parts) => parts.join(''))
    .filter((name) => name.trim() !== '' && !/^\d/.test(name));
  const pointArb = fc.tuple(
    fc.integer({ min: -9000, max: 9000 }),
    fc.integer({ min: -18000, max: 18000 }),
  );
  const rowsArb = departementArb.chain((departement) => {
    const width = 5 - departement.length;
    const postcodeArb = fc.oneof(
      fc
        .integer({ min: 0, max: 999 })
        .map(
          (n) =>
            `${departement === '2A' ? '20' : departement.slice(0, 2)}${String(n).padStart(3, '0')}`,
        ),
      fc.integer({ min: 0, max: 99_999 }).map((n) => String(n).padStart(5, '0')),
    );
    const rowArb = fc.record({
      name: nameArb,
      postcodes: fc.uniqueArray(postcodeArb, { maxLength: 3 }),
      // Few points, so that communes share them as real ones do.
      point: fc.oneof(fc.constantFrom<[number, number]>([4614, 498], [-2088, 5545]), pointArb),
      size: fc.integer({ min: 0, max: 9 }),
    });
    return fc
      .tuple(
        fc.uniqueArray(fc.integer({ min: 0, max: 10 ** width - 1 }), {
          minLength: 1,
          maxLength: 40,
        }),
        fc.array(rowArb, { minLength: 40, maxLength: 40 }),
      )
      .map(([numbers, details]) =>
        [...numbers]
          .sort((a, b) => a - b)
          .map((n, i): CommuneRow => {
            const d = details[i % details.length];
            if (!d) throw new Error('no details');
            const [lat, lon] = d.point;
            return [
              departement + String(n).padStart(width, '0'),
              d.name,
              d.postcodes,
              lat === 0 ? 0 : lat / 100,
              lon === 0 ? 0 : lon / 100,
              d.size,
            ];
          }),
      )
      .map((rows) => ({ departement, rows }));
  });

  test('any département of valid communes comes back as it was', () => {
    fc.assert(
      fc.property(rowsArb, ({ departement, rows }) => {
        const decoded = decodeAll(departement, encodeDepartement(departement, rows));
        expect(decoded.problems).toEqual([]);
        expect(decoded.communes.map(communeRow)).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });

  test('a name the columns cannot hold stops the writer with the commune named', () => {
    const row: CommuneRow = ['69266', '3 Villes', [], 45.77, 4.88, 1];
    expect(() => encodeDepartement('69', [row])).toThrow(/commune 69266 \(3 Villes\)/);
    expect(() =>
      encodeDepartement('69', [
        ['69266', 'B', [], 45, 4, 1],
        ['69001', 'A', [], 45, 4, 1],
      ]),
    ).toThrow(/commune 69001 \(A\): codes must go up/);
  });
});

describe('a malformed département', () => {
  const good: DepartementColumns = encodeDepartement('69', [
    ['69001', 'Affoux', ['69170'], 45.84, 4.41, 3],
    ['69003', 'Alix', ['69380'], 45.92, 4.65, 3],
    ['69004', 'Alixan', ['69480'], 45.92, 4.73, 3],
  ]);
  const read = (change: Partial<DepartementColumns>) => decodeAll('69', { ...good, ...change });

  test('reads as written when nothing is wrong', () => {
    expect(good).toEqual({
      codes: ',2,',
      names: 'Affoux|Alix|4an',
      postcodes: '170,380,480',
      coordinates: '4589 460;-5 -19,3 5,3 13',
      sizes: '333',
    });
    expect(read({}).communes.map((c) => c.name)).toEqual(['Affoux', 'Alix', 'Alixan']);
  });

  test.each([
    [{ names: 'Affoux| |Alixan' }, 'names', '69003', 'empty name', ['69001', '69004']],
    [{ names: 'Affoux|Alix|9x' }, 'names', '69004', 'cannot take 9 characters', ['69001', '69003']],
    [
      { postcodes: '170,38,480' },
      'postcodes',
      '69003',
      '"38" is not 3 or 5 digits',
      ['69001', '69004'],
    ],
    [
      { coordinates: '4589 460;-5 -19,3 x,3 13' },
      'coordinates',
      '69003',
      'two whole numbers',
      ['69001', '69004'],
    ],
    [
      { coordinates: '4589 460;-5 -19,~2,3 13' },
      'coordinates',
      '69003',
      'names no point',
      ['69001', '69004'],
    ],
    [
      { coordinates: '4589 460;9999 0,3 5,3 13' },
      'coordinates',
      '69001',
      'off the globe',
      ['69003', '69004'],
    ],
    [{ sizes: '3x3' }, 'sizes', '69003', '"x" is not a digit', ['69001', '69004']],
  ])(
    '%j: the commune is named and left out, the others kept',
    (change, column, code, problem, kept) => {
      const { communes, problems } = read(change);
      expect(problems).toEqual([
        { column, commune: code, problem: expect.stringContaining(problem) as string },
      ]);
      expect(communes.map((c) => c.code)).toEqual(kept);
    },
  );

  test.each([
    [{ codes: ',0,' }, 'codes', '"0" is not a step of 1 or more'],
    [{ codes: ',999,' }, 'codes', 'commune number 1000 has more than 3 digits'],
    [{ names: 'Affoux|Alix' }, 'names', '2 names for 3 communes'],
    [{ postcodes: '170,380,480,1' }, 'postcodes', '4 postcode lists for 3 communes'],
    [
      { coordinates: '-5 -19,3 5,3 13' },
      'coordinates',
      'it must start with the reference point, "LAT LON;"',
    ],
    [{ coordinates: '4589 460;-5 -19,3 5' }, 'coordinates', '2 points for 3 communes'],
    [{ sizes: '33' }, 'sizes', '2 sizes for 3 communes'],
  ])('%j: the département is named and left out', (change, column, problem) => {
    expect(read(change)).toEqual({ communes: [], problems: [{ column, commune: null, problem }] });
  });
});
