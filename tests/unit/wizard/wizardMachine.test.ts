import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import { adjacencyMapToArray, getAdjacencyMap, getShortestPaths } from 'xstate/graph';
import type { Answers, CompleteAnswers, QuestionStep } from '../../../src/wizard/answers';
import {
  completeAnswers,
  isQuestionStep,
  questionCount,
  stepNumber,
  wizardMachine,
  type WizardEvent,
  type WizardInput,
  type WizardSnapshot,
} from '../../../src/wizard/wizardMachine';

const runWith = (input: WizardInput | undefined, ...events: WizardEvent[]): WizardSnapshot => {
  const actor = createActor(wizardMachine, { input }).start();
  events.forEach((e) => {
    actor.send(e);
  });
  return actor.getSnapshot();
};
const run = (...events: WizardEvent[]) => runWith(undefined, ...events);

const start: WizardEvent = { type: 'wizard.start' };
const back: WizardEvent = { type: 'nav.back' };
const confirm: WizardEvent = { type: 'answers.confirm' };
const restart: WizardEvent = { type: 'wizard.restart' };
const change = (step: QuestionStep): WizardEvent => ({ type: 'answers.change', step });

/** A valid answer to each question (an association of about 20 in Lyon, with a small budget). */
const answer = {
  who: { type: 'answer.submit', step: 'who', value: 'association' },
  accounts: { type: 'answer.submit', step: 'accounts', value: 'upTo20' },
  services: { type: 'answer.submit', step: 'services', value: ['email', 'visio'] },
  place: { type: 'answer.submit', step: 'place', value: { kind: 'departement', code: '69' } },
  budget: { type: 'answer.submit', step: 'budget', value: 'membership' },
  priorities: { type: 'answer.submit', step: 'priorities', value: ['meet'] },
} as const satisfies Record<QuestionStep, WizardEvent>;

/** A different valid answer to each question, to see a Change take effect. */
const otherAnswer = {
  who: { type: 'answer.submit', step: 'who', value: 'helper' },
  accounts: { type: 'answer.submit', step: 'accounts', value: 'more' },
  services: { type: 'answer.submit', step: 'services', value: [] },
  place: { type: 'answer.submit', step: 'place', value: { kind: 'anywhere' } },
  budget: { type: 'answer.submit', step: 'budget', value: 'free' },
  priorities: { type: 'answer.submit', step: 'priorities', value: [] },
} as const satisfies Record<QuestionStep, WizardEvent>;

const fullAnswers: Answers = {
  profile: 'association',
  accounts: 'upTo20',
  needs: ['email', 'visio'],
  place: { kind: 'departement', code: '69' },
  budget: 'membership',
  priorities: ['meet'],
};
/** What the recommender receives from them. */
const fullComplete: CompleteAnswers = {
  profile: 'association',
  needs: ['email', 'visio'],
  place: { kind: 'departement', code: '69' },
  budget: 'membership',
};

/** Events that lead from a fresh start to each state. */
const pathTo = {
  welcome: [],
  who: [start],
  accounts: [start, answer.who],
  services: [start, answer.who, answer.accounts],
  place: [start, answer.who, answer.accounts, answer.services],
  budget: [start, answer.who, answer.accounts, answer.services, answer.place],
  priorities: [start, answer.who, answer.accounts, answer.services, answer.place, answer.budget],
  check: [
    start,
    answer.who,
    answer.accounts,
    answer.services,
    answer.place,
    answer.budget,
    answer.priorities,
  ],
  results: [
    start,
    answer.who,
    answer.accounts,
    answer.services,
    answer.place,
    answer.budget,
    answer.priorities,
    confirm,
  ],
} satisfies Record<string, WizardEvent[]>;
const states = Object.keys(pathTo) as (keyof typeof pathTo)[];
const steps = ['who', 'accounts', 'services', 'place', 'budget', 'priorities'] as const;
/** The questions that need an answer ("what matters to you" may be left empty). */
const required = steps.filter((step) => step !== 'priorities');

/** What a view could send from untyped input (a share link, a bug): the schemas must catch it. */
const untrusted = (step: string, value: unknown) =>
  ({ type: 'answer.submit', step, value }) as unknown as WizardEvent;

/** The event changes nothing, and `can` said so beforehand (views rely on it). */
const expectRefused = (events: WizardEvent[], event: WizardEvent) => {
  const before = run(...events);
  const after = run(...events, event);
  expect(before.can(event)).toBe(false);
  expect(after.value).toBe(before.value);
  expect(after.context).toEqual(before.context);
};

describe('starting', () => {
  test('a new visit starts at welcome with no answers', () => {
    const s = run();
    expect(s.value).toBe('welcome');
    expect(s.context).toEqual({
      answers: {},
      returnToCheck: false,
      detail: null,
      compared: [],
      openResults: false,
    });
  });

  test('Start leads to the first question', () => {
    expect(run(start).value).toBe('who');
  });

  test('welcome only offers Start (and restart)', () => {
    const s = run();
    expect(s.can(start)).toBe(true);
    expect(s.can(back)).toBe(false);
    expect(s.can(confirm)).toBe(false);
    expect(s.can(answer.who)).toBe(false);
    expect(s.can(change('who'))).toBe(false);
  });

  test('restored answers pre-select choices but the person still starts at welcome', () => {
    const s = runWith({ answers: fullAnswers });
    expect(s.value).toBe('welcome');
    expect(s.context.answers).toEqual(fullAnswers);
    expect(s.can(confirm)).toBe(false);
  });

  test('restored answers that no longer parse are dropped one by one', () => {
    const answers = {
      profile: 'company',
      needs: ['email', 'printer'],
      place: { kind: 'postcode', code: '69001', departement: '69' },
      budget: 'free',
    } as unknown as Answers;
    const s = runWith({ answers });
    expect(s.context.answers).toEqual({
      place: { kind: 'postcode', code: '69001', departement: '69' },
      budget: 'free',
    });
  });

  test('restored answers that are not an object are ignored', () => {
    const s = runWith({ answers: 'nonsense' as unknown as Answers });
    expect(s.context.answers).toEqual({});
  });
});

describe('answering the questions', () => {
  test('each valid answer is stored and leads to the next step, then to check answers', () => {
    const s = run(...pathTo.check);
    expect(s.value).toBe('check');
    expect(s.context).toEqual({
      answers: fullAnswers,
      returnToCheck: false,
      detail: null,
      compared: [],
      openResults: false,
    });
    expect(run(...pathTo.accounts).context.answers).toEqual({ profile: 'association' });
  });

  test.each(steps)('%s is a question tagged for the stepper', (step) => {
    const s = run(...pathTo[step]);
    expect(s.value).toBe(step);
    expect(s.hasTag('question')).toBe(true);
    expect(s.can(answer[step])).toBe(true);
  });

  test.each(['welcome', 'check', 'results'] as const)('%s is not a question', (state) => {
    expect(run(...pathTo[state]).hasTag('question')).toBe(false);
  });

  test('"I don\'t know yet" (no service chosen) is a valid answer', () => {
    const s = run(...pathTo.services, otherAnswer.services);
    expect(s.value).toBe('place');
    expect(s.context.answers.needs).toEqual([]);
  });

  test('a service chosen twice is stored once', () => {
    const twice: WizardEvent = {
      type: 'answer.submit',
      step: 'services',
      value: ['pad', 'email', 'pad'],
    };
    expect(run(...pathTo.services, twice).context.answers.needs).toEqual(['pad', 'email']);
  });

  test.each([
    { kind: 'anywhere' },
    { kind: 'departement', code: '2A' },
    { kind: 'departement', code: '974' },
    { kind: 'postcode', code: '69001', departement: '69' },
  ] as const)('the place %j is accepted', (value) => {
    const s = run(...pathTo.place, { type: 'answer.submit', step: 'place', value });
    expect(s.value).toBe('budget');
    expect(s.context.answers.place).toEqual(value);
  });

  test.each(required)('Continue without an answer is refused on %s', (step) => {
    expectRefused(pathTo[step], untrusted(step, undefined));
  });

  test.each(steps)('an answer to another question is refused on %s', (step) => {
    for (const other of steps.filter((s) => s !== step)) {
      expectRefused(pathTo[step], answer[other]);
      // Even with a value that would be valid for the current question.
      expectRefused(pathTo[step], untrusted(other, answer[step].value));
    }
  });

  test.each([
    ['who', 'company'],
    ['who', ''],
    ['accounts', 12],
    ['accounts', 'upTo100'],
    ['services', ['email', 'printer']],
    ['services', 'email'],
    ['place', { kind: 'postcode', code: '6900', departement: '69' }],
    ['place', { kind: 'postcode', code: '69001' }],
    ['place', { kind: 'postcode', code: '69001', departement: '75' }],
    ['place', { kind: 'departement', code: '100' }],
    ['place', { kind: 'departement', code: '69', name: 'Rhône' }],
    ['place', { kind: 'city', name: 'Lyon' }],
    ['place', 'Lyon'],
    ['budget', 'cheap'],
    ['budget', null],
    ['priorities', ['cheap']],
    ['priorities', 'meet'],
  ] as const)('on %s, the value %j is refused', (step, value) => {
    expectRefused(pathTo[step], untrusted(step, value));
  });

  test('an unknown question is refused', () => {
    expectRefused(pathTo.who, untrusted('age', 42));
  });

  test('answers are refused outside the questions', () => {
    for (const state of ['welcome', 'check', 'results'] as const) {
      for (const step of steps) expectRefused(pathTo[state], answer[step]);
    }
  });
});

describe('going back', () => {
  test.each([
    ['who', 'welcome'],
    ['accounts', 'who'],
    ['services', 'accounts'],
    ['place', 'services'],
    ['budget', 'place'],
    ['priorities', 'budget'],
    ['check', 'priorities'],
    ['results', 'check'],
  ] as const)('Back from %s goes to %s', (from, to) => {
    const s = run(...pathTo[from], back);
    expect(s.value).toBe(to);
    expect(s.context.returnToCheck).toBe(false);
  });

  test('Back keeps the answers, so the previous screen shows its choice selected', () => {
    const s = run(...pathTo.check, back, back, back, back, back, back);
    expect(s.value).toBe('who');
    expect(s.context.answers).toEqual(fullAnswers);
  });

  test('answering again after Back replaces the answer and goes on', () => {
    const s = run(...pathTo.place, back, otherAnswer.services);
    expect(s.value).toBe('place');
    expect(s.context.answers.needs).toEqual([]);
  });

  test('there is nothing before welcome', () => {
    expectRefused([], back);
  });
});

describe('changing an answer from check answers', () => {
  test.each(steps)('Change %s opens that question with the answer still selected', (step) => {
    const s = run(...pathTo.check, change(step));
    expect(s.value).toBe(step);
    expect(s.context.returnToCheck).toBe(true);
    expect(s.context.answers).toEqual(fullAnswers);
  });

  test.each(steps)('Continue after changing %s returns to check answers', (step) => {
    const s = run(...pathTo.check, change(step), otherAnswer[step]);
    expect(s.value).toBe('check');
    expect(s.context.returnToCheck).toBe(false);
    expect(s.context.answers).not.toEqual(fullAnswers);
  });

  test('the changed answer is stored and the others are kept', () => {
    const s = run(...pathTo.check, change('place'), otherAnswer.place);
    expect(s.context.answers).toEqual({ ...fullAnswers, place: { kind: 'anywhere' } });
  });

  test.each(steps)('Back after changing %s returns to check answers unchanged', (step) => {
    const s = run(...pathTo.check, change(step), back);
    expect(s.value).toBe('check');
    expect(s.context).toEqual({
      answers: fullAnswers,
      returnToCheck: false,
      detail: null,
      compared: [],
      openResults: false,
    });
  });

  test('once back on check answers, Back walks the questions normally again', () => {
    // Answering "my association" again asks its size again, then returns.
    const s = run(...pathTo.check, change('who'), answer.who, answer.accounts, back, back);
    expect(s.value).toBe('budget');
    expect(s.context.returnToCheck).toBe(false);
  });

  test('an invalid answer during a Change is refused and the Change stays open', () => {
    const events = [...pathTo.check, change('budget')];
    expectRefused(events, untrusted('budget', 'cheap'));
    expect(run(...events, untrusted('budget', 'cheap'), otherAnswer.budget).value).toBe('check');
  });

  test.each(steps)('Change %s from the results goes through check answers', (step) => {
    const opened = run(...pathTo.results, change(step));
    expect(opened.value).toBe(step);
    expect(opened.context.returnToCheck).toBe(true);
    expect(run(...pathTo.results, change(step), otherAnswer[step]).value).toBe('check');
    expect(run(...pathTo.results, change(step), back).value).toBe('check');
  });

  test('Change is not offered on welcome or the questions (no skipping ahead)', () => {
    for (const state of ['welcome', ...steps] as const) {
      for (const step of steps) expectRefused(pathTo[state], change(step));
    }
  });

  test('Change to an unknown question is refused', () => {
    expectRefused(pathTo.check, { type: 'answers.change', step: 'age' } as unknown as WizardEvent);
  });
});

describe('confirming the answers', () => {
  test('confirm on check answers shows the results', () => {
    const s = run(...pathTo.results);
    expect(s.value).toBe('results');
    expect(completeAnswers(s.context)).toEqual(fullComplete);
  });

  test('confirm is refused with incomplete answers (a restored, stale session)', () => {
    const stale = wizardMachine.resolveState({
      value: 'check',
      context: {
        answers: { profile: 'individual', needs: [] },
        returnToCheck: false,
        detail: null,
        compared: [],
        openResults: false,
      },
    });
    const actor = createActor(wizardMachine, { snapshot: stale }).start();
    expect(actor.getSnapshot().can(confirm)).toBe(false);
    actor.send(confirm);
    expect(actor.getSnapshot().value).toBe('check');
  });

  test('confirm is refused everywhere but check answers', () => {
    for (const state of ['welcome', ...steps, 'results'] as const) {
      expectRefused(pathTo[state], confirm);
    }
  });

  test('complete restored answers do not skip the questions', () => {
    const s = runWith({ answers: fullAnswers }, start);
    expect(s.value).toBe('who');
    expect(s.can(confirm)).toBe(false);
  });
});

describe('restarting', () => {
  test.each(states)('restart from %s goes to welcome and forgets every answer', (state) => {
    const s = run(...pathTo[state], restart);
    expect(s.value).toBe('welcome');
    expect(s.context).toEqual({
      answers: {},
      returnToCheck: false,
      detail: null,
      compared: [],
      openResults: false,
    });
  });

  test('restart during a Change forgets that the person came from check answers', () => {
    const s = run(...pathTo.check, change('place'), restart);
    expect(s.context).toEqual({
      answers: {},
      returnToCheck: false,
      detail: null,
      compared: [],
      openResults: false,
    });
  });

  test('restart forgets restored answers too', () => {
    expect(runWith({ answers: fullAnswers }, start, restart).context.answers).toEqual({});
  });

  test.each(states)('restart is always offered (on %s)', (state) => {
    expect(run(...pathTo[state]).can(restart)).toBe(true);
  });
});

describe('the whole graph', () => {
  // Valid and invalid events alike: whatever a view may send.
  const events: WizardEvent[] = [
    start,
    back,
    confirm,
    restart,
    ...steps.map(change),
    ...Object.values(answer),
    ...Object.values(otherAnswer),
    ...steps.map((step) => untrusted(step, undefined)),
  ];
  const edges = adjacencyMapToArray(getAdjacencyMap(wizardMachine, { events }));
  const reachable = edges.flatMap((edge) => [edge.state, edge.nextState]);

  test('every state is reachable', () => {
    expect(new Set(reachable.map((s) => s.value))).toEqual(new Set(states));
  });

  test('check answers and results are never reached with an answer missing', () => {
    const late = reachable.filter((s) => s.matches('check') || s.matches('results'));
    expect(late.length).toBeGreaterThan(0);
    for (const s of late) expect(completeAnswers(s.context)).not.toBeNull();
  });

  test('even with every answer restored, check answers takes Start and every answer', () => {
    const [shortest] = getShortestPaths(wizardMachine, {
      events,
      input: { answers: fullAnswers },
      toState: (s) => s.matches('check'),
    });
    // The first step is xstate's own init event.
    const taken = shortest?.steps
      .slice(1)
      .map(({ event }) => (event.type === 'answer.submit' ? event.step : event.type));
    // The size is asked of associations only: the shortest path answers "who" otherwise.
    expect(taken).toEqual(['wizard.start', 'who', 'services', 'place', 'budget', 'priorities']);
  });
});

describe('helpers for views', () => {
  test('there are five questions, numbered in order; the size shares the number of "who"', () => {
    expect(questionCount).toBe(5);
    expect(steps.map((step) => stepNumber(run(...pathTo[step]).value))).toEqual([1, 1, 2, 3, 4, 5]);
  });

  test.each(['welcome', 'check', 'results'] as const)('%s has no question number', (state) => {
    expect(stepNumber(run(...pathTo[state]).value)).toBeNull();
  });

  test('isQuestionStep recognises only the questions of check answers', () => {
    expect(steps.every(isQuestionStep)).toBe(true);
    expect(isQuestionStep('check')).toBe(false);
    expect(isQuestionStep(undefined)).toBe(false);
  });

  test('completeAnswers is null until the four answers the recommender needs are given', () => {
    expect(completeAnswers(run(...pathTo.budget).context)).toBeNull();
    expect(completeAnswers(run(...pathTo.priorities).context)).toEqual(fullComplete);
    expect(completeAnswers(run(...pathTo.check).context)).toEqual(fullComplete);
  });
});
