import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { loadQuestionScreens, loadResultScreens } from '../../src/app/laterScreens';
import { wizardKit } from '../../src/app/loadWizardKit';

// The app fetches the wizard's code and the questions after the first page, and the results
// while the person answers (src/app/laterScreens.tsx); tests that open on a question or on
// results would otherwise meet them half-loaded. The built app's tests (tests/e2e) go through the real loading.
beforeAll(async () => {
  await Promise.all([wizardKit.load(), loadQuestionScreens(), loadResultScreens()]);
});

// Any console.error (React warnings, failed prop types, act() warnings) fails the test.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error: ${args.map(String).join(' ')}`);
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  window.history.replaceState(null, '');
});
