/**
 * Robustness of the share link and saved sessions over random input
 * (fast-check; issue 7). Runs: FC_RUNS (default 1000); `npm run fuzz` runs
 * the same properties 10,000 times each.
 */
import { describe, expect, test } from 'vitest';
import { numRuns, shareBoundaries } from './boundaries';

describe('share link and session properties', () => {
  test.each(shareBoundaries.map((b) => [b.name, b] as const))('%s', (_name, boundary) => {
    const run = boundary.check({ numRuns });
    expect(run.report).toBe('');
    expect(run.failed).toBe(false);
  });
});
