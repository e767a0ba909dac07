/**
 * The results, detail and compare screens load after the first question,
 * with the hosters and the recommender they need, so the first download
 * stays small on a slow phone. They are fetched as soon as the person leaves
 * the welcome screen, and on an old connection the questions give them time.
 * The texts only they show come with them: a screen never shows before its texts.
 */
import { use } from 'react';
import { loadResultTexts } from './i18n';
import { lazyModule } from './lazyModule';

type ResultScreens = typeof import('../screens/resultScreens');

const screensCode = lazyModule(() =>
  Promise.all([import('../screens/resultScreens'), loadResultTexts()]).then(([screens]) => screens),
);

/** Starts loading, once; after a failure (no network) the next call tries again. */
export const loadResultScreens: () => Promise<ResultScreens> = screensCode.load;

type ScreenName = 'ResultsScreen' | 'DetailScreen' | 'CompareScreen';

/**
 * Suspends until the screens are there; a failed load reaches the error
 * boundary. Once loaded, the screen renders in its place: this component
 * always calls use(), as React asks of a component that suspended.
 */
function Waiting({ screen }: { screen: ScreenName }) {
  const Screen = use(loadResultScreens())[screen];
  return <Screen />;
}

function later(screen: ScreenName) {
  return function Later() {
    const Screen = screensCode.now().module?.[screen];
    return Screen ? <Screen /> : <Waiting screen={screen} />;
  };
}

export const LaterResults = later('ResultsScreen');
export const LaterDetail = later('DetailScreen');
export const LaterCompare = later('CompareScreen');
