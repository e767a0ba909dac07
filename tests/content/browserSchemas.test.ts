/**
 * Content is checked while building (scripts/vite/validatedContent.ts), so
 * the browser never needs the full content schemas, nor full zod: the
 * answers it checks (share links, saved sessions) use zod/mini, in the
 * wizard's code that follows the welcome page (src/app/wizardKit.ts), with
 * the statechart. These tests follow the imports the bundler follows, from
 * src/main.tsx (tests/fixtures/importGraph.ts).
 */
import { describe, expect, test } from 'vitest';
import { reachable } from '../fixtures/importGraph';

describe('the first download', () => {
  const first = reachable(false);

  test('leaves the answer schemas and the statechart to the code that follows it', () => {
    for (const file of [
      'src/wizard/answers.ts',
      'src/share/sharedState.ts',
      'src/wizard/wizardMachine.ts',
    ]) {
      expect(first.files).not.toContain(file);
    }
    expect([...first.packages.keys()]).not.toContain('zod/mini');
    expect([...first.packages.keys()]).not.toContain('xstate');
  });

  test('carries neither the content schemas nor their checks', () => {
    expect(first.files).not.toContain('src/content/schema.ts');
    expect(first.files).not.toContain('src/content/validate.ts');
    expect(first.files).not.toContain('src/content/softwareMapSchema.ts');
  });
});

test('the code that follows reads answers with the schemas, and runs the statechart', () => {
  const later = reachable(true);
  expect(later.files).toContain('src/wizard/answers.ts');
  expect(later.files).toContain('src/share/sharedState.ts');
  expect(later.packages.get('zod/mini')).toContain('src/wizard/answers.ts');
  expect(later.packages.get('xstate')).toContain('src/app/wizardKit.ts');
});

test('no module of the app, even loaded later, imports full zod', () => {
  const { packages } = reachable(true);
  const fullZod = [...packages].filter(([name]) => name === 'zod' || name.startsWith('zod/v4'));
  expect(Object.fromEntries(fullZod)).toEqual({});
});
