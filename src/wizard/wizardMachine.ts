/**
 * The journey, as one statechart: welcome → questions → check answers →
 * results, and the quick path (welcome → tools → results without an
 * account). Views render a snapshot and send events; every rule (what
 * counts as an answer, where Back goes, when results may be shown) lives
 * here, so views ask `snapshot.can(...)` instead of re-computing it (see
 * ../shared/style.md).
 */
import { and, assertEvent, assign, setup, type SnapshotFrom } from 'xstate';
import { questionSteps, type QuestionStep } from './answers';
import {
  completeAnswers,
  compareMax,
  compareMin,
  sanitizeAnswers,
  withAnswer,
  withoutQuick,
  type AnswerSubmitEvent,
  type WizardContext,
  type WizardEvent,
  type WizardInput,
} from './steps';

export type { AnswerSubmitEvent, WizardContext, WizardEvent, WizardInput } from './steps';
export {
  completeAnswers,
  isQuestionStep,
  questionCount,
  recommendOptions,
  stepNumber,
} from './steps';

type AnswerStep = AnswerSubmitEvent['step'];
interface StepParams {
  step: AnswerStep;
}

/** The guard object for "a valid answer to this question" (keeps the step a literal type). */
const validAnswer = (step: AnswerStep) => ({ type: 'isAnswerValid' as const, params: { step } });

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
    isAnswerValid: ({ context, event }, params: StepParams) =>
      event.type === 'answer.submit' &&
      event.step === params.step &&
      withAnswer(context.answers, event) !== null,
    /** "My association": the next question is its size. */
    isAssociationAnswer: ({ event }) =>
      event.type === 'answer.submit' && event.step === 'who' && event.value === 'association',
    isAssociation: ({ context }) => context.answers.profile === 'association',
    /** The results come from the quick path (tools without an account). */
    isQuick: ({ context }) => context.answers.quick === true,
    /** The person came here through "Change" and expects to go back to check answers. */
    isReturningToCheck: ({ context }) => context.returnToCheck,
    /** Which question a "Change" link points to (one guarded transition per question). */
    isChangeOf: ({ event }, params: StepParams) =>
      event.type === 'answers.change' && event.step === params.step,
    /** Results need every answer (or the quick path's tools); defends against a restored, incomplete session. */
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
        return withAnswer(context.answers, event) ?? context.answers;
      },
    }),
    // The full questions replace the quick path; its tools stay as a first guess.
    leaveQuick: assign({ answers: ({ context }) => withoutQuick(context.answers) }),
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
      on: {
        'wizard.start': { target: 'who', actions: 'leaveQuick' },
        'wizard.quick': 'quick',
      },
    },
    quick: {
      tags: 'question',
      on: {
        'answer.submit': {
          guard: validAnswer('quick'),
          target: 'results',
          actions: ['storeAnswer', 'forgetCompared'],
        },
        'nav.back': 'welcome',
      },
    },
    who: {
      tags: 'question',
      on: {
        'answer.submit': [
          // Even on a Change: the size must be (re)confirmed when one becomes an association.
          {
            guard: and([validAnswer('who'), 'isAssociationAnswer']),
            target: 'accounts',
            actions: 'storeAnswer',
          },
          ...answerTransitions('who', 'services'),
        ],
        'nav.back': backTransitions('welcome'),
      },
    },
    accounts: {
      tags: 'question',
      on: {
        'answer.submit': answerTransitions('accounts', 'services'),
        'nav.back': backTransitions('who'),
      },
    },
    services: {
      tags: 'question',
      on: {
        'answer.submit': answerTransitions('services', 'place'),
        'nav.back': [
          { guard: 'isReturningToCheck', target: 'check' },
          { guard: 'isAssociation', target: 'accounts' },
          { target: 'who' },
        ],
      },
    },
    place: {
      tags: 'question',
      on: {
        'answer.submit': answerTransitions('place', 'budget'),
        'nav.back': backTransitions('services'),
      },
    },
    budget: {
      tags: 'question',
      on: {
        'answer.submit': answerTransitions('budget', 'priorities'),
        'nav.back': backTransitions('place'),
      },
    },
    priorities: {
      tags: 'question',
      on: {
        // The last question always leads to check answers, Change or not.
        'answer.submit': {
          guard: validAnswer('priorities'),
          target: 'check',
          actions: 'storeAnswer',
        },
        'nav.back': backTransitions('budget'),
      },
    },
    check: {
      // Arriving here ends any "Change" round trip, whichever way it came back.
      entry: ['clearReturnToCheck', 'forgetCompared'],
      on: {
        'nav.back': 'priorities',
        'answers.change': changeTransitions(),
        'answers.confirm': { guard: 'hasCompleteAnswers', target: 'results' },
      },
    },
    results: {
      on: {
        'nav.back': [{ guard: 'isQuick', target: 'quick' }, { target: 'check' }],
        // Editing from the results goes through check answers, so the person sees the whole set;
        // on the quick path, the only answer is the tools.
        'answers.change': [{ guard: 'isQuick', target: 'quick' }, ...changeTransitions()],
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

/** A valid answer goes on to `next`, or back to check answers after a "Change". */
function answerTransitions(step: QuestionStep, next: QuestionStep) {
  return [
    {
      guard: and([validAnswer(step), 'isReturningToCheck']),
      target: 'check',
      actions: 'storeAnswer' as const,
    },
    { guard: validAnswer(step), target: next, actions: 'storeAnswer' as const },
  ];
}

/** Back returns to check answers after a "Change", else to the previous question. */
function backTransitions(previous: 'welcome' | QuestionStep) {
  return [{ guard: 'isReturningToCheck' as const, target: 'check' }, { target: previous }];
}

/** One guarded transition per question, since a target cannot depend on the event. */
function changeTransitions() {
  return questionSteps.map((step) => ({
    guard: { type: 'isChangeOf' as const, params: { step } },
    target: step,
    actions: 'markReturnToCheck' as const,
  }));
}

export type WizardSnapshot = SnapshotFrom<typeof wizardMachine>;
