/**
 * The communes and the places abroad, loaded only when a screen needs them
 * (issue 7: the communes, even in compact columns, weigh about 250 KB
 * gzipped and must not weigh on the first page). Each
 * file becomes its own chunk through a dynamic import; the first call
 * starts the load, later calls share it, and `placeDataNow()` gives the
 * data synchronously once it is there.
 */
import { toPlaceDataInSlices, type PlaceData } from './placeData';

// Vite turns each file into its own chunk, fetched on the first call. A glob
// rather than import('….json') keeps TypeScript from typing 0.7 MB of JSON.
const files = import.meta.glob<unknown>(
  ['../../content/places/communes.json', '../../content/places/abroad.json'],
  { import: 'default' },
);

/** Lets the browser handle a keystroke between two slices of work. */
const pause = (): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, 0);
  });

let loaded: PlaceData | null = null;
let loading: Promise<PlaceData> | null = null;
const listeners = new Set<() => void>();

async function fetchFile(name: string): Promise<unknown> {
  const load = files[`../../content/places/${name}`];
  if (!load) throw new Error(`content/places/${name} is not bundled`);
  return load();
}

/** Starts loading (once) and resolves with the data; a failed load may be tried again. */
export function loadPlaceData(): Promise<PlaceData> {
  loading ??= Promise.all([fetchFile('communes.json'), fetchFile('abroad.json')])
    .then(([communes, abroad]) => toPlaceDataInSlices(communes, abroad, pause))
    .then(
      (data) => {
        loaded = data;
        for (const listener of listeners) listener();
        return data;
      },
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
  return loading;
}

/** The data if it has loaded, else null (nothing is started). */
export function placeDataNow(): PlaceData | null {
  return loaded;
}

/** Calls `listener` when the data arrives; returns the unsubscribe. */
export function onPlaceData(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
