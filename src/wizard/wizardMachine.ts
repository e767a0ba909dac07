/**
 * The journey, as one statechart: welcome → four questions → check answers →
 * results. Views render a snapshot and send events; every rule (what counts as
 * an answer, where Back goes, when results may be shown) lives here, so views
 * ask `snapshot.can(...)` instead of re-computing it (see ../shared/style.md).
 */
import { and, assertEvent, assign, setup, type SnapshotFrom } from 'xstate';
import { questionSteps, type QuestionStep } from './answers';
import {
  answerPatch,
  compareMax,
  compareMin,
  completeAnswers,
  sanitizeAnswers,
  type WizardContext,
  type WizardEvent,
  type WizardInput,
} from './steps';

export type { AnswerSubmitEvent, WizardContext, WizardEvent, WizardInput } from './steps';
export { completeAnswers, isQuestionStep, questionCount, stepNumber } from './steps';

interface StepParams {
  step: QuestionStep;
}

/** The guard object for "a valid answer to this question" (keeps the step a literal type). */
const validAnswer = (step: QuestionStep) => ({ type: 'isAnswerValid' as const, params: { step } });

export const wizardMachine = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
    // Input is optional (a fresh visit has none). `void`, not `undefined`: xstate infers
    // this type through an optional property, which drops `undefined` and would make
    // `input` required in createActor; the lint rules do not know that.
    // eslint-disable-next-line @typescript-eslint/no-invalid-void-type, @typescript-eslint/no-unnecessary-type-assertion
    input: {} as WizardInput | void,
    tags: {} as 'question',
  },
  guards: {
    /** The answer belongs to this question and parses with its schema. */
    isAnswerValid: ({ event }, params: StepParams) =>
      event.type === 'answer.submit' && event.step === params.step && answerPatch(event) !== null,
    /** The person came here through "Change" and expects to go back to check answers. */
    isReturningToCheck: ({ context }) => context.returnToCheck,
    /** Which question a "Change" link points to (one guarded transition per question). */
    isChangeOf: ({ event }, params: StepParams) =>
      event.type === 'answers.change' && event.step === params.step,
    /** Results need all four answers; defends against a restored, incomplete session. */
    hasCompleteAnswers: ({ context }) => completeAnswers(context) !== null,
    /** A hoster id has the shape of a content id (events may come from old history entries). */
    isHosterId: ({ event }) =>
      (event.type === 'hoster.open' || event.type === 'compare.toggle') &&
      /^[a-z0-9-]{1,80}$/.test(event.hosterId),
    /** Ticking one more is refused once the comparison is full; unticking always works. */
    canToggleCompared: ({ context, event }) =>
      event.type === 'compare.toggle' &&
      (context.compared.includes(event.hosterId) || context.compared.length < compareMax),
    hasEnoughToCompare: ({ context }) => context.compared.length >= compareMin,
    /** A share link asked for the results and its answers are all there. */
    isOpeningResults: ({ context }) => context.openResults && completeAnswers(context) !== null,
  },
  actions: {
    storeAnswer: assign({
      answers: ({ context, event }) => {
        assertEvent(event, 'answer.submit');
        return { ...context.answers, ...answerPatch(event) };
      },
    }),
    markReturnToCheck: assign({ returnToCheck: true }),
    clearReturnToCheck: assign({ returnToCheck: false }),
    // Restart means "someone else's turn" (workshops): nothing may be kept.
    forgetAnswers: assign({
      answers: {},
      returnToCheck: false,
      detail: null,
      compared: [],
      openResults: false,
    }),
    clearOpenResults: assign({ openResults: false }),
    openDetail: assign({
      detail: ({ event }) => {
        assertEvent(event, 'hoster.open');
        return event.hosterId;
      },
    }),
    toggleCompared: assign({
      compared: ({ context, event }) => {
        assertEvent(event, 'compare.toggle');
        const { hosterId } = event;
        return context.compared.includes(hosterId)
          ? context.compared.filter((id) => id !== hosterId)
          : [...context.compared, hosterId];
      },
    }),
    // New answers give new results: a comparison of the old ones would mislead.
    forgetCompared: assign({ compared: [], detail: null }),
  },
}).createMachine({
  id: 'wizard',
  context: ({ input }) => ({
    answers: sanitizeAnswers(input?.answers),
    returnToCheck: false,
    detail: null,
    compared: [],
    openResults: input?.open === 'results',
  }),
  // Restored answers only pre-select choices: the person still sees every step.
  initial: 'welcome',
  on: {
    'wizard.restart': { target: '.welcome', actions: 'forgetAnswers' },
  },
  states: {
    welcome: {
      // Once only: after that, the welcome page is a page like the others.
      always: [
        { guard: 'isOpeningResults', target: 'results', actions: 'clearOpenResults' },
        { guard: ({ context }) => context.openResults, actions: 'clearOpenResults' },
      ],
      on: { 'wizard.start': 'who' },
    },
    who: {
      tags: 'question',
      on: {
        'answer.submit': [
          {
            guard: and([validAnswer('who'), 'isReturningToCheck']),
            target: 'check',
            actions: 'storeAnswer',
          },
          {
            guard: validAnswer('who'),
            target: 'services',
            actions: 'storeAnswer',
          },
        ],
        'nav.back': [{ guard: 'isReturningToCheck', target: 'check' }, { target: 'welcome' }],
      },
    },
    services: {
      tags: 'question',
      on: {
        'answer.submit': [
          {
            guard: and([validAnswer('services'), 'isReturningToCheck']),
            target: 'check',
            actions: 'storeAnswer',
          },
          {
            guard: validAnswer('services'),
            target: 'place',
            actions: 'storeAnswer',
          },
        ],
        'nav.back': [{ guard: 'isReturningToCheck', target: 'check' }, { target: 'who' }],
      },
    },
    place: {
      tags: 'question',
      on: {
        'answer.submit': [
          {
            guard: and([validAnswer('place'), 'isReturningToCheck']),
            target: 'check',
            actions: 'storeAnswer',
          },
          {
            guard: validAnswer('place'),
            target: 'budget',
            actions: 'storeAnswer',
          },
        ],
        'nav.back': [{ guard: 'isReturningToCheck', target: 'check' }, { target: 'services' }],
      },
    },
    budget: {
      tags: 'question',
      on: {
        // The last question always leads to check answers, Change or not.
        'answer.submit': {
          guard: validAnswer('budget'),
          target: 'check',
          actions: 'storeAnswer',
        },
        'nav.back': [{ guard: 'isReturningToCheck', target: 'check' }, { target: 'place' }],
      },
    },
    check: {
      // Arriving here ends any "Change" round trip, whichever way it came back.
      entry: ['clearReturnToCheck', 'forgetCompared'],
      on: {
        'nav.back': 'budget',
        'answers.change': changeTransitions(),
        'answers.confirm': { guard: 'hasCompleteAnswers', target: 'results' },
      },
    },
    results: {
      on: {
        'nav.back': 'check',
        // Editing from the results goes through check answers, so the person sees the whole set.
        'answers.change': changeTransitions(),
        'hoster.open': { guard: 'isHosterId', target: 'detail', actions: 'openDetail' },
        'compare.toggle': {
          guard: and(['isHosterId', 'canToggleCompared']),
          actions: 'toggleCompared',
        },
        'compare.open': { guard: 'hasEnoughToCompare', target: 'compare' },
      },
    },
    detail: {
      on: { 'nav.back': 'results' },
    },
    compare: {
      on: { 'nav.back': 'results' },
    },
  },
});

/** One guarded transition per question, since a target cannot depend on the event. */
function changeTransitions() {
  return questionSteps.map((step) => ({
    guard: { type: 'isChangeOf' as const, params: { step } },
    target: step,
    actions: 'markReturnToCheck' as const,
  }));
}

export type WizardSnapshot = SnapshotFrom<typeof wizardMachine>;
