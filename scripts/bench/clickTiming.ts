/**
 * What the page itself sees of one click, installed before the app runs:
 * the Event Timing entries (as pageVitals observes them, threshold 16 ms)
 * and how long each `focus()` call took (a focus brings style and layout
 * up to date first, so a slow one shows where that work was forced).
 */
export interface ClickTiming {
  entries: {
    name: string;
    interactionId: number;
    startTime: number;
    processingStart: number;
    processingEnd: number;
    duration: number;
  }[];
  focusCalls: { tag: string; duration: number }[];
}

/** Source text, not a function: the TypeScript runner's helpers do not exist in the page. */
export const observeClickTiming = `(() => {
  const timing = { entries: [], focusCalls: [] };
  window.__clickTiming = timing;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.interactionId) continue;
      timing.entries.push({
        name: e.name,
        interactionId: e.interactionId,
        startTime: e.startTime,
        processingStart: e.processingStart,
        processingEnd: e.processingEnd,
        duration: e.duration,
      });
    }
  }).observe({ type: 'event', buffered: true, durationThreshold: 16 });
  const focus = HTMLElement.prototype.focus;
  HTMLElement.prototype.focus = function (options) {
    const start = performance.now();
    focus.call(this, options);
    timing.focusCalls.push({ tag: this.tagName.toLowerCase(), duration: performance.now() - start });
  };
})();`;

/**
 * The click's phases, from its Event Timing entries. The latency is the
 * longest entry's duration, as pageVitals (and INP) count it.
 */
export interface InteractionPhases {
  latency: number;
  inputDelay: number;
  processing: number;
  presentation: number;
  /** From the input to the frame that showed its result, on the page's clock (ms). */
  start: number;
  end: number;
}

export function phasesOf(entries: ClickTiming['entries']): InteractionPhases | null {
  const last = entries.at(-1);
  if (!last) return null;
  const mine = entries.filter((e) => e.interactionId === last.interactionId);
  const start = Math.min(...mine.map((e) => e.startTime));
  const end = Math.max(...mine.map((e) => e.startTime + e.duration));
  const processingStart = Math.min(...mine.map((e) => e.processingStart));
  const processingEnd = Math.max(...mine.map((e) => e.processingEnd));
  return {
    latency: Math.max(...mine.map((e) => e.duration)),
    inputDelay: processingStart - start,
    processing: processingEnd - processingStart,
    presentation: end - processingEnd,
    start,
    end,
  };
}

/** When the page finished loading and when each script and style sheet arrived (page clock, ms). */
export interface LoadTimeline {
  load: number;
  files: { file: string; end: number }[];
}

/** Source text for `page.evaluate`, for the same reason as `observeClickTiming`. */
export const readLoadTimeline = `(() => ({
  load: performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? 0,
  files: performance
    .getEntriesByType('resource')
    .filter((r) => /\\.(js|css)$/.test(r.name))
    .map((r) => ({ file: r.name.split('/').pop(), end: r.responseEnd })),
}))()`;
