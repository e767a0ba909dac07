/**
 * content/software-map.json: which of our service kinds a piece of free
 * software provides, so that a ChatonsInfos `software.name` ("Nextcloud",
 * "Jitsi Meet"…) becomes offers the recommender understands. Only the
 * importer uses the table; content:check keeps it sound.
 */
import { z } from 'zod';
import { ServiceKind } from './schema';

export const softwareMapPath = 'content/software-map.json';

export const SoftwareEntry = z.strictObject({
  /** The software's usual name, as ChatonsInfos files write it. */
  name: z.string().trim().min(1),
  /** Other spellings seen for the same software (forks sharing its kinds included). */
  aliases: z.array(z.string().trim().min(1)).optional(),
  /** Our service kinds it provides; every one of them becomes an offer. */
  kinds: z
    .array(ServiceKind)
    .min(1, 'a software needs at least one service kind')
    .refine((kinds) => new Set(kinds).size === kinds.length, 'a kind is listed twice'),
  /** Why the kinds were chosen, when it is not obvious. */
  note: z.string().min(1).optional(),
});
export type SoftwareEntry = z.infer<typeof SoftwareEntry>;

export const SoftwareMap = z.strictObject({
  about: z.string().min(1).optional(),
  software: z.array(SoftwareEntry).min(1),
});
export type SoftwareMap = z.infer<typeof SoftwareMap>;

/**
 * The comparison key of a software name: case, accents, spaces and
 * punctuation ignored, so "Jitsi-Meet", "jitsi meet" and "JitsiMeet" agree.
 */
export function softwareKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** Each name and alias, by key, with the index of its entry. */
export function softwareNames(map: SoftwareMap): { key: string; name: string; index: number }[] {
  return map.software.flatMap((entry, index) =>
    [entry.name, ...(entry.aliases ?? [])].map((name) => ({ key: softwareKey(name), name, index })),
  );
}

export interface SoftwareMapProblem {
  field: string;
  problem: string;
}

/**
 * Rules zod cannot state: every name must lead to one entry only, or a
 * lookup would depend on the order of the table.
 */
export function softwareMapProblems(map: SoftwareMap): SoftwareMapProblem[] {
  const problems: SoftwareMapProblem[] = [];
  const owner = new Map<string, { name: string; index: number }>();
  map.software.forEach((entry, index) => {
    const names = [entry.name, ...(entry.aliases ?? [])];
    names.forEach((name, position) => {
      const key = softwareKey(name);
      const field =
        position === 0 ? `software[${index}].name` : `software[${index}].aliases[${position - 1}]`;
      if (key === '') {
        problems.push({ field, problem: `"${name}" has no letter or digit` });
        return;
      }
      const first = owner.get(key);
      if (first === undefined) {
        owner.set(key, { name, index });
      } else if (first.index === index) {
        problems.push({ field, problem: `"${name}" repeats "${first.name}" of the same entry` });
      } else {
        problems.push({
          field,
          problem: `"${name}" is already listed as "${first.name}" in software[${first.index}]`,
        });
      }
    });
  });
  return problems;
}

export type SoftwareLookup = (name: string) => SoftwareEntry | null;

/** A lookup by name or alias, with the same key rules as content:check. */
export function softwareLookup(map: SoftwareMap): SoftwareLookup {
  const byKey = new Map<string, SoftwareEntry>();
  for (const { key, index } of softwareNames(map)) {
    const entry = map.software[index];
    if (entry !== undefined && !byKey.has(key)) byKey.set(key, entry);
  }
  return (name) => byKey.get(softwareKey(name)) ?? null;
}
