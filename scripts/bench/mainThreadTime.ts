/**
 * Reads a Chromium trace and splits the page's main-thread work inside a
 * window into script, style, layout, paint and the rest, by each event's
 * self time (its time minus the events nested in it), as DevTools' summary
 * does. Counted in thread time (CPU time): on a busy machine the wall time
 * of a task also holds the moments other processes had the CPU, which say
 * nothing about the page. Chromium's ×4 slowdown does count as the thread's
 * time, so these figures approach what an idle machine would show.
 * Also counts the elements styled, the objects laid out, and the style and
 * layout forced from inside script (e.g. by `focus()`).
 */

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread time, µs (when the trace recorded it). */
  tdur?: number;
  tts?: number;
  args?: Record<string, unknown>;
}

type Group = 'script' | 'style' | 'layout' | 'paint' | 'other';

export interface MainThreadTime {
  /** CPU ms by kind of work. */
  cpu: Record<Group, number>;
  /** Wall-clock ms the main thread was busy (tasks), for comparison. */
  busyWall: number;
  /** CPU ms of the click's own dispatch (its handlers and the render they run). */
  clickCpu: number;
  /** Style recalculations and the elements they styled. */
  styleRecalcs: number;
  elementsStyled: number;
  /** Layouts and the objects they laid out. */
  layouts: number;
  objectsLaidOut: number;
  /** CPU ms of style and layout run from inside script: forced, not left to the frame. */
  forced: number;
}

const groups: Record<string, Group> = {
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
  cpu: number;
  args: Record<string, unknown>;
  childCpu: number;
}

/** The main thread of the renderer that handled the click. */
export function clickDispatch(events: TraceEvent[]): TraceEvent | undefined {
  return events.find(
    (e) =>
      e.name === 'EventDispatch' &&
      (e.args?.data as { type?: string } | undefined)?.type === 'click',
  );
}

/** Complete spans ('X', or 'B' matched with its 'E'), in start order, parents first. */
function spansOf(events: TraceEvent[]): Span[] {
  const spans: Span[] = [];
  const open: TraceEvent[] = [];
  const span = (name: string, start: number, end: number, cpu: number, args = {}) =>
    spans.push({ name, start, end, cpu, args, childCpu: 0 });
  for (const e of events) {
    if (e.ph === 'X' && e.dur !== undefined) {
      span(e.name, e.ts, e.ts + e.dur, e.tdur ?? e.dur, e.args);
    } else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const begin = open.pop();
      if (begin) {
        const cpu =
          begin.tts !== undefined && e.tts !== undefined ? e.tts - begin.tts : e.ts - begin.ts;
        span(begin.name, begin.ts, e.ts, cpu, { ...begin.args, ...e.args });
      }
    }
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The part of a span inside the window, as a share of it (CPU is split in proportion). */
const shareInside = (span: Span, from: number, to: number) => {
  const wall = span.end - span.start;
  const inside = Math.max(0, Math.min(span.end, to) - Math.max(span.start, from));
  return wall > 0 ? inside / wall : span.start >= from && span.start <= to ? 1 : 0;
};

/** Splits the main thread's work between `from` and `to` (trace clock, µs). */
export function mainThreadTime(events: TraceEvent[], from: number, to: number): MainThreadTime {
  const click = clickDispatch(events);
  const time: MainThreadTime = {
    cpu: { script: 0, style: 0, layout: 0, paint: 0, other: 0 },
    busyWall: 0,
    clickCpu: (click?.tdur ?? click?.dur ?? 0) / 1000,
    styleRecalcs: 0,
    elementsStyled: 0,
    layouts: 0,
    objectsLaidOut: 0,
    forced: 0,
  };
  if (!click) return time;
  const mine = events
    .filter((e) => e.pid === click.pid && e.tid === click.tid)
    .sort((a, b) => a.ts - b.ts);
  const spans = spansOf(mine);
  const stack: Span[] = [];
  for (const span of spans) {
    while (stack.length > 0 && (stack.at(-1)?.end ?? 0) <= span.start) stack.pop();
    const share = shareInside(span, from, to);
    const parent = stack.at(-1);
    if (parent) parent.childCpu += span.cpu * share;
    else time.busyWall += ((span.end - span.start) * share) / 1000;
    const group = groups[span.name];
    // Style or layout nested in script: the script asked for it.
    const forced = stack.some((s) => groups[s.name] === 'script');
    stack.push(span);
    if (share === 0) continue;
    if ((group === 'style' || group === 'layout') && forced) time.forced += span.cpu * share;
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
  // Self time: a span's own CPU time, less what the spans nested in it took.
  for (const span of spans) {
    const self = span.cpu * shareInside(span, from, to) - span.childCpu;
    if (self > 0) time.cpu[groups[span.name] ?? 'other'] += self / 1000;
  }
  time.forced /= 1000;
  return time;
}

/** A main-thread task that overlaps the interaction. */
export interface TaskNearClick {
  /** Start, ms from the input (negative: it was already running, or queued, when the input came). */
  start: number;
  wall: number;
  cpu: number;
  /** What ran in it, biggest first: the click, a module evaluated, a callback and its file… */
  what: string;
}

const fileOf = (url: unknown) =>
  typeof url === 'string' && url !== '' ? (url.split('/').at(-1) ?? url) : '';

/**
 * A name a person can read for a span, else the name of the span it is in
 * (`inherited`), or '' for one that only wraps others.
 */
function labelOf(span: Span, inherited: string): string {
  const data = (span.args.data ?? {}) as Record<string, unknown>;
  const file = fileOf(data.url ?? span.args.fileName ?? span.args.url);
  const mojo = span.args.chrome_mojo_event_info as { mojo_interface_tag?: unknown } | undefined;
  switch (span.name) {
    case 'Receive mojo message':
      // The bench's own commands (Playwright's page-side script is about 330 KB to compile).
      return mojo?.mojo_interface_tag === 'blink.mojom.DevToolsSession'
        ? 'the driver (DevTools commands)'
        : inherited;
    case 'EventDispatch':
      return `${typeof data.type === 'string' ? data.type : 'event'} handlers`;
    case 'EvaluateScript':
      return file ? `evaluate ${file}` : inherited || 'evaluate a script';
    case 'v8.compileModule':
    case 'v8.evaluateModule':
      return `evaluate ${file || 'a script'}`;
    case 'FunctionCall':
      return file
        ? `callback ${typeof data.functionName === 'string' && data.functionName !== '' ? data.functionName : '(anonymous)'} in ${file}`
        : inherited || 'a callback';
    case 'TimerFire':
      return 'timer';
    case 'FireAnimationFrame':
      return 'animation frame';
    case 'FireIdleCallback':
      return 'idle callback';
    case 'ParseHTML':
      return 'parse HTML';
    case 'ParseAuthorStyleSheet':
      return `parse ${fileOf(data.styleSheetUrl) || 'a style sheet'}`;
    case 'MajorGC':
    case 'MinorGC':
      return 'garbage collection';
    default:
      return groups[span.name] && groups[span.name] !== 'script'
        ? 'style, layout, paint'
        : inherited;
  }
}

/**
 * The tasks of the click's thread that overlap `from`–`to` (trace clock, µs)
 * and last at least `minWall` ms: those that ran before the input are what
 * the click waited behind (its input delay). Each task's CPU time is split
 * by self time, a span's own going to its nearest named ancestor.
 */
export function tasksDuring(
  events: TraceEvent[],
  from: number,
  to: number,
  minWall = 10,
): TaskNearClick[] {
  const click = clickDispatch(events);
  if (!click) return [];
  const spans = spansOf(events.filter((e) => e.pid === click.pid && e.tid === click.tid));
  const tasks: { task: Span; parts: Map<string, number> }[] = [];
  const stack: { span: Span; label: string }[] = [];
  const named: { span: Span; label: string; parts: Map<string, number> }[] = [];
  for (const span of spans) {
    while (stack.length > 0 && (stack.at(-1)?.span.end ?? 0) <= span.start) stack.pop();
    const parent = stack.at(-1);
    if (parent) parent.span.childCpu += span.cpu;
    else tasks.push({ task: span, parts: new Map() });
    const label = labelOf(span, parent?.label ?? '');
    stack.push({ span, label });
    const parts = tasks.at(-1)?.parts;
    if (label && parts) named.push({ span, label, parts });
  }
  for (const { span, label, parts } of named) {
    parts.set(label, (parts.get(label) ?? 0) + Math.max(0, span.cpu - span.childCpu));
  }
  const describe = (parts: Map<string, number>) =>
    [...parts]
      .filter(([, cpu]) => cpu >= 1000)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([label, cpu]) => `${label} ${Math.round(cpu / 1000)}`)
      .join(', ');
  return tasks
    .filter(
      ({ task }) => task.end > from && task.start < to && task.end - task.start >= minWall * 1000,
    )
    .map(({ task, parts }) => ({
      start: (task.start - from) / 1000,
      wall: (task.end - task.start) / 1000,
      cpu: task.cpu / 1000,
      what: describe(parts) || task.name,
    }));
}

/**
 * CPU ms of the page's other threads (a service worker installing, the
 * compositor…) between `from` and `to`, by thread name: on a phone with few
 * cores they compete with the main thread for the CPU.
 */
export function otherThreadsDuring(
  events: TraceEvent[],
  from: number,
  to: number,
): Record<string, number> {
  const click = clickDispatch(events);
  if (!click) return {};
  const names = new Map<number, string>();
  const byThread = new Map<number, TraceEvent[]>();
  for (const e of events) {
    if (e.pid !== click.pid || e.tid === click.tid) continue;
    if (e.ph === 'M' && e.name === 'thread_name') {
      const name = (e.args as { name?: unknown } | undefined)?.name;
      if (typeof name === 'string') names.set(e.tid, name);
    } else {
      const list = byThread.get(e.tid) ?? [];
      list.push(e);
      byThread.set(e.tid, list);
    }
  }
  const cpu: Record<string, number> = {};
  for (const [tid, threadEvents] of byThread) {
    let end = -Infinity;
    let total = 0;
    // Only the outermost spans: the nested ones are inside their time already.
    for (const span of spansOf(threadEvents.sort((a, b) => a.ts - b.ts))) {
      if (span.start < end) continue;
      end = span.end;
      total += span.cpu * shareInside(span, from, to);
    }
    const name = (names.get(tid) ?? `thread ${tid}`).replace(/\d+$/, '');
    if (total >= 1000) cpu[name] = (cpu[name] ?? 0) + total / 1000;
  }
  return cpu;
}
