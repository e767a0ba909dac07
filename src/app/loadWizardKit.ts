import { lazyModule } from './lazyModule';

/** The wizard's code (wizardKit.ts): fetched once, right after the first page. */
export const wizardKit = lazyModule(() => import('./wizardKit'));

export type WizardKit = Awaited<ReturnType<typeof wizardKit.load>>;
