/**
 * Pure helpers behind the wizard machine: the event and context types, how an
 * answer is validated, and the step order views use for "Question 2 of 4".
 * Kept out of wizardMachine.ts so the machine file reads as a statechart.
 */
import type { StateValue } from 'xstate';
import type { NeedId } from '../content/schema';
import type { RecommendOptions } from '../recommend/recommend';
import type { PriorityId } from '../recommend/types';
import {
  Accounts,
  Answers,
  Budget,
  Needs,
  numberedSteps,
  PlaceAnswer,
  Priorities,
  Profile,
  QuickNeeds,
  questionSteps,
  type CompleteAnswers,
  type QuestionStep,
  type QuickNeed,
} from './answers';

export interface WizardContext {
  answers: Answers;
  /** Set by "Change" on check-answers: the next Continue or Back returns there (GOV.UK pattern). */
  returnToCheck: boolean;
  /** The hoster whose detail page is open, from the results. */
  detail: string | null;
  /** Hosters ticked for comparison, in the order ticked (at most `compareMax`). */
  compared: string[];
  /** Set from the input once: go to the results instead of the welcome page. */
  openResults: boolean;
}

/** A comparison side by side needs two hosters and reads well up to three. */
export const compareMin = 2;
export const compareMax = 3;

/** Restoring a session (local storage, share link) starts the wizard with these answers. */
export interface WizardInput {
  answers?: Answers;
  /** A share link opens straight on the results, when its answers are complete. */
  open?: 'results';
}

/**
 * `value: undefined` is what a view sends when nothing is chosen; the machine
 * refuses it, so the "you must choose" rule lives in one place.
 */
export type AnswerSubmitEvent =
  | { type: 'answer.submit'; step: 'who'; value: Profile | undefined }
  | { type: 'answer.submit'; step: 'accounts'; value: Accounts | undefined }
  | { type: 'answer.submit'; step: 'services'; value: NeedId[] | undefined }
  | { type: 'answer.submit'; step: 'place'; value: PlaceAnswer | undefined }
  | { type: 'answer.submit'; step: 'budget'; value: Budget | undefined }
  | { type: 'answer.submit'; step: 'priorities'; value: PriorityId[] | undefined }
  | { type: 'answer.submit'; step: 'quick'; value: QuickNeed[] | undefined };

export type WizardEvent =
  | { type: 'wizard.start' }
  /** The quick path: "I just need a tool today, without an account". */
  | { type: 'wizard.quick' }
  | AnswerSubmitEvent
  | { type: 'nav.back' }
  | { type: 'answers.change'; step: QuestionStep }
  | { type: 'answers.confirm' }
  | { type: 'wizard.restart' }
  | { type: 'hoster.open'; hosterId: string }
  | { type: 'compare.toggle'; hosterId: string }
  | { type: 'compare.open' };

/**
 * The answer an event carries, parsed, as a patch of `Answers`; null when the
 * value does not parse. Events come from views (and from old history
 * entries), so the static type is not trusted: the zod schema is.
 */
export function answerPatch(event: AnswerSubmitEvent): Partial<Answers> | null {
  // The machine reads one event several times (each guard, then the update):
  // it is parsed once, as a parse costs milliseconds on a slow phone (issue 7).
  if (parsedPatches.has(event)) return parsedPatches.get(event) ?? null;
  const patch = parsePatch(event);
  parsedPatches.set(event, patch);
  return patch;
}

const parsedPatches = new WeakMap<AnswerSubmitEvent, Partial<Answers> | null>();

function parsePatch(event: AnswerSubmitEvent): Partial<Answers> | null {
  switch (event.step) {
    case 'who': {
      const parsed = Profile.safeParse(event.value);
      return parsed.success ? { profile: parsed.data } : null;
    }
    case 'accounts': {
      const parsed = Accounts.safeParse(event.value);
      return parsed.success ? { accounts: parsed.data } : null;
    }
    case 'services': {
      const parsed = Needs.safeParse(event.value);
      // Duplicates carry no meaning; dropping them keeps share links short.
      return parsed.success ? { needs: [...new Set(parsed.data)] } : null;
    }
    case 'place': {
      const parsed = PlaceAnswer.safeParse(event.value);
      return parsed.success ? { place: parsed.data } : null;
    }
    case 'budget': {
      const parsed = Budget.safeParse(event.value);
      return parsed.success ? { budget: parsed.data } : null;
    }
    case 'priorities': {
      // Nothing ticked is a valid answer: the question is optional.
      const parsed = Priorities.safeParse(event.value ?? []);
      return parsed.success ? { priorities: [...new Set(parsed.data)] } : null;
    }
    case 'quick': {
      const parsed = QuickNeeds.safeParse(event.value);
      return parsed.success ? { needs: [...new Set(parsed.data)], quick: true } : null;
    }
    default:
      // An unknown step at run time (the union is exhaustive for the compiler).
      return null;
  }
}

/**
 * The answers after one more answer, or null when it does not parse. An
 * association's size means nothing for another profile, so it goes when
 * the profile changes (a share link then does not carry it either).
 */
export function withAnswer(answers: Answers, event: AnswerSubmitEvent): Answers | null {
  const patch = answerPatch(event);
  if (patch === null) return null;
  const next: Answers = { ...answers, ...patch };
  if (next.profile !== 'association') delete next.accounts;
  return next;
}

/** The answers without the quick path's mark: the person chose the full questions. */
export function withoutQuick(answers: Answers): Answers {
  if (answers.quick === undefined) return answers;
  const next = { ...answers };
  delete next.quick;
  return next;
}

/**
 * Restored answers are untrusted (an old version, an edited link): keep each
 * answer that still parses and drop the others, rather than refusing all.
 */
export function sanitizeAnswers(answers: unknown): Answers {
  if (typeof answers !== 'object' || answers === null) return {};
  const raw = answers as Record<string, unknown>;
  const profile = Profile.safeParse(raw.profile);
  const accounts = Accounts.safeParse(raw.accounts);
  const needs = Needs.safeParse(raw.needs);
  const place = PlaceAnswer.safeParse(raw.place);
  const budget = Budget.safeParse(raw.budget);
  const priorities = Priorities.safeParse(raw.priorities);
  const quick = Answers.shape.quick.safeParse(raw.quick);
  return {
    ...(profile.success && { profile: profile.data }),
    // Only an association has a size (see withAnswer).
    ...(accounts.success && profile.data === 'association' && { accounts: accounts.data }),
    ...(needs.success && { needs: [...new Set(needs.data)] }),
    ...(place.success && { place: place.data }),
    ...(budget.success && { budget: budget.data }),
    ...(priorities.success && { priorities: [...new Set(priorities.data)] }),
    ...(quick.success && quick.data === true && { quick: true }),
  };
}

/**
 * What the quick path assumes for the questions it does not ask: a tool used
 * without an account is the same wherever one lives and costs nothing to
 * try, so distance and budget must not narrow the choice.
 */
const quickDefaults = {
  profile: 'individual',
  place: { kind: 'anywhere' },
  budget: 'unknown',
} as const satisfies Omit<CompleteAnswers, 'needs'>;

/**
 * The answers the recommender needs, or null while one is missing (results
 * cannot be computed yet). On the quick path, only the tools are needed.
 */
export function completeAnswers(context: Pick<WizardContext, 'answers'>): CompleteAnswers | null {
  const { profile, needs, place, budget, quick } = context.answers;
  if (quick === true) {
    return needs !== undefined && needs.length > 0 ? { ...quickDefaults, needs } : null;
  }
  if (profile === undefined || needs === undefined || place === undefined) return null;
  if (budget === undefined) return null;
  return { profile, needs, place, budget };
}

/**
 * The approximate number of accounts each size stands for, for the
 * recommender's "ask them whether they can open N accounts". The top of the
 * band: a hoster that can open that many can open the rest. "More than 50"
 * is passed as 51 and said as "more than 50" (explain.ts).
 */
export const accountsOfSize: Record<Accounts, number | undefined> = {
  upTo5: 5,
  upTo20: 20,
  upTo50: 50,
  more: 51,
  unknown: undefined,
};

/** The options the answers ask of the recommender: the quick path, priorities, an association's size. */
export function recommendOptions(answers: Answers): RecommendOptions {
  if (answers.quick === true) return { noAccount: true };
  const accounts =
    answers.profile === 'association' && answers.accounts !== undefined
      ? accountsOfSize[answers.accounts]
      : undefined;
  return {
    ...(answers.priorities !== undefined &&
      answers.priorities.length > 0 && { priorities: answers.priorities }),
    ...(accounts !== undefined && { accounts }),
  };
}

export function isQuestionStep(value: unknown): value is QuestionStep {
  return questionSteps.some((step) => step === value);
}

/** How many questions the stepper announces ("Question 2 of 5"). */
export const questionCount: number = numberedSteps.length;

/**
 * 1-based position of a question state, or null for welcome, the quick
 * path, check and results. An association's size shares the number of "who".
 */
export function stepNumber(stateValue: StateValue): number | null {
  const step = stateValue === 'accounts' ? 'who' : stateValue;
  const index = numberedSteps.findIndex((s) => s === step);
  return index < 0 ? null : index + 1;
}
