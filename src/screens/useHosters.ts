import { useMemo } from 'react';
import { useContent } from '../app/contentContext';
import { bundledHosters } from '../content/bundledHosters';
import type { Content } from '../content/validate';

/**
 * The whole content, hosters included. The app starts without them and the
 * results screens bring the bundled ones; content given with its own hosters
 * (a test, a preview of other data) keeps them.
 */
export function useFullContent(): Content {
  const content = useContent();
  return useMemo(() => ({ ...content, hosters: content.hosters ?? bundledHosters }), [content]);
}
