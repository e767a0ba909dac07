/**
 * Content is checked while building (scripts/vite/validatedContent.ts), so
 * the browser never needs the full content schemas, nor full zod: the
 * answers it checks at start-up (share links, saved sessions) use zod/mini,
 * which leaves out of the first download everything it does not use.
 * These tests follow the imports the bundler follows, from src/main.tsx
 * (tests/fixtures/importGraph.ts).
 */
import { describe, expect, test } from 'vitest';
import { reachable } from '../fixtures/importGraph';

describe('the first download', () => {
  const first = reachable(false);

  test('checks answers with the wizard schemas (the walk reaches them)', () => {
    expect(first.files).toContain('src/wizard/answers.ts');
    expect(first.files).toContain('src/share/sharedState.ts');
    expect(first.files).toContain('src/places/placesSchema.ts');
    expect([...first.packages.keys()]).toContain('zod/mini');
  });

  test('carries neither the content schemas nor their checks', () => {
    expect(first.files).not.toContain('src/content/schema.ts');
    expect(first.files).not.toContain('src/content/validate.ts');
    expect(first.files).not.toContain('src/content/softwareMapSchema.ts');
  });
});

test('no module of the app, even loaded later, imports full zod', () => {
  const { packages } = reachable(true);
  const fullZod = [...packages].filter(([name]) => name === 'zod' || name.startsWith('zod/v4'));
  expect(Object.fromEntries(fullZod)).toEqual({});
});
