/**
 * Place data timing: how long the communes take to become searchable once
 * their file has arrived. Three figures, medians of 7 runs in Node:
 * - reading the file (JSON.parse of both place files: the browser's share
 *   of it is evaluating the chunk, which cannot be spread over time);
 * - decoding it whole (toPlaceData: the compact columns → communes,
 *   search keys and lookups);
 * - the longest slice of toPlaceDataInSlices (the longest the page stays
 *   busy between two keystrokes while the data loads).
 * No goal is asserted: a phone is several times slower than this machine.
 *
 * Alone: npx tsx scripts/bench/placesDecode.ts
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { toPlaceData, toPlaceDataInSlices } from '../../src/places/placeData';
import { abroadPath, communesPath } from '../../src/places/placesSchema';

const root = path.resolve(import.meta.dirname, '../..');
const runs = 7;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

export interface PlacesDecodeFigures {
  communes: number;
  readMs: number;
  decodeMs: number;
  longestSliceMs: number;
}

export async function timePlacesDecode(): Promise<PlacesDecodeFigures> {
  const communesText = readFileSync(path.join(root, communesPath), 'utf8');
  const abroadText = readFileSync(path.join(root, abroadPath), 'utf8');
  const read: number[] = [];
  const decode: number[] = [];
  const slices: number[] = [];
  let communes = 0;
  for (let run = 0; run < runs; run += 1) {
    let start = performance.now();
    const communesFile: unknown = JSON.parse(communesText);
    const abroadFile: unknown = JSON.parse(abroadText);
    read.push(performance.now() - start);

    start = performance.now();
    communes = toPlaceData(communesFile, abroadFile).communes.length;
    decode.push(performance.now() - start);

    // As the app does it: a pause after each slice; the clock stops during the pause.
    let longest = 0;
    let sliceStart = performance.now();
    await toPlaceDataInSlices(communesFile, abroadFile, () => {
      longest = Math.max(longest, performance.now() - sliceStart);
      return new Promise((resolve) => {
        setTimeout(() => {
          sliceStart = performance.now();
          resolve();
        }, 0);
      });
    });
    slices.push(Math.max(longest, performance.now() - sliceStart));
  }
  return {
    communes,
    readMs: median(read),
    decodeMs: median(decode),
    longestSliceMs: median(slices),
  };
}

export function printPlacesDecode(figures: PlacesDecodeFigures): void {
  const ms = (value: number): string => `${value.toFixed(0)} ms`;
  console.log(`Place data (${figures.communes} communes, median of ${runs} runs in Node):`);
  console.log(`  read the files (JSON.parse)       ${ms(figures.readMs)}`);
  console.log(`  decode into searchable places     ${ms(figures.decodeMs)}`);
  console.log(`  longest slice between two pauses  ${ms(figures.longestSliceMs)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  printPlacesDecode(await timePlacesDecode());
}
