/**
 * validateContent over random files (fast-check; issue 7): the valid fixture
 * set altered deep inside, files replaced or removed, or random JSON. It
 * never throws and every error names a file, a field and a problem.
 * Runs: FC_RUNS (default 1000); `npm run fuzz` runs 10,000.
 */
import { expect, test } from 'vitest';
import { contentValidateAny, numRuns } from '../unit/share/boundaries';

test(
  contentValidateAny.name,
  () => {
    const run = contentValidateAny.check({ numRuns });
    expect(run.report).toBe('');
    expect(run.failed).toBe(false);
  },
  60_000,
);
