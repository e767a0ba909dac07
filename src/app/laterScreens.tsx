/**
 * The results, detail and compare screens load after the first question,
 * with the hosters and the recommender they need, so the first download
 * stays small on a slow phone. They are fetched as soon as the person leaves
 * the welcome screen, and on an old connection the questions give them time.
 * The texts only they show come with them: a screen never shows before its texts.
 */
import { use } from 'react';
import { loadResultTexts } from './i18n';

type ResultScreens = typeof import('../screens/resultScreens');

let loaded: ResultScreens | null = null;
let pending: Promise<ResultScreens> | null = null;

/** Starts loading, once; after a failure (no network) the next call tries again. */
export function loadResultScreens(): Promise<ResultScreens> {
  pending ??= Promise.all([import('../screens/resultScreens'), loadResultTexts()]).then(
    ([screens]) => (loaded = screens),
    (error: unknown) => {
      pending = null;
      throw error;
    },
  );
  return pending;
}

/** Suspends until the screens are there; a failed load reaches the error boundary. */
function useResultScreens(): ResultScreens {
  return loaded ?? use(loadResultScreens());
}

export function LaterResults() {
  const { ResultsScreen } = useResultScreens();
  return <ResultsScreen />;
}

export function LaterDetail() {
  const { DetailScreen } = useResultScreens();
  return <DetailScreen />;
}

export function LaterCompare() {
  const { CompareScreen } = useResultScreens();
  return <CompareScreen />;
}
