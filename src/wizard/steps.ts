/**
 * Pure helpers behind the wizard machine: the event and context types, how an
 * answer is validated, and the step order views use for "Question 2 of 4".
 * Kept out of wizardMachine.ts so the machine file reads as a statechart.
 */
import type { StateValue } from 'xstate';
import type { NeedId } from '../content/schema';
import {
  Answers,
  Budget,
  Needs,
  PlaceAnswer,
  Profile,
  questionSteps,
  type CompleteAnswers,
  type QuestionStep,
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
  | { type: 'answer.submit'; step: 'services'; value: NeedId[] | undefined }
  | { type: 'answer.submit'; step: 'place'; value: PlaceAnswer | undefined }
  | { type: 'answer.submit'; step: 'budget'; value: Budget | undefined };

export type WizardEvent =
  | { type: 'wizard.start' }
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
 * value does not parse. Events come from views (and later from share links),
 * so the static type is not trusted: the zod schema is.
 */
export function answerPatch(event: AnswerSubmitEvent): Partial<Answers> | null {
  switch (event.step) {
    case 'who': {
      const parsed = Profile.safeParse(event.value);
      return parsed.success ? { profile: parsed.data } : null;
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
    default:
      // An unknown step at run time (the union is exhaustive for the compiler).
      return null;
  }
}

/**
 * Restored answers are untrusted (an old version, an edited link): keep each
 * answer that still parses and drop the others, rather than refusing all.
 */
export function sanitizeAnswers(answers: unknown): Answers {
  if (typeof answers !== 'object' || answers === null) return {};
  const raw = answers as Record<string, unknown>;
  const profile = Profile.safeParse(raw.profile);
  const needs = Needs.safeParse(raw.needs);
  const place = PlaceAnswer.safeParse(raw.place);
  const budget = Budget.safeParse(raw.budget);
  return {
    ...(profile.success && { profile: profile.data }),
    ...(needs.success && { needs: [...new Set(needs.data)] }),
    ...(place.success && { place: place.data }),
    ...(budget.success && { budget: budget.data }),
  };
}

/** The four answers, or null while one is missing (results cannot be computed yet). */
export function completeAnswers(context: WizardContext): CompleteAnswers | null {
  const { profile, needs, place, budget } = context.answers;
  if (profile === undefined || needs === undefined || place === undefined) return null;
  if (budget === undefined) return null;
  return { profile, needs, place, budget };
}

export function isQuestionStep(value: unknown): value is QuestionStep {
  return questionSteps.some((step) => step === value);
}

/** How many questions the stepper announces ("Question 2 of 4"). */
export const questionCount: number = questionSteps.length;

/** 1-based position of a question state, or null for welcome, check and results. */
export function stepNumber(stateValue: StateValue): number | null {
  return isQuestionStep(stateValue) ? questionSteps.indexOf(stateValue) + 1 : null;
}
