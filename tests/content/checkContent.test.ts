import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, writeFixtureDir } from './fixtures';

/** Runs `tsx scripts/checkContent.ts [dir]` as `npm run content:check` does. */
function check(dir?: string): { status: number | null; stdout: string; stderr: string } {
  // The local tsx binary (what npx would resolve), without npx's start-up cost.
  const tsx = path.join(projectRoot, 'node_modules', '.bin', 'tsx');
  const args = ['scripts/checkContent.ts', ...(dir === undefined ? [] : [dir])];
  const run = spawnSync(tsx, args, { cwd: projectRoot, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run content:check', { timeout: 60_000 }, () => {
  it('prints the file, field and problem of a wrong value and exits 1', () => {
    const run = check(writeFixtureDir('wrong-enum'));
    expect(run.stderr).toMatch(/hosters\/alpha\.json → offers\[1\]\.service: Invalid option/);
    expect(run.stdout).toContain('11 files, 1 hoster, 1 error');
    expect(run.status).toBe(1);
  });

  it('points at the line of invalid JSON, without a second "missing" error, and exits 1', () => {
    const run = check(writeFixtureDir('invalid-json'));
    expect(run.stderr).toMatch(/hosters\/alpha\.json: invalid JSON at line 4, column 3/);
    expect(run.stdout).toContain('11 files, 1 hoster, 1 error');
    expect(run.status).toBe(1);
  });

  it('names a need whose usual software the table does not know, and exits 1', () => {
    const run = check(writeFixtureDir('need-unknown-software'));
    expect(run.stderr).toMatch(
      /needs\.json → needs\[15\]\.software\[0\]: "Lufi" is not in content\/software-map\.json/,
    );
    expect(run.status).toBe(1);
  });

  it('names a criterion without its text, and exits 1', () => {
    const run = check(writeFixtureDir('criterion-missing-text'));
    expect(run.stderr).toMatch(/locales\/fr\/criteria\.json → items\.servers\.why: no text/);
    expect(run.status).toBe(1);
  });

  it('exits 0 on the valid fixture set', () => {
    const run = check(writeFixtureDir());
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('11 files, 2 hosters, 0 errors');
    expect(run.status).toBe(0);
  });

  it('exits 0 on the real content/', () => {
    const run = check();
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/\d+ files, \d+ hosters, 0 errors/);
    expect(run.status).toBe(0);
  });
});
