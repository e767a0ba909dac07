/**
 * What the page itself observes (PerformanceObserver), installed before the
 * app's first byte runs. Kept on `window.__vitals` for the bench to read.
 * This function runs in the browser: it is serialised, so it uses nothing
 * from this module.
 */
export interface PageVitals {
  /** Render time of the last largest-contentful-paint entry, in ms. */
  lcp: number | null;
  lcpElement: string;
  /** Layout shifts not caused by a recent input. */
  shifts: { value: number; startTime: number }[];
  /** Longest event per interaction, in ms, with what was hit. */
  interactions: Record<number, { duration: number; what: string }>;
}

export function observeVitals(): void {
  const vitals: PageVitals = { lcp: null, lcpElement: '', shifts: [], interactions: {} };
  (window as unknown as { __vitals: PageVitals }).__vitals = vitals;
  const describe = (node: Node | null | undefined): string => {
    if (!(node instanceof Element)) return '';
    const text = node.textContent.trim().replace(/\s+/g, ' ').slice(0, 40);
    return `<${node.tagName.toLowerCase()}> ${text}`;
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { element?: Element })[]) {
      vitals.lcp = entry.startTime;
      vitals.lcpElement = describe(entry.element);
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
    })[]) {
      if (!entry.hadRecentInput)
        vitals.shifts.push({ value: entry.value, startTime: entry.startTime });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    // interactionId is newer than TypeScript's DOM types.
    for (const entry of list.getEntries() as (PerformanceEventTiming & {
      interactionId?: number;
    })[]) {
      const id = entry.interactionId;
      if (!id) continue;
      const known = vitals.interactions[id];
      if (!known || entry.duration > known.duration) {
        vitals.interactions[id] = {
          duration: entry.duration,
          what: `${entry.name} on ${describe(entry.target)}`,
        };
      }
    }
  }).observe({ type: 'event', buffered: true, durationThreshold: 16 } as PerformanceObserverInit);
}

/**
 * Cumulative layout shift as the web-vitals definition has it: the largest
 * session window (shifts less than 1 s apart, at most 5 s long).
 */
export function cumulativeLayoutShift(shifts: PageVitals['shifts']): number {
  let worst = 0;
  let current = 0;
  let windowStart = 0;
  let previous = -Infinity;
  for (const shift of shifts) {
    if (shift.startTime - previous > 1000 || shift.startTime - windowStart > 5000) {
      current = 0;
      windowStart = shift.startTime;
    }
    current += shift.value;
    previous = shift.startTime;
    worst = Math.max(worst, current);
  }
  return worst;
}
