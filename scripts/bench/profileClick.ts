/**
 * Profiles one interaction, by default "Continuer" on "Pour qui cherchez-vous ?"
 * with "Pour moi" ticked, which draws the services question (about twenty
 * tiles); with `--click start`, "Commencer" on the welcome page, pressed as
 * soon as the page has loaded, as the full journey of `npm run bench` does.
 * Same conditions as `npm run bench` (Slow 4G, CPU ×4, a phone-sized window,
 * a first visit each run), and prints the click's latency (Event Timing, as
 * pageVitals measures it) with where the main thread spent it, then for each
 * run the files that arrived after the load event and the tasks of 10 ms or
 * more that overlap the click: those before the input are what it waited behind.
 * `--driver-ready` has Playwright compile its page-side script before the
 * click rather than just after it (see profileOnce), to see the app alone.
 *
 *   npx tsx scripts/bench/profileClick.ts [--click services|start] [--driver-ready] [--runs 5]
 *     [--trace file.json] [build folder…]
 *
 * Without a folder it builds the working tree into a temporary one. With
 * several folders (e.g. before and after a change) the runs alternate
 * between them, so a busy machine weighs on each the same way.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildInto } from '../browser/build';
import { launchChromium } from '../browser/chromium';
import { withPhonePage } from '../browser/phonePage';
import { fr } from '../browser/frenchTexts';
import { heading, toNewScreen } from '../browser/journey';
import { serveBuild, type ServedBuild } from '../browser/serve';
import {
  observeClickTiming,
  phasesOf,
  readLoadTimeline,
  type ClickTiming,
  type LoadTimeline,
} from './clickTiming';
import {
  clickDispatch,
  mainThreadTime,
  otherThreadsDuring,
  tasksDuring,
  type MainThreadTime,
  type TaskNearClick,
  type TraceEvent,
} from './mainThreadTime';
import { median } from './report';

const root = path.resolve(import.meta.dirname, '../..');
const wizardTexts = JSON.parse(
  readFileSync(path.join(root, 'content/locales/fr/wizard.json'), 'utf8'),
) as { who: { options: { individual: { label: string } } } };
const forMe = wizardTexts.who.options.individual.label;

const traceCategories = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
];

interface Run {
  latency: number;
  /** The click event's own entry, without the wait since the button was pressed. */
  click: number;
  inputDelay: number;
  processing: number;
  presentation: number;
  focus: number;
  nodes: number;
  time: MainThreadTime;
  tasks: TaskNearClick[];
  /** CPU ms of the page's other threads over the click, by thread. */
  otherThreads: Record<string, number>;
  /** The input, ms after the load event ended. */
  afterLoad: number;
  /** When each script and style sheet arrived, ms from the input (negative: before it). */
  arrivals: { file: string; at: number }[];
}

type Metrics = Record<string, number>;

/** The page's counters (DOM nodes, layout objects…), read through the DevTools protocol. */
async function metricsOf(page: Page): Promise<() => Promise<Metrics>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
  };
}

/** A click to profile: how a fresh page gets to it, and the button pressed. */
interface Scenario {
  title: string;
  button: string;
  /**
   * Trace from before the page loads, so that the start-up work the click
   * may wait behind is in the trace (tracing slows that work a little).
   */
  traceLoad: boolean;
  reach: (page: Page, url: string) => Promise<void>;
}

const scenarios = {
  services: {
    title: '"Continuer" on "Pour qui" → services',
    button: fr.continue,
    traceLoad: false,
    reach: async (page, url) => {
      await page.goto(url);
      await heading(page).waitFor();
      await toNewScreen(page, () =>
        page.getByRole('button', { name: fr.start, exact: true }).click(),
      );
      await page.getByRole('radio', { name: forMe, exact: true }).check();
      // Let the tick's own frame and any late download settle: only the click is measured.
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
    },
  },
  start: {
    title:
      '"Commencer" on the welcome page, as soon as the page has loaded (as the full journey does)',
    button: fr.start,
    traceLoad: true,
    reach: async (page, url) => {
      await page.goto(url);
      await heading(page).waitFor();
    },
  },
} satisfies Record<string, Scenario>;

type ScenarioName = keyof typeof scenarios;

/** One first visit: the scenario's way to its button, then the measured click. */
async function profileOnce(
  browser: Browser,
  url: string,
  { scenario, driverReady }: Pick<Options, 'scenario' | 'driverReady'>,
  tracePath: string | null,
): Promise<Run> {
  return withPhonePage(browser, { initScript: observeClickTiming }, async (page) => {
    const readMetrics = await metricsOf(page);
    const startTracing = () => browser.startTracing(page, { categories: traceCategories });
    if (scenario.traceLoad) await startTracing();
    await scenario.reach(page, url);
    // Playwright compiles its page-side script (about 330 KB) in the page's own world the
    // first time it waits for a condition there, which toNewScreen does right after the
    // click: 100-200 ms of main thread at CPU ×4 that can fall before the click's frame.
    // Done now, the click is measured alone; without it, as the full journey measures it.
    if (driverReady) await page.waitForFunction(() => true);
    await page.evaluate(() => {
      const timing = (window as unknown as { __clickTiming: ClickTiming }).__clickTiming;
      timing.entries.length = 0;
      timing.focusCalls.length = 0;
    });
    if (!scenario.traceLoad) await startTracing();
    await toNewScreen(page, () =>
      page.getByRole('button', { name: scenario.button, exact: true }).click(),
    );
    // The Event Timing entry is reported after the frame it waited for.
    await page.waitForFunction(
      () => (window as unknown as { __clickTiming: ClickTiming }).__clickTiming.entries.length > 0,
    );
    const trace = await browser.stopTracing();
    if (tracePath) writeFileSync(tracePath, trace);
    const timing = await page.evaluate(
      () => (window as unknown as { __clickTiming: ClickTiming }).__clickTiming,
    );
    const phases = phasesOf(timing.entries);
    if (!phases) throw new Error('the click was not reported by Event Timing');
    const metrics = await readMetrics();
    const loading = await page.evaluate<LoadTimeline>(readLoadTimeline);
    const { traceEvents } = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] };
    const span = traceWindow(traceEvents, timing, phases);
    return {
      ...phases,
      click: timing.entries.find((e) => e.name === 'click')?.duration ?? NaN,
      focus: timing.focusCalls.reduce((sum, call) => sum + call.duration, 0),
      nodes: metrics.Nodes ?? 0,
      time: mainThreadTime(traceEvents, ...span),
      tasks: tasksDuring(traceEvents, ...span),
      otherThreads: otherThreadsDuring(traceEvents, ...span),
      afterLoad: phases.start - loading.load,
      arrivals: loading.files.map((f) => ({ file: f.file, at: f.end - phases.start })),
    };
  });
}

/**
 * The interaction's span on the trace's clock (µs): the page's clock and the
 * trace's differ by an offset, read from the click's own dispatch.
 */
function traceWindow(
  events: TraceEvent[],
  timing: ClickTiming,
  phases: { start: number; end: number },
): [number, number] {
  const click = clickDispatch(events);
  const entry = timing.entries.find((e) => e.name === 'click');
  if (!click || !entry) return [-Infinity, Infinity];
  const offset = click.ts - entry.processingStart * 1000;
  return [phases.start * 1000 + offset, phases.end * 1000 + offset];
}

const ms = (value: number) => `${Math.round(value)} ms`.padStart(7);

function report(label: string, runs: Run[]): void {
  const mid = (pick: (run: Run) => number) => median(runs.map(pick));
  const cpu = (group: keyof MainThreadTime['cpu']) => ms(mid((r) => r.time.cpu[group]));
  const total = (r: Run) => Object.values(r.time.cpu).reduce((sum, value) => sum + value, 0);
  console.log(`${label}: median of ${runs.length}`);
  console.log(
    `  latency      ${ms(mid((r) => r.latency))}   (runs: ${runs.map((r) => Math.round(r.latency)).join(', ')} ms; goal ≤ 100 ms)`,
  );
  console.log(
    `  input delay  ${ms(mid((r) => r.inputDelay))}   handlers ${ms(mid((r) => r.processing))}   to the frame ${ms(mid((r) => r.presentation))}   click entry alone ${ms(mid((r) => r.click))}`,
  );
  console.log(
    `  main thread, CPU time: ${ms(mid(total))} (the click's own dispatch ${ms(mid((r) => r.time.clickCpu))}) = script ${cpu('script')}, style ${cpu('style')}, layout ${cpu('layout')}, paint ${cpu('paint')}, other ${cpu('other')}  (busy ${ms(mid((r) => r.time.busyWall))} of wall time)`,
  );
  console.log(
    `  style: ${mid((r) => r.time.styleRecalcs)} recalcs, ${mid((r) => r.time.elementsStyled)} elements; layout: ${mid((r) => r.time.layouts)} passes, ${mid((r) => r.time.objectsLaidOut)} objects; forced from script ${ms(mid((r) => r.time.forced))} CPU`,
  );
  console.log(`  focus() ${ms(mid((r) => r.focus))} wall; DOM nodes after: ${mid((r) => r.nodes)}`);
  for (const [index, run] of runs.entries()) reportRun(index + 1, run);
}

const signed = (value: number) => `${value < 0 ? '−' : '+'}${Math.abs(Math.round(value))} ms`;

/** One run's context: what arrived after the load event, and the long tasks over the click. */
function reportRun(number: number, run: Run): void {
  const late = run.arrivals
    .filter((a) => a.at > -run.afterLoad)
    .sort((a, b) => a.at - b.at)
    .map((a) => `${a.file} ${signed(a.at)}`);
  console.log(
    `  run ${number}: ${Math.round(run.latency)} ms, input ${Math.round(run.afterLoad)} ms after load; arrived after load: ${late.join(', ') || 'nothing'}`,
  );
  const tasks = run.tasks.map(
    (t) => `${signed(t.start)} ${Math.round(t.wall)} ms wall (${Math.round(t.cpu)} CPU): ${t.what}`,
  );
  console.log(`    tasks ≥ 10 ms over the click, from the input:`);
  for (const task of tasks) console.log(`      ${task}`);
  const others = Object.entries(run.otherThreads)
    .sort((a, b) => b[1] - a[1])
    .map(([name, cpu]) => `${name} ${Math.round(cpu)} ms`);
  console.log(`    the page's other threads, CPU over the click: ${others.join(', ') || 'none'}`);
}

const isScenario = (name: string): name is ScenarioName => Object.hasOwn(scenarios, name);

interface Options {
  runs: number;
  tracePath: string | null;
  scenario: Scenario;
  driverReady: boolean;
  folders: string[];
}

function parseArgs(args: string[]): Options {
  let runs = 5;
  let tracePath: string | null = null;
  let click: ScenarioName = 'services';
  let driverReady = false;
  const folders: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--runs') runs = Number(args[++i]);
    else if (arg === '--trace') tracePath = path.resolve(args[++i] ?? 'click-trace.json');
    else if (arg === '--driver-ready') driverReady = true;
    else if (arg === '--click') {
      const name = args[++i] ?? '';
      if (!isScenario(name)) {
        throw new Error(`--click takes ${Object.keys(scenarios).join(' or ')}, not "${name}"`);
      }
      click = name;
    } else folders.push(path.resolve(arg));
  }
  return { runs, tracePath, scenario: scenarios[click], driverReady, folders };
}

const options = parseArgs(process.argv.slice(2));
const { runs, tracePath, scenario, folders } = options;
if (folders.length === 0) {
  const outDir = path.join(os.tmpdir(), 'boussole-profile-click');
  await buildInto(root, outDir);
  folders.push(outDir);
}
console.log(
  `Machine: ${os.cpus().length} cores, load average ${(os.loadavg()[0] ?? 0).toFixed(1)} at the start.`,
);
const servers: ServedBuild[] = [];
for (const folder of folders) servers.push(await serveBuild(root, folder));
const browser = await launchChromium();
try {
  const results = servers.map(() => [] as Run[]);
  for (let run = 0; run < runs; run += 1) {
    // Each round starts with the next build: no build always runs first (or last).
    for (let turn = 0; turn < servers.length; turn += 1) {
      const index = (run + turn) % servers.length;
      const last = run === runs - 1 && turn === servers.length - 1;
      const url = servers[index]?.url ?? '';
      results[index]?.push(await profileOnce(browser, url, options, last ? tracePath : null));
    }
  }
  console.log(
    `${scenario.title}${options.driverReady ? ', driver ready before the click' : ''}, Slow 4G, CPU ×4, window 412×823`,
  );
  for (const [index, folder] of folders.entries()) report(folder, results[index] ?? []);
  console.log(`Load average at the end: ${(os.loadavg()[0] ?? 0).toFixed(1)}.`);
  if (tracePath)
    console.log(`Last run's trace (open in DevTools' Performance panel): ${tracePath}`);
} finally {
  await browser.close();
  for (const server of servers) await server.close();
}
