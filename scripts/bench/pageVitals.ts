/**
 * What the page itself observes (PerformanceObserver), installed before the
 * app's first byte runs. Kept on `window.__vitals` for the bench to read.
 */
export interface PageVitals {
  /** Render time of the last largest-contentful-paint entry, in ms. */
  lcp: number | null;
  lcpElement: string;
  /** Layout shifts not caused by a recent input. */
  shifts: { value: number; startTime: number }[];
  /**
   * Longest event per interaction, in ms, with what was hit, when it started
   * and when its handlers ended (page clock).
   */
  interactions: Record<
    number,
    { duration: number; what: string; startTime: number; processingEnd: number }
  >;
  /**
   * The page's long animation frames (over 50 ms of main thread from the first
   * task to the end of rendering), start and end on the page clock.
   */
  longFrames: { start: number; end: number }[];
  /**
   * From a click to the first frame that shows a new page heading, in ms.
   * The interaction ends at the next frame, which may still show the page
   * before (a new screen is drawn just after it): this is what the person waits for.
   */
  screenChanges: { duration: number; what: string }[];
}

/**
 * Kept as source text, not a function: the TypeScript runner wraps named
 * functions in a helper that does not exist in the page.
 */
export const observeVitals = `(() => {
  const vitals = { lcp: null, lcpElement: '', shifts: [], interactions: {}, screenChanges: [], longFrames: [] };
  window.__vitals = vitals;
  const describe = (node) => {
    if (!(node instanceof Element)) return '';
    const text = node.textContent.trim().replace(/\\s+/g, ' ').slice(0, 40);
    return '<' + node.tagName.toLowerCase() + '> ' + text;
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      vitals.lcp = entry.startTime;
      vitals.lcpElement = describe(entry.element);
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput) vitals.shifts.push({ value: entry.value, startTime: entry.startTime });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  // The element hit, by event time: by the time the entry is reported, the
  // screen may have changed and the entry's target be gone.
  const hit = new Map();
  for (const type of ['pointerdown', 'click', 'keydown']) {
    addEventListener(type, (event) => {
      hit.set(event.timeStamp, describe(event.target.closest('button, label, a, input') || event.target) + ' in "' + document.title + '"');
    }, true);
  }
  // A click, then the first frame where the h1 reads differently.
  let waiting = null;
  const headingText = () => (document.querySelector('h1') || { textContent: '' }).textContent;
  addEventListener('click', (event) => {
    waiting = { at: event.timeStamp, heading: headingText(), what: (hit.get(event.timeStamp) || '') };
  }, true);
  new MutationObserver(() => {
    if (!waiting || headingText() === waiting.heading) return;
    const click = waiting;
    waiting = null;
    requestAnimationFrame(() => {
      vitals.screenChanges.push({ duration: performance.now() - click.at, what: click.what });
    });
  }).observe(document, { subtree: true, childList: true, characterData: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const id = entry.interactionId;
      if (!id) continue;
      const known = vitals.interactions[id];
      if (!known || entry.duration > known.duration) {
        vitals.interactions[id] = { duration: entry.duration, what: entry.name + ' on ' + (hit.get(entry.startTime) || describe(entry.target)), startTime: entry.startTime, processingEnd: entry.processingEnd };
      }
    }
  }).observe({ type: 'event', buffered: true, durationThreshold: 16 });
  if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        vitals.longFrames.push({ start: entry.startTime, end: entry.startTime + entry.duration });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  }
})();`;

/**
 * How long after the input the page's main thread had drawn the frame that
 * answers it: the long frame in which the handlers ended, or under 50 ms when
 * none was long. The rest of an interaction's latency is the browser showing
 * that frame (compositing, raster, display), which a busy machine delays.
 */
export function mainThreadShare(
  interaction: PageVitals['interactions'][number],
  longFrames: PageVitals['longFrames'],
): number | null {
  const frame = longFrames.find(
    (f) => f.start <= interaction.processingEnd && interaction.processingEnd <= f.end,
  );
  return frame ? frame.end - interaction.startTime : null;
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
