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

/** A promise React can read at once once settled (the fields `use()` looks for). */
type Tracked<T> = Promise<T> & { status?: 'fulfilled'; value?: T };

let pending: Tracked<ResultScreens> | null = null;

/** Starts loading, once; after a failure (no network) the next call tries again. */
export function loadResultScreens(): Promise<ResultScreens> {
  if (pending) return pending;
  const loading: Tracked<ResultScreens> = Promise.all([
    import('../screens/resultScreens'),
    loadResultTexts(),
  ]).then(
    ([screens]) => {
      // Later screens then render at once, without passing through the fallback.
      loading.status = 'fulfilled';
      loading.value = screens;
      return screens;
    },
    (error: unknown) => {
      pending = null;
      throw error;
    },
  );
  pending = loading;
  return loading;
}

/** Suspends until the screens are there; a failed load reaches the error boundary. */
function useResultScreens(): ResultScreens {
  // Always through use(): a render that suspended must call it again when it resumes.
  return use(loadResultScreens());
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
