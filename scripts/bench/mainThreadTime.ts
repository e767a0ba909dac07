/**
 * Reads a Chromium trace and splits the page's main-thread time inside a
 * window into script, style, layout, paint and the rest, by each event's
 * self time (its duration minus the events nested in it), as DevTools'
 * summary does. Also counts the elements styled and the objects laid out,
 * and the style and layout forced from inside script (e.g. by `focus()`).
 */

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: Record<string, unknown>;
}

export interface MainThreadTime {
  script: number;
  style: number;
  layout: number;
  paint: number;
  other: number;
  /** Style recalculations and the elements they styled. */
  styleRecalcs: number;
  elementsStyled: number;
  /** Layouts and the objects they laid out. */
  layouts: number;
  objectsLaidOut: number;
  /** Style and layout run from inside script: forced, not left to the frame. */
  forced: number;
}

const groups: Record<string, keyof Pick<MainThreadTime, 'script' | 'style' | 'layout' | 'paint'>> =
  {
    FunctionCall: 'script',
    EventDispatch: 'script',
    TimerFire: 'script',
    FireAnimationFrame: 'script',
    FireIdleCallback: 'script',
    RunMicrotasks: 'script',
    EvaluateScript: 'script',
    'v8.compile': 'script',
    'v8.compileModule': 'script',
    'v8.evaluateModule': 'script',
    'v8.run': 'script',
    'V8.Execute': 'script',
    MinorGC: 'script',
    MajorGC: 'script',
    UpdateLayoutTree: 'style',
    RecalculateStyles: 'style',
    ParseAuthorStyleSheet: 'style',
    Layout: 'layout',
    ComputeIntersections: 'layout',
    PrePaint: 'paint',
    Paint: 'paint',
    Layerize: 'paint',
    UpdateLayer: 'paint',
    UpdateLayerTree: 'paint',
    Commit: 'paint',
    CompositeLayers: 'paint',
  };

interface Span {
  name: string;
  start: number;
  end: number;
  args: Record<string, unknown>;
  children: number;
}

/** The main thread of the renderer that handled the click. */
function mainThread(events: TraceEvent[]): { pid: number; tid: number } | null {
  const click = events.find(
    (e) =>
      e.name === 'EventDispatch' &&
      (e.args?.data as { type?: string } | undefined)?.type === 'click',
  );
  return click ? { pid: click.pid, tid: click.tid } : null;
}

/** Complete spans ('X', or 'B' matched with its 'E'), in start order. */
function spansOf(events: TraceEvent[]): Span[] {
  const spans: Span[] = [];
  const open: TraceEvent[] = [];
  for (const e of events) {
    if (e.ph === 'X' && e.dur !== undefined) {
      spans.push({ name: e.name, start: e.ts, end: e.ts + e.dur, args: e.args ?? {}, children: 0 });
    } else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const begin = open.pop();
      if (begin) {
        const args = { ...begin.args, ...e.args };
        spans.push({ name: begin.name, start: begin.ts, end: e.ts, args, children: 0 });
      }
    }
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

const clipped = (span: Span, from: number, to: number) =>
  Math.max(0, Math.min(span.end, to) - Math.max(span.start, from));

/** Splits the main thread's time between `from` and `to` (trace clock, µs). */
export function mainThreadTime(events: TraceEvent[], from: number, to: number): MainThreadTime {
  const time: MainThreadTime = {
    script: 0,
    style: 0,
    layout: 0,
    paint: 0,
    other: 0,
    styleRecalcs: 0,
    elementsStyled: 0,
    layouts: 0,
    objectsLaidOut: 0,
    forced: 0,
  };
  const thread = mainThread(events);
  if (!thread) return time;
  const mine = events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid)
    .sort((a, b) => a.ts - b.ts);
  const spans = spansOf(mine);
  const stack: Span[] = [];
  for (const span of spans) {
    while (stack.length > 0 && (stack.at(-1)?.end ?? 0) <= span.start) stack.pop();
    const inside = clipped(span, from, to);
    const parent = stack.at(-1);
    if (parent) parent.children += inside;
    const group = groups[span.name];
    // Style or layout nested in script: the script asked for it (forced).
    const forced = stack.some((s) => groups[s.name] === 'script');
    stack.push(span);
    if (inside === 0) continue;
    if ((group === 'style' || group === 'layout') && forced) time.forced += inside;
    if (span.name === 'UpdateLayoutTree') {
      time.styleRecalcs += 1;
      time.elementsStyled += Number(span.args.elementCount ?? 0);
    }
    if (span.name === 'Layout') {
      time.layouts += 1;
      const begin = span.args.beginData as { dirtyObjects?: number } | undefined;
      time.objectsLaidOut += begin?.dirtyObjects ?? 0;
    }
  }
  // Self time: a span's own time, less what the spans nested in it took.
  for (const span of spans) {
    const self = clipped(span, from, to) - span.children;
    if (self > 0) time[groups[span.name] ?? 'other'] += self / 1000;
  }
  time.forced /= 1000;
  return time;
}
