import { createContext, useContext } from 'react';

/** The in-page back link goes through browser history, so both stay in step. */
export const GoBackContext = createContext<() => void>(() => undefined);
export const useGoBack = (): (() => void) => useContext(GoBackContext);
