import { createActor } from 'xstate';
import { describe, expect, test } from 'vitest';
import type { Answers } from '../../../src/wizard/answers';
import { wizardMachine } from '../../../src/wizard/wizardMachine';

const full: Answers = {
  profile: 'association',
  needs: ['email', 'visio'],
  place: { kind: 'postcode', code: '69003', departement: '69' },
  budget: 'membership',
};

describe('opening a share link', () => {
  test('complete shared answers open straight on the results; Back goes to check answers', () => {
    const actor = createActor(wizardMachine, { input: { answers: full, open: 'results' } }).start();
    expect(actor.getSnapshot().value).toBe('results');
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().value).toBe('check');
    expect(actor.getSnapshot().context.answers).toEqual(full);
  });

  test('incomplete shared answers start at the welcome page, answers kept for the questions', () => {
    const partial: Answers = { ...full, budget: undefined };
    const actor = createActor(wizardMachine, {
      input: { answers: partial, open: 'results' },
    }).start();
    expect(actor.getSnapshot().value).toBe('welcome');
    expect(actor.getSnapshot().context.answers).toEqual(partial);
  });

  test('after a restart, the welcome page stays the welcome page', () => {
    const actor = createActor(wizardMachine, { input: { answers: full, open: 'results' } }).start();
    actor.send({ type: 'wizard.restart' });
    expect(actor.getSnapshot().value).toBe('welcome');
    expect(actor.getSnapshot().context.answers).toEqual({});
  });

  test('restored answers without the share request start at the welcome page', () => {
    const actor = createActor(wizardMachine, { input: { answers: full } }).start();
    expect(actor.getSnapshot().value).toBe('welcome');
  });
});
