import { useEffect, useRef } from 'react';

/**
 * Moves focus to the element (a page heading) when a screen appears, so a
 * screen reader announces the new question and keyboard users start there.
 */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
