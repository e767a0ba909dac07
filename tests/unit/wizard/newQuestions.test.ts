/**
 * The quick path (a tool today, without an account), an association's size
 * and "what matters to you": the machine's transitions and the options the
 * answers give the recommender. Pure: no DOM.
 */
import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import type { Answers } from '../../../src/wizard/answers';
import { sanitizeAnswers } from '../../../src/wizard/steps';
import {
  completeAnswers,
  recommendOptions,
  stepNumber,
  wizardMachine,
  type WizardEvent,
  type WizardInput,
} from '../../../src/wizard/wizardMachine';

const runWith = (input: WizardInput | undefined, ...events: WizardEvent[]) => {
  const actor = createActor(wizardMachine, { input }).start();
  events.forEach((e) => {
    actor.send(e);
  });
  return actor.getSnapshot();
};
const run = (...events: WizardEvent[]) => runWith(undefined, ...events);

const start: WizardEvent = { type: 'wizard.start' };
const quick: WizardEvent = { type: 'wizard.quick' };
const back: WizardEvent = { type: 'nav.back' };
const confirm: WizardEvent = { type: 'answers.confirm' };
const tools = (...value: string[]) =>
  ({ type: 'answer.submit', step: 'quick', value }) as unknown as WizardEvent;
const who = (value: string) =>
  ({ type: 'answer.submit', step: 'who', value }) as unknown as WizardEvent;
const size = (value: string | undefined) =>
  ({ type: 'answer.submit', step: 'accounts', value }) as unknown as WizardEvent;
const priorities = (value: string[] | undefined) =>
  ({ type: 'answer.submit', step: 'priorities', value }) as unknown as WizardEvent;
const services: WizardEvent = { type: 'answer.submit', step: 'services', value: ['email'] };
const place: WizardEvent = { type: 'answer.submit', step: 'place', value: { kind: 'anywhere' } };
const budget: WizardEvent = { type: 'answer.submit', step: 'budget', value: 'free' };

describe('the quick path: a tool today, without an account', () => {
  test('welcome offers it beside Start; it is a question without a number', () => {
    expect(run().can(quick)).toBe(true);
    const s = run(quick);
    expect(s.value).toBe('quick');
    expect(s.hasTag('question')).toBe(true);
    expect(stepNumber(s.value)).toBeNull();
  });

  test('the tools lead straight to results that keep only offers without an account', () => {
    const s = run(quick, tools('pad', 'poll'));
    expect(s.value).toBe('results');
    expect(s.context.answers).toEqual({ needs: ['pad', 'poll'], quick: true });
    expect(recommendOptions(s.context.answers)).toEqual({ noAccount: true });
    // The questions it does not ask do not narrow the choice.
    expect(completeAnswers(s.context)).toEqual({
      profile: 'individual',
      needs: ['pad', 'poll'],
      place: { kind: 'anywhere' },
      budget: 'unknown',
    });
  });

  test.each([[[]], [['email']], [['pad', 'email']], [['nope']]])(
    'the tools %j are refused (none, or one that needs an account)',
    (value) => {
      const before = run(quick);
      const event = tools(...value);
      expect(before.can(event)).toBe(false);
      expect(run(quick, event).value).toBe('quick');
    },
  );

  test('no tool at all is refused', () => {
    const event = { type: 'answer.submit', step: 'quick', value: undefined } as WizardEvent;
    expect(run(quick).can(event)).toBe(false);
  });

  test('Back from its results returns to the tools, then to welcome', () => {
    expect(run(quick, tools('visio'), back).value).toBe('quick');
    expect(run(quick, tools('visio'), back, back).value).toBe('welcome');
  });

  test('"Change" from its results returns to the tools', () => {
    const s = run(quick, tools('visio'), { type: 'answers.change', step: 'services' });
    expect(s.value).toBe('quick');
    expect(s.context.returnToCheck).toBe(false);
  });

  test('the full questions afterwards leave the quick path but keep the tools as a first guess', () => {
    const s = run(quick, tools('transfer'), back, back, start);
    expect(s.value).toBe('who');
    expect(s.context.answers).toEqual({ needs: ['transfer'] });
    expect(completeAnswers(s.context)).toBeNull();
  });

  test('a share link of quick results opens on them', () => {
    const answers: Answers = { needs: ['poll'], quick: true };
    const s = runWith({ answers, open: 'results' });
    expect(s.value).toBe('results');
    expect(recommendOptions(s.context.answers)).toEqual({ noAccount: true });
  });

  test('a quick path without tools is not complete', () => {
    expect(completeAnswers({ answers: { quick: true } })).toBeNull();
    expect(completeAnswers({ answers: { quick: true, needs: [] } })).toBeNull();
    expect(runWith({ answers: { quick: true }, open: 'results' }).value).toBe('welcome');
  });
});

describe("an association's size", () => {
  test('"my association" asks how many people need an account', () => {
    const s = run(start, who('association'));
    expect(s.value).toBe('accounts');
    expect(stepNumber(s.value)).toBe(1);
  });

  test.each(['individual', 'helper'])('"%s" goes straight to the services', (profile) => {
    const s = run(start, who(profile));
    expect(s.value).toBe('services');
    expect(run(start, who(profile), back).value).toBe('who');
  });

  test('the size is needed to go on, and "I don\'t know" is a size', () => {
    expect(run(start, who('association')).can(size(undefined))).toBe(false);
    expect(run(start, who('association')).can(size('12'))).toBe(false);
    const s = run(start, who('association'), size('unknown'));
    expect(s.value).toBe('services');
    expect(s.context.answers.accounts).toBe('unknown');
    expect(run(start, who('association'), size('unknown'), back).value).toBe('accounts');
  });

  test('another profile forgets the size', () => {
    const s = run(start, who('association'), size('upTo50'), back, back, who('individual'));
    expect(s.value).toBe('services');
    expect(s.context.answers).toEqual({ profile: 'individual' });
  });

  test('becoming an association from check answers asks the size, then returns', () => {
    const toCheck = [start, who('individual'), services, place, budget, priorities([])];
    const changing = run(...toCheck, { type: 'answers.change', step: 'who' }, who('association'));
    expect(changing.value).toBe('accounts');
    const s = run(
      ...toCheck,
      { type: 'answers.change', step: 'who' },
      who('association'),
      size('upTo5'),
    );
    expect(s.value).toBe('check');
    expect(s.context.answers.accounts).toBe('upTo5');
  });

  test.each([
    ['upTo5', 5],
    ['upTo20', 20],
    ['upTo50', 50],
    ['more', 51],
  ] as const)('the size %s asks the recommender about %d accounts', (accounts, count) => {
    expect(recommendOptions({ profile: 'association', accounts })).toEqual({ accounts: count });
  });

  test('"I don\'t know", or a size without "my association", asks nothing', () => {
    expect(recommendOptions({ profile: 'association', accounts: 'unknown' })).toEqual({});
    expect(recommendOptions({ profile: 'helper', accounts: 'upTo5' })).toEqual({});
  });
});

describe('what matters to you (optional)', () => {
  const toPriorities = [start, who('helper'), services, place, budget];

  test('comes after the budget, as the fifth question', () => {
    const s = run(...toPriorities);
    expect(s.value).toBe('priorities');
    expect(stepNumber(s.value)).toBe(5);
  });

  test('Continue with nothing ticked is an answer: nothing in particular', () => {
    const s = run(...toPriorities, priorities(undefined));
    expect(s.value).toBe('check');
    expect(s.context.answers.priorities).toEqual([]);
    expect(recommendOptions(s.context.answers)).toEqual({});
    expect(s.can(confirm)).toBe(true);
  });

  test('the ticked priorities are kept once each and passed to the recommender', () => {
    const s = run(...toPriorities, priorities(['meet', 'longLived', 'meet']));
    expect(s.context.answers.priorities).toEqual(['meet', 'longLived']);
    expect(recommendOptions(s.context.answers)).toEqual({ priorities: ['meet', 'longLived'] });
  });

  test('an unknown priority is refused', () => {
    expect(run(...toPriorities).can(priorities(['cheap']))).toBe(false);
  });

  test('Change from check answers opens it with the answer, and returns', () => {
    const toCheck = [...toPriorities, priorities(['france'])];
    const opened = run(...toCheck, { type: 'answers.change', step: 'priorities' });
    expect(opened.value).toBe('priorities');
    expect(opened.context.answers.priorities).toEqual(['france']);
    const s = run(
      ...toCheck,
      { type: 'answers.change', step: 'priorities' },
      priorities(['association']),
    );
    expect(s.value).toBe('check');
    expect(s.context.answers.priorities).toEqual(['association']);
  });

  test('a session saved before this question still reaches the results', () => {
    const old: Answers = {
      profile: 'individual',
      needs: [],
      place: { kind: 'anywhere' },
      budget: 'free',
    };
    expect(runWith({ answers: old, open: 'results' }).value).toBe('results');
  });
});

describe('restored answers', () => {
  test('keep the new answers that parse and drop the others', () => {
    expect(
      sanitizeAnswers({
        profile: 'association',
        accounts: 'upTo20',
        priorities: ['meet', 'meet', 'france'],
        quick: true,
      }),
    ).toEqual({
      profile: 'association',
      accounts: 'upTo20',
      priorities: ['meet', 'france'],
      quick: true,
    });
    expect(
      sanitizeAnswers({
        profile: 'individual',
        accounts: 'upTo20',
        priorities: ['meet', 'cheap'],
        quick: 'yes',
      }),
    ).toEqual({ profile: 'individual' });
  });
});
