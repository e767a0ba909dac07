/**
 * Lighthouse mobile scores (its default profile: a mid-range phone on
 * simulated slow 4G) against the served build, in Debian's Chromium with the
 * same flags as the tests. One run: Lighthouse's simulated throttling keeps
 * the performance score stable enough to compare builds.
 */
import { launch } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { chromiumFlags, chromiumPath } from '../browser/chromium';
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

export async function runLighthouse(url: string): Promise<void> {
  const chrome = await launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', ...chromiumFlags],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: goals.map((g) => g.id),
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    console.log(`Lighthouse ${lhr.lighthouseVersion}, mobile profile, one run:`);
    if (lhr.runtimeError) console.log(`  runtime error: ${lhr.runtimeError.message}`);
    for (const { id, min } of goals) {
      const category = lhr.categories[id];
      const score = category?.score === null || !category ? NaN : Math.round(category.score * 100);
      const target = min === 100 ? '100' : `≥ ${min}`;
      console.log(
        `  ${(category?.title ?? id).padEnd(20)} ${String(score).padStart(4)}  ${goal(score >= min, target)}`,
      );
      if (score < min) for (const title of failing(lhr, id)) console.log(`    - ${title}`);
    }
    const values = metrics.map(
      (id) => `${lhr.audits[id]?.title ?? id} ${lhr.audits[id]?.displayValue ?? '?'}`,
    );
    console.log(`  metrics: ${values.join('; ')}`);
  } finally {
    chrome.kill();
  }
}
