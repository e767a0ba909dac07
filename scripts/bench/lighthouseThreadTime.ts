/**
 * Lighthouse's mobile score replays the trace of an unthrottled load and
 * multiplies each main-thread task's duration by four. On a shared machine
 * those durations are wall time: a task that waited for a core behind other
 * processes counts as work the page did, four times over (on a 2-core
 * machine with a load of 10, a 40 ms hydration showed as 270 ms).
 *
 * This re-audits the same saved artifacts with each trace event's thread
 * time (the CPU time the renderer really spent) in place of its wall time.
 * It is an estimate, optimistic where a task waited on something other than
 * the CPU, so it is printed beside the real score, never instead of it.
 */
import lighthouse, { type Result } from 'lighthouse';
import * as assetSaver from 'lighthouse/core/lib/asset-saver.js';

/** What this file reads of Lighthouse's saved artifacts (its own types are internal). */
interface Artifacts {
  Trace?: { traceEvents: TraceEvent[] };
}

const load = assetSaver.loadArtifacts as (dir: string) => Artifacts;
const save = assetSaver.saveArtifacts as (artifacts: Artifacts, dir: string) => Promise<void>;

interface TraceEvent {
  ph?: string;
  dur?: number;
  tdur?: number;
}

/** Complete events whose thread time is known and shorter: they take their thread time. */
export function withThreadTime(events: TraceEvent[]): number {
  let changed = 0;
  for (const event of events) {
    if (event.ph !== 'X' || typeof event.dur !== 'number' || typeof event.tdur !== 'number')
      continue;
    if (event.tdur >= event.dur) continue;
    event.dur = event.tdur;
    changed += 1;
  }
  return changed;
}

/**
 * The artifacts in `gathered` audited again, with thread times. Lighthouse
 * refuses other settings than the gathering's: same categories.
 */
export async function reauditWithThreadTime(
  gathered: string,
  into: string,
  onlyCategories: string[],
): Promise<Result> {
  const artifacts = load(gathered);
  // artifacts.traces.defaultPass is this same object: one pass changes both.
  if (artifacts.Trace) withThreadTime(artifacts.Trace.traceEvents);
  await save(artifacts, into);
  const result = await lighthouse(undefined, {
    output: 'json',
    logLevel: 'error',
    onlyCategories,
    auditMode: into,
  });
  if (!result) throw new Error('Lighthouse returned no result from the saved artifacts');
  return result.lhr;
}
