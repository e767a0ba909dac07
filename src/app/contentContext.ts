import { createContext, useContext } from 'react';
import type { Content } from '../content/validate';

/** The validated content, loaded once at start (see main.tsx). */
export const ContentContext = createContext<Content | null>(null);

export function useContent(): Content {
  const content = useContext(ContentContext);
  if (!content) throw new Error('useContent needs a ContentContext provider');
  return content;
}
