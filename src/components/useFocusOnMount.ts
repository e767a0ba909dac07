import { useEffect, useRef } from 'react';

/** Until the first screen of this page load has appeared. */
let firstScreenOfLoad = true;

/**
 * Moves focus to the element (a page heading) when a screen appears, so a
 * screen reader announces the new question and keyboard users start there.
 * Not on the first screen of a page load when the person has already moved
 * focus themselves: the welcome page is in index.html, and someone may tab
 * to "Commencer" before the scripts take it over.
 */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  // Read while drawing, so that React's development check, which runs effects twice, sees the same.
  const firstOfLoad = useRef(firstScreenOfLoad);
  useEffect(() => {
    firstScreenOfLoad = false;
    const active = document.activeElement;
    if (firstOfLoad.current && active !== null && active !== document.body) return;
    ref.current?.focus();
  }, []);
  return ref;
}
