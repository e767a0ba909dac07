/**
 * The place search for the place question, with its code (search.ts and
 * fuse.js) fetched when the question opens, not with the first page
 * (issue 7). The communes come as before (usePlaceData): only once the
 * person types, or to name a commune given earlier.
 */
import { useEffect, useMemo } from 'react';
import { useContent } from '../app/contentContext';
import type { PlaceData } from '../places/placeData';
import { placeDataNow } from '../places/loadPlaces';
import type { PlaceSearch } from '../places/search';
import { usePlaceData } from '../places/usePlaceData';
import { lazyModule, useLazyModule } from '../app/lazyModule';

const placeSearchCode = lazyModule(() => import('../places/search'));

/** Starts (or tries again) fetching the search code; a failure shows in `failed`. */
export function loadPlaceSearch(): void {
  placeSearchCode.load().catch(() => undefined);
}

export interface PlaceSearchState {
  /** Null for the moment the search code takes to arrive (or if it could not). */
  search: PlaceSearch | null;
  data: PlaceData | null;
  /** The communes or the search code could not be fetched (offline, say). */
  failed: boolean;
  /** The search once its code is here, with the data loaded by then; null if it cannot come. */
  ready: () => Promise<PlaceSearch | null>;
}

export function usePlaceSearch(wantData: boolean): PlaceSearchState {
  const { places } = useContent();
  const { data, failed: dataFailed } = usePlaceData(wantData);
  const { module, failed: codeFailed } = useLazyModule(placeSearchCode);
  useEffect(loadPlaceSearch, []);
  const search = useMemo(
    () => (module ? module.createPlaceSearch(places, data) : null),
    [module, places, data],
  );
  const ready = () =>
    placeSearchCode.load().then(
      (code) => code.createPlaceSearch(places, placeDataNow()),
      () => null,
    );
  return { search, data, failed: dataFailed || codeFailed, ready };
}
