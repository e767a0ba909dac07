/**
 * Screens fetched as one chunk after the first page, so the first download
 * stays small on a slow phone (issue 7). Each screen is a small stand-in:
 * once the chunk is there it renders the real screen in its place, and until
 * then it suspends (the Suspense fallback in App says "loading"). A failed
 * fetch reaches the error boundary; the next try fetches again.
 */
import { use, type ComponentType } from 'react';
import { lazyModule } from './lazyModule';

/** The names of a module's exports that are components. */
type ScreenNames<M> = {
  [K in keyof M]: M[K] extends ComponentType ? K : never;
}[keyof M] &
  string;

/** A stand-in screen, which says whether its chunk has arrived (it then draws without waiting). */
export type LaterScreen = ComponentType & { ready: () => boolean };

export interface LazyScreens<M> {
  /** Starts the fetch, once; after a failure (no network) the next call tries again. */
  load: () => Promise<M>;
  /** A stand-in for one screen of the chunk. */
  screen: (name: ScreenNames<M>) => LaterScreen;
}

export function lazyScreens<M>(importCode: () => Promise<M>): LazyScreens<M> {
  const code = lazyModule(importCode);

  /**
   * Suspends until the chunk is there. This component always calls use(),
   * as React asks of a component that suspended.
   */
  function Waiting({ name }: { name: ScreenNames<M> }) {
    const Screen = use(code.load())[name] as ComponentType;
    return <Screen />;
  }

  const ready = () => code.now().module !== null;
  const screen = (name: ScreenNames<M>) =>
    Object.assign(
      function Later() {
        const Screen = code.now().module?.[name] as ComponentType | undefined;
        return Screen ? <Screen /> : <Waiting name={name} />;
      },
      { ready },
    );

  return { load: code.load, screen };
}
