/**
 * The question screens, in one chunk fetched right after the welcome page is
 * drawn (src/app/laterScreens.tsx): the first page only needs the welcome.
 */
export { AccountsScreen } from './AccountsScreen';
export { BudgetScreen } from './BudgetScreen';
export { CheckScreen } from './CheckScreen';
export { PlaceScreen } from './PlaceScreen';
export { PrioritiesScreen } from './PrioritiesScreen';
export { QuickScreen } from './QuickScreen';
export { ServicesScreen } from './ServicesScreen';
export { WhoScreen } from './WhoScreen';
