/**
 * Lighthouse mobile scores (its default profile: a mid-range phone on
 * simulated slow 4G, CPU ×4) against the served build, in Debian's Chromium
 * with the same flags as the tests. Three runs, each in a fresh browser, and
 * the run with the median performance score is the one reported: a single
 * run can land a few points either way.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { chromiumFlags, chromiumPath } from '../browser/chromium';
import { reauditWithThreadTime } from './lighthouseThreadTime';
import { goal } from './report';

const goals: { id: string; min: number }[] = [
  { id: 'performance', min: 95 },
  { id: 'accessibility', min: 100 },
  { id: 'best-practices', min: 100 },
];

const metrics = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

export interface LighthouseOptions {
  /** How many runs; the median one (by performance score) is reported. */
  runs?: number;
  /** A folder to write each run's full report into (lighthouse-1.json, …), to read the audits. */
  saveTo?: string;
}

/** The audits that cost points in a category (Lighthouse counts ≥ 0.9 as passed). */
function failing(lhr: Result, category: string): string[] {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  return refs.flatMap((ref) => {
    const audit = lhr.audits[ref.id];
    if (!audit || audit.score === null) return [];
    if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) return [];
    if (audit.score >= (audit.scoreDisplayMode === 'binary' ? 1 : 0.9)) return [];
    const what = audit.displayValue ? ` (${audit.displayValue})` : '';
    return [`${audit.title}${what}${examples(audit.details)}`];
  });
}

/** A few of the audit's items (which issue, which file), so a failure can be acted on. */
function examples(details: unknown): string {
  const items = (details as { items?: unknown[] } | undefined)?.items ?? [];
  const named = items.slice(0, 3).flatMap((item) => {
    const { description, issueType, url } = item as Record<string, unknown>;
    const name = [description, issueType, url].find((v) => typeof v === 'string');
    return typeof name === 'string' ? [name] : [];
  });
  return named.length > 0 ? `: ${named.join('; ')}` : '';
}

const score = (lhr: Result, id: string): number => {
  const value = lhr.categories[id]?.score;
  return value === null || value === undefined ? NaN : Math.round(value * 100);
};

interface Run {
  /** Lighthouse's own report. */
  lhr: Result;
  /** The same run re-audited with thread times (./lighthouseThreadTime.ts). */
  threadTime: Result;
}

/** One run in a browser of its own: no cache, no service worker left by an earlier run. */
async function runOnce(url: string): Promise<Run> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'boussole-lighthouse-'));
  const gathered = path.join(dir, 'gathered');
  const chrome = await launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', ...chromiumFlags],
  });
  try {
    // Gathered and audited as usual, the artifacts kept on disk for the second audit.
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: goals.map((g) => g.id),
      gatherMode: gathered,
      auditMode: gathered,
    });
    if (!result) throw new Error('Lighthouse returned no result');
    chrome.kill();
    const threadTime = await reauditWithThreadTime(
      gathered,
      path.join(dir, 'thread-time'),
      goals.map((g) => g.id),
    );
    return { lhr: result.lhr, threadTime };
  } finally {
    chrome.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

const metricValues = (lhr: Result): string =>
  metrics
    .map((id) => `${lhr.audits[id]?.title ?? id} ${lhr.audits[id]?.displayValue ?? '?'}`)
    .join('; ');

/** Each run's performance score, in the order they ran. */
const scores = (runs: Result[]): string =>
  runs
    .map((run) => {
      const value = score(run, 'performance');
      return Number.isFinite(value) ? String(value) : 'failed';
    })
    .join(', ');

/**
 * The run whose performance score is the median (the middle one once sorted).
 * A run that could not measure (a trace Lighthouse could not read) is left
 * out, unless no run could.
 */
export function medianRun(runs: Result[]): Result {
  const measured = runs.filter((run) => Number.isFinite(score(run, 'performance')));
  const sorted = measured.sort((a, b) => score(a, 'performance') - score(b, 'performance'));
  const middle = sorted[Math.floor((sorted.length - 1) / 2)] ?? runs.at(-1);
  if (!middle) throw new Error('no Lighthouse run to report');
  return middle;
}

/** Runs Lighthouse, prints the median run's scores and metrics, and gives that run's report. */
export async function measureLighthouse(
  url: string,
  options: LighthouseOptions = {},
): Promise<Result> {
  const count = Math.max(1, options.runs ?? 3);
  const runs: Run[] = [];
  for (let i = 1; i <= count; i += 1) {
    const run = await runOnce(url);
    runs.push(run);
    if (options.saveTo)
      writeFileSync(path.join(options.saveTo, `lighthouse-${i}.json`), JSON.stringify(run.lhr));
  }
  const lhr = medianRun(runs.map((run) => run.lhr));
  console.log(
    `Lighthouse ${lhr.lighthouseVersion}, mobile profile, median of ${count} runs (performance: ${scores(runs.map((run) => run.lhr))}):`,
  );
  if (lhr.runtimeError) console.log(`  runtime error: ${lhr.runtimeError.message}`);
  for (const { id, min } of goals) {
    const value = score(lhr, id);
    const target = min === 100 ? '100' : `≥ ${min}`;
    console.log(
      `  ${(lhr.categories[id]?.title ?? id).padEnd(20)} ${String(value).padStart(4)}  ${goal(value >= min, target)}`,
    );
    if (value < min) for (const title of failing(lhr, id)) console.log(`    - ${title}`);
  }
  console.log(`  metrics: ${metricValues(lhr)}`);
  const estimate = medianRun(runs.map((run) => run.threadTime));
  console.log(
    `  the same runs without other processes' load (thread time, an estimate): performance ${scores(runs.map((run) => run.threadTime))}, median ${score(estimate, 'performance')}`,
  );
  console.log(`    metrics: ${metricValues(estimate)}`);
  return lhr;
}

/** The bench's section: the figures are printed, nothing is returned. */
export async function runLighthouse(url: string, options: LighthouseOptions = {}): Promise<void> {
  await measureLighthouse(url, options);
}
