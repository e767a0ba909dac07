/**
 * The screens that are not in the first download (issue 7):
 * - the questions, fetched as soon as the welcome page is drawn, well before
 *   anyone can press "Commencer";
 * - the results, detail and compare screens, with the hosters and the
 *   recommender they need, fetched from the second question on. The texts
 *   only they show come with them: a screen never shows before its texts.
 */
import { loadResultTexts } from './i18n';
import { lazyScreens } from './lazyScreens';

const questions = lazyScreens(() => import('../screens/questionScreens'));

export const loadQuestionScreens = questions.load;
export const LaterQuick = questions.screen('QuickScreen');
export const LaterWho = questions.screen('WhoScreen');
export const LaterAccounts = questions.screen('AccountsScreen');
export const LaterServices = questions.screen('ServicesScreen');
export const LaterPlace = questions.screen('PlaceScreen');
export const LaterBudget = questions.screen('BudgetScreen');
export const LaterPriorities = questions.screen('PrioritiesScreen');
export const LaterCheck = questions.screen('CheckScreen');

const results = lazyScreens(() =>
  Promise.all([import('../screens/resultScreens'), loadResultTexts()]).then(([screens]) => screens),
);

export const loadResultScreens = results.load;
export const LaterResults = results.screen('ResultsScreen');
export const LaterDetail = results.screen('DetailScreen');
export const LaterCompare = results.screen('CompareScreen');
