import { useEffect, useState, useSyncExternalStore } from 'react';
import { loadPlaceData, onPlaceData, placeDataNow } from './loadPlaces';
import type { PlaceData } from './placeData';

export interface PlaceDataState {
  /** Null until the communes and places abroad have loaded. */
  data: PlaceData | null;
  /** The load failed (offline, say): the search works with the départements alone. */
  failed: boolean;
}

/**
 * The communes and places abroad for a screen that may need them: starts
 * the lazy load when `wanted` (once for the whole app), and renders again
 * when the data arrives. Already loaded: available on the first render.
 */
export function usePlaceData(wanted = true): PlaceDataState {
  const data = useSyncExternalStore(onPlaceData, placeDataNow, placeDataNow);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!wanted || placeDataNow()) return;
    let live = true;
    loadPlaceData().then(
      () => {
        if (live) setFailed(false);
      },
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [wanted]);
  return { data, failed };
}
