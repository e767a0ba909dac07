import { createActor } from 'xstate';
import { describe, expect, test } from 'vitest';
import { wizardMachine, type WizardEvent } from '../../../src/wizard/wizardMachine';

const toResults: WizardEvent[] = [
  { type: 'wizard.start' },
  { type: 'answer.submit', step: 'who', value: 'association' },
  { type: 'answer.submit', step: 'accounts', value: 'upTo5' },
  { type: 'answer.submit', step: 'services', value: ['email'] },
  { type: 'answer.submit', step: 'place', value: { kind: 'departement', code: '69' } },
  { type: 'answer.submit', step: 'budget', value: 'membership' },
  { type: 'answer.submit', step: 'priorities', value: [] },
  { type: 'answers.confirm' },
];

const run = (...events: WizardEvent[]) => {
  const actor = createActor(wizardMachine).start();
  [...toResults, ...events].forEach((event) => {
    actor.send(event);
  });
  return actor.getSnapshot();
};

const toggle = (hosterId: string): WizardEvent => ({ type: 'compare.toggle', hosterId });

describe('from the results', () => {
  test('a hoster opens its detail page, and Back returns to the results', () => {
    const opened = run({ type: 'hoster.open', hosterId: 'hadoly' });
    expect(opened.value).toBe('detail');
    expect(opened.context.detail).toBe('hadoly');
    expect(run({ type: 'hoster.open', hosterId: 'hadoly' }, { type: 'nav.back' }).value).toBe(
      'results',
    );
  });

  test('an id that is not a content id opens nothing', () => {
    for (const hosterId of ['', '../x', 'A', '<script>', 'x'.repeat(81)]) {
      expect(run({ type: 'hoster.open', hosterId }).value).toBe('results');
      expect(run(toggle(hosterId)).context.compared).toEqual([]);
    }
  });

  test('comparing needs two hosters, and takes three at most', () => {
    expect(run(toggle('a'), { type: 'compare.open' }).value).toBe('results');
    const three = run(toggle('a'), toggle('b'), toggle('c'), toggle('d'));
    expect(three.context.compared).toEqual(['a', 'b', 'c']);
    expect(three.can(toggle('d'))).toBe(false);
    expect(three.can(toggle('b'))).toBe(true);
    const compared = run(toggle('a'), toggle('b'), { type: 'compare.open' });
    expect(compared.value).toBe('compare');
    expect(
      run(toggle('a'), toggle('b'), { type: 'compare.open' }, { type: 'nav.back' }).value,
    ).toBe('results');
  });

  test('ticking again removes a hoster from the comparison', () => {
    expect(run(toggle('a'), toggle('b'), toggle('a')).context.compared).toEqual(['b']);
  });

  test('changing an answer forgets the comparison of the old results', () => {
    const s = run(
      toggle('a'),
      toggle('b'),
      { type: 'answers.change', step: 'budget' },
      {
        type: 'answer.submit',
        step: 'budget',
        value: 'free',
      },
    );
    expect(s.value).toBe('check');
    expect(s.context.compared).toEqual([]);
  });

  test('restart forgets the comparison and the open detail', () => {
    const s = run(toggle('a'), { type: 'hoster.open', hosterId: 'a' }, { type: 'wizard.restart' });
    expect(s.value).toBe('welcome');
    expect(s.context).toMatchObject({ detail: null, compared: [] });
  });

  test('detail and compare cannot be reached before the results', () => {
    const actor = createActor(wizardMachine).start();
    actor.send({ type: 'hoster.open', hosterId: 'a' });
    actor.send(toggle('a'));
    actor.send(toggle('b'));
    actor.send({ type: 'compare.open' });
    expect(actor.getSnapshot().value).toBe('welcome');
    expect(actor.getSnapshot().context.compared).toEqual([]);
  });
});
