/**
 * Checks every content file against its schema and the rules that span
 * files. Pure (no fs), so the same checks run in `content:check` (node) and
 * when the app loads its content (browser): a broken file is named with its
 * field, and the other files are still checked.
 */
import type { z } from 'zod';
import { criterionIds } from '../recommend/criteria';
import {
  CriteriaCatalogue,
  Hoster,
  NeedCatalogue,
  needIds,
  PlaceCatalogue,
  type CriterionEntry,
  type Need,
  type PlaceCatalogue as Places,
} from './schema';
import {
  SoftwareMap,
  softwareLookup,
  softwareMapPath,
  softwareMapProblems,
} from './softwareMapSchema';
import {
  AbroadFile,
  abroadAreaCodes,
  abroadPath,
  CommuneFile,
  communesPath,
} from '../places/placesSchema';
import type { ContentError } from './contentError';

// The error line lives apart so the app can show errors without these checks.
export { formatError, type ContentError } from './contentError';

export interface Content {
  hosters: Hoster[];
  needs: Need[];
  places: Places;
  /** content/criteria.json, in its order; absent from content made without it. */
  criteria?: CriterionEntry[];
}

export interface ValidationResult {
  /** Null when needs or places are unusable; invalid hosters are left out (see errors). */
  content: Content | null;
  errors: ContentError[];
}

export interface ValidateOptions {
  /** Files that exist but could not be read (e.g. invalid JSON, already reported). */
  unreadable?: Iterable<string>;
}

export const needsPath = 'content/needs.json';
export const placesPath = 'content/places/departements.json';
export const criteriaPath = 'content/criteria.json';
const hosterPath = /^content\/hosters\/([^/]+)\.json$/;
const localePath = /^content\/locales\/(fr|en)\/([^/]+)\.json$/;

/** Whether a content path is covered by a rule here (others are not checked). */
export function isKnownContentPath(path: string): boolean {
  return (
    path === needsPath ||
    path === placesPath ||
    path === criteriaPath ||
    path === softwareMapPath ||
    path === communesPath ||
    path === abroadPath ||
    hosterPath.test(path) ||
    localePath.test(path)
  );
}

export function validateContent(
  files: Readonly<Record<string, unknown>>,
  options: ValidateOptions = {},
): ValidationResult {
  const unreadable = new Set(options.unreadable);
  const errors: ContentError[] = [];
  const hosters = validateHosters(files, errors);
  const needs = validateNeeds(files, unreadable, errors);
  const places = parseFile(files, placesPath, PlaceCatalogue, unreadable, errors);
  if (places) checkUniqueDepartements(places, errors);
  checkLocaleParity(files, unreadable, errors);
  const softwareMap = checkSoftwareMap(files, errors);
  if (needs) {
    checkNeedSoftware(needs, softwareMap, errors);
    checkLocaleEntries(files, 'needs', needs, needTextKeys, errors);
  }
  const criteria = validateCriteria(files, errors);
  if (criteria) checkLocaleEntries(files, 'criteria', criteria, criterionTextKeys, errors);
  checkCommunes(files, places, errors);
  checkAbroad(files, errors);
  const content =
    needs && places ? { hosters, needs, places, ...(criteria ? { criteria } : {}) } : null;
  return { content, errors };
}

/**
 * Turns zod issues into located errors; unknown keys get one error each.
 * Any zod error: the place files' schemas are zod/mini (see placesSchema.ts).
 */
export function errorsFromZod(file: string, error: z.core.$ZodError): ContentError[] {
  return error.issues.flatMap((issue) => {
    const field = formatPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        field: joinPath(field, key),
        problem: 'unknown field (check its spelling against src/content/schema.ts)',
      }));
    }
    const input = (issue as { input?: unknown }).input;
    const shown =
      typeof input === 'string' || typeof input === 'number' || typeof input === 'boolean'
        ? ` (found ${JSON.stringify(input)})`
        : '';
    return [{ file, field, problem: `${issue.message}${shown}` }];
  });
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : joinPath(out, String(key))),
    '',
  );
}

function joinPath(base: string, key: string): string {
  return base === '' ? key : `${base}.${key}`;
}

function parseFile<T>(
  files: Readonly<Record<string, unknown>>,
  path: string,
  schema: z.ZodType<T>,
  unreadable: Set<string>,
  errors: ContentError[],
): T | null {
  if (!(path in files)) {
    if (!unreadable.has(path)) errors.push({ file: path, field: '', problem: 'file is missing' });
    return null;
  }
  const parsed = schema.safeParse(files[path], { reportInput: true });
  if (parsed.success) return parsed.data;
  errors.push(...errorsFromZod(path, parsed.error));
  return null;
}

/** Valid hosters sorted by id; a hoster with any error is left out. */
function validateHosters(
  files: Readonly<Record<string, unknown>>,
  errors: ContentError[],
): Hoster[] {
  const byId = new Map<string, Hoster>();
  const owner = new Map<string, string>();
  for (const path of Object.keys(files).sort()) {
    const fileId = hosterPath.exec(path)?.[1];
    if (fileId === undefined) continue;
    const parsed = Hoster.safeParse(files[path], { reportInput: true });
    if (!parsed.success) {
      errors.push(...errorsFromZod(path, parsed.error));
      continue;
    }
    const hoster = parsed.data;
    let ok = true;
    if (hoster.id !== fileId) {
      // The id is the file's name so a reader can find a hoster's file from its id.
      errors.push({
        file: path,
        field: 'id',
        problem: `"${hoster.id}" must equal the file name "${fileId}" (rename the file or fix the id)`,
      });
      ok = false;
    }
    const first = owner.get(hoster.id);
    if (first !== undefined) {
      errors.push({
        file: path,
        field: 'id',
        problem: `"${hoster.id}" is already used by ${first}`,
      });
      ok = false;
    } else {
      owner.set(hoster.id, path);
    }
    if (ok) byId.set(hoster.id, hoster);
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}

function validateNeeds(
  files: Readonly<Record<string, unknown>>,
  unreadable: Set<string>,
  errors: ContentError[],
): Need[] | null {
  const catalogue = parseFile(files, needsPath, NeedCatalogue, unreadable, errors);
  if (!catalogue) return null;
  const before = errors.length;
  catalogue.needs.forEach((need, index) => {
    if (catalogue.needs.findIndex((other) => other.id === need.id) !== index) {
      errors.push({
        file: needsPath,
        field: `needs[${index}].id`,
        problem: `"${need.id}" is listed twice`,
      });
    }
  });
  for (const id of needIds) {
    if (!catalogue.needs.some((need) => need.id === id)) {
      errors.push({ file: needsPath, field: 'needs', problem: `need "${id}" is missing` });
    }
  }
  return errors.length === before ? catalogue.needs : null;
}

/**
 * The importer's software → service kinds table is optional (content made by
 * hand has none), but when present it must parse and name each software once.
 */
function checkSoftwareMap(
  files: Readonly<Record<string, unknown>>,
  errors: ContentError[],
): SoftwareMap | null {
  if (!(softwareMapPath in files)) return null;
  const parsed = SoftwareMap.safeParse(files[softwareMapPath], { reportInput: true });
  if (!parsed.success) {
    errors.push(...errorsFromZod(softwareMapPath, parsed.error));
    return null;
  }
  const problems = softwareMapProblems(parsed.data);
  for (const { field, problem } of problems) {
    errors.push({ file: softwareMapPath, field, problem });
  }
  // An unsound table is reported once, not again through every need naming it.
  return problems.length === 0 ? parsed.data : null;
}

/**
 * The usual software shown for a need must be one the importer knows, and
 * must really provide that need: a typo or a wrong name would tell people
 * something false. Checked only where the software table is present.
 */
function checkNeedSoftware(
  needs: readonly Need[],
  map: SoftwareMap | null,
  errors: ContentError[],
): void {
  if (!map) return;
  const lookup = softwareLookup(map);
  needs.forEach((need, index) => {
    need.software?.forEach((name, position) => {
      const field = `needs[${index}].software[${position}]`;
      const entry = lookup(name);
      if (!entry) {
        errors.push({ file: needsPath, field, problem: `"${name}" is not in ${softwareMapPath}` });
      } else if (!entry.kinds.some((kind) => need.kinds.includes(kind))) {
        errors.push({
          file: needsPath,
          field,
          problem: `"${name}" provides ${entry.kinds.join(', ')}, none of this need's kinds (${need.kinds.join(', ')})`,
        });
      }
    });
  });
}

/** Ids listed once, and every criterion of the star graph listed in the graph group. */
function validateCriteria(
  files: Readonly<Record<string, unknown>>,
  errors: ContentError[],
): CriterionEntry[] | null {
  if (!(criteriaPath in files)) return null;
  const parsed = CriteriaCatalogue.safeParse(files[criteriaPath], { reportInput: true });
  if (!parsed.success) {
    errors.push(...errorsFromZod(criteriaPath, parsed.error));
    return null;
  }
  const { criteria } = parsed.data;
  const before = errors.length;
  criteria.forEach((c, index) => {
    if (criteria.findIndex((other) => other.id === c.id) !== index) {
      errors.push({
        file: criteriaPath,
        field: `criteria[${index}].id`,
        problem: `"${c.id}" is listed twice`,
      });
    }
  });
  for (const id of criterionIds) {
    const entry = criteria.find((c) => c.id === id);
    if (entry?.group !== 'graph') {
      errors.push({
        file: criteriaPath,
        field: 'criteria',
        problem: `"${id}" is drawn in the star graph: list it with "group": "graph"`,
      });
    }
  }
  return errors.length === before ? criteria : null;
}

const needTextKeys = (id: string): string[] => [id, `about.${id}`];
const criterionTextKeys = (id: string): string[] =>
  ['name', 'plain', 'why', 'how'].map((part) => `items.${id}.${part}`);

/**
 * Every listed need or criterion has its texts in each language present
 * (parity between languages is checked separately), so a new entry cannot
 * appear on screen as a raw key.
 */
function checkLocaleEntries(
  files: Readonly<Record<string, unknown>>,
  namespace: string,
  entries: readonly { id: string }[],
  keysOf: (id: string) => string[],
  errors: ContentError[],
): void {
  for (const lang of ['fr', 'en'] as const) {
    const file = `content/locales/${lang}/${namespace}.json`;
    if (!(file in files)) continue;
    const texts = files[file];
    for (const { id } of entries) {
      for (const key of keysOf(id)) {
        const value = key
          .split('.')
          .reduce<unknown>((node, part) => (isPlainObject(node) ? node[part] : undefined), texts);
        if (typeof value !== 'string' || value.trim() === '') {
          errors.push({ file, field: key, problem: `no text for "${id}"` });
        }
      }
    }
  }
}

/**
 * The communes file (written by `npm run places:build`, loaded lazily by the
 * place question) is optional, but when present each commune is listed once,
 * in a listed département, and the point counts add up.
 */
function checkCommunes(
  files: Readonly<Record<string, unknown>>,
  places: Places | null,
  errors: ContentError[],
): void {
  if (!(communesPath in files)) return;
  const parsed = CommuneFile.safeParse(files[communesPath], { reportInput: true });
  if (!parsed.success) {
    errors.push(...errorsFromZod(communesPath, parsed.error));
    return;
  }
  const { communes, departements, points } = parsed.data;
  // The compact file lists each département once (its schema refuses a repeat).
  const known = places ? new Set(places.departements.map((d) => d.code)) : null;
  departements.forEach((departement, index) => {
    if (known && !known.has(departement)) {
      errors.push({
        file: communesPath,
        field: `departements[${index}]`,
        problem: `département "${departement}" is not in ${placesPath}`,
      });
    }
  });
  const counted = points.geonames + points.postcode + points.arrondissement + points.departement;
  if (counted !== communes.length) {
    errors.push({
      file: communesPath,
      field: 'points',
      problem: `the counts add up to ${counted}, not to the ${communes.length} communes`,
    });
  }
}

/**
 * The places abroad (optional, like the communes): every area of
 * abroadAreaCodes once, and every town in a listed area.
 */
function checkAbroad(files: Readonly<Record<string, unknown>>, errors: ContentError[]): void {
  if (!(abroadPath in files)) return;
  const parsed = AbroadFile.safeParse(files[abroadPath], { reportInput: true });
  if (!parsed.success) {
    errors.push(...errorsFromZod(abroadPath, parsed.error));
    return;
  }
  const { areas, towns } = parsed.data;
  const listed = new Set<string>();
  areas.forEach((area, index) => {
    if (listed.has(area.code)) {
      errors.push({
        file: abroadPath,
        field: `areas[${index}].code`,
        problem: `"${area.code}" is listed twice`,
      });
    }
    listed.add(area.code);
  });
  for (const code of abroadAreaCodes) {
    if (!listed.has(code)) {
      errors.push({ file: abroadPath, field: 'areas', problem: `area "${code}" is missing` });
    }
  }
  towns.forEach((town, index) => {
    if (!listed.has(town.area)) {
      errors.push({
        file: abroadPath,
        field: `towns[${index}].area`,
        problem: `"${town.area}" is not in areas`,
      });
    }
  });
}

function checkUniqueDepartements(places: Places, errors: ContentError[]): void {
  places.departements.forEach((d, index) => {
    if (places.departements.findIndex((other) => other.code === d.code) !== index) {
      errors.push({
        file: placesPath,
        field: `departements[${index}].code`,
        problem: `"${d.code}" is listed twice`,
      });
    }
  });
}

type Lang = 'fr' | 'en';
const otherLang: Record<Lang, Lang> = { fr: 'en', en: 'fr' };
/** i18next plural suffixes: `count_one` and `count_other` are one key family. */
const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/**
 * Every sentence must exist in both languages with the same placeholders, or
 * a screen shows a raw key or loses a number. Namespaces are whatever files
 * exist; each fr/<ns>.json is compared with en/<ns>.json.
 */
function checkLocaleParity(
  files: Readonly<Record<string, unknown>>,
  unreadable: Set<string>,
  errors: ContentError[],
): void {
  const locales = new Map<string, Map<string, Set<string>>>();
  const paths = [...Object.keys(files), ...unreadable].sort();
  for (const path of paths) {
    const match = localePath.exec(path);
    if (!match) continue;
    const [, lang, ns] = match as unknown as [string, Lang, string];
    const twin = `content/locales/${otherLang[lang]}/${ns}.json`;
    if (!(twin in files) && !unreadable.has(twin)) {
      errors.push({ file: path, field: '', problem: `has no counterpart ${twin}` });
    }
    if (unreadable.has(path) || !(path in files)) continue;
    locales.set(path, flattenLocale(path, files[path], errors));
  }
  for (const [path, families] of locales) {
    if (!path.startsWith('content/locales/en/')) continue;
    const frPath = path.replace('/en/', '/fr/');
    const fr = locales.get(frPath);
    if (!fr) continue;
    compareFamilies(frPath, fr, path, families, errors);
  }
}

function compareFamilies(
  frPath: string,
  fr: Map<string, Set<string>>,
  enPath: string,
  en: Map<string, Set<string>>,
  errors: ContentError[],
): void {
  for (const [key, frHoles] of fr) {
    const enHoles = en.get(key);
    if (!enHoles) {
      errors.push({ file: enPath, field: key, problem: `missing (present in ${frPath})` });
    } else if (!sameSet(frHoles, enHoles)) {
      errors.push({
        file: enPath,
        field: key,
        problem: `placeholders ${showHoles(enHoles)} differ from ${frPath} (${showHoles(frHoles)})`,
      });
    }
  }
  for (const key of en.keys()) {
    if (!fr.has(key)) {
      errors.push({ file: frPath, field: key, problem: `missing (present in ${enPath})` });
    }
  }
}

/** Key family → placeholder names used by any of its plural forms. */
function flattenLocale(
  path: string,
  value: unknown,
  errors: ContentError[],
): Map<string, Set<string>> {
  const families = new Map<string, Set<string>>();
  const walk = (node: unknown, prefix: string): void => {
    if (typeof node === 'string') {
      const family = prefix.replace(pluralSuffix, '');
      const holes = families.get(family) ?? new Set<string>();
      for (const hole of placeholders(node)) holes.add(hole);
      families.set(family, holes);
    } else if (isPlainObject(node)) {
      for (const [key, child] of Object.entries(node)) walk(child, joinPath(prefix, key));
    } else {
      errors.push({
        file: path,
        field: prefix,
        problem: 'expected a sentence (string) or a group of keys (object)',
      });
    }
  };
  if (isPlainObject(value)) walk(value, '');
  else errors.push({ file: path, field: '', problem: 'expected an object of translation keys' });
  return families;
}

/** `{{count}}`, `{{ count }}` and `{{count, number}}` all name "count". */
function placeholders(sentence: string): string[] {
  return [...sentence.matchAll(/\{\{\s*([^}\s,]+)[^}]*\}\}/g)].map((m) => m[1] ?? '');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

function showHoles(holes: Set<string>): string {
  return holes.size === 0
    ? 'none'
    : [...holes]
        .sort()
        .map((h) => `{{${h}}}`)
        .join(' ');
}
