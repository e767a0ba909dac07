/**
 * A screen still on show after the machine moved on (until the next screen
 * is drawn) sees the last state of its own step, never the next one's.
 */
import { expect, test } from 'vitest';
import { screenView } from '../../../src/app/screenView';
import { createWizard } from '../../../src/app/wizardKit';
import type { Answers } from '../../../src/wizard/answers';

const complete: Answers = {
  profile: 'individual',
  needs: ['email'],
  place: { kind: 'anywhere' },
  budget: 'free',
};

test('it follows the machine while on its step', () => {
  const actor = createWizard({});
  actor.send({ type: 'wizard.start' });
  const who = screenView(actor, 'who');
  expect(who.getSnapshot().value).toBe('who');
  expect(who.getSnapshot()).toBe(actor.getSnapshot());
});

test('once the machine has left its step, it keeps the last state of that step', () => {
  const actor = createWizard({ answers: complete, open: 'results' });
  actor.send({ type: 'hoster.open', hosterId: 'framasoft' });
  const detail = screenView(actor, 'detail');
  expect(detail.getSnapshot().context.detail).toBe('framasoft');

  actor.send({ type: 'nav.back' });
  expect(actor.getSnapshot().value).toBe('results');
  expect(detail.getSnapshot().value).toBe('detail');
  expect(detail.getSnapshot().context.detail).toBe('framasoft');
});

test('forgotten answers do not reach the results still on show', () => {
  const actor = createWizard({ answers: complete, open: 'results' });
  const results = screenView(actor, 'results');
  actor.send({ type: 'wizard.restart' });
  expect(actor.getSnapshot().context.answers).toEqual({});
  expect(results.getSnapshot().context.answers).toEqual(complete);
});

test('its events still reach the machine, which ignores those for a step it has left', () => {
  const actor = createWizard({});
  actor.send({ type: 'wizard.start' });
  const who = screenView(actor, 'who');
  who.send({ type: 'answer.submit', step: 'who', value: 'individual' });
  expect(actor.getSnapshot().value).toBe('services');
  // A second press on the old screen's "Continuer", before the next screen is drawn.
  who.send({ type: 'answer.submit', step: 'who', value: 'association' });
  expect(actor.getSnapshot().value).toBe('services');
  expect(actor.getSnapshot().context.answers.profile).toBe('individual');
});
