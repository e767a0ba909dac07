import { createContext, useContext } from 'react';
import type { StartContent } from '../content/load';

/** The validated content, loaded once at start (see main.tsx); the hosters may come later. */
export const ContentContext = createContext<StartContent | null>(null);

export function useContent(): StartContent {
  const content = useContext(ContentContext);
  if (!content) throw new Error('useContent needs a ContentContext provider');
  return content;
}
