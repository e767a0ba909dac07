import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether the page is being printed, from the browser's `beforeprint` to its
 * `afterprint`: Ctrl+P, the browser's menu, the print button or a PDF export
 * all pass through them. The handout is only put in the page then, so the
 * results screen appears without drawing it (issue 7: a click answers within
 * 100 ms). The browser takes its print snapshot right after `beforeprint`,
 * so the handout is drawn synchronously (flushSync), not at React's leisure.
 */
export function usePrinting(): { printing: boolean; print: () => void } {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => {
      flushSync(() => {
        setPrinting(true);
      });
    };
    const after = () => {
      setPrinting(false);
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  const print = () => {
    // Drawn before the dialog opens, for browsers that give no beforeprint.
    flushSync(() => {
      setPrinting(true);
    });
    window.print();
  };
  return { printing, print };
}
