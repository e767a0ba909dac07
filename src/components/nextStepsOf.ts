/**
 * Which questions to ask a hoster and which moving guides to show, from
 * what we know and do not know. Pure: ids only, the view translates.
 */
import type { Hoster, NeedId } from '../content/schema';
import type { Recommendation } from '../recommend/types';
import type { Profile } from '../wizard/answers';

export type QuestionId = 'leave' | 'price' | 'signup' | 'inPerson' | 'association' | 'accounts';

/**
 * Leaving and cost are worth asking everyone: prices change and few hosters
 * publish how to leave. The rest is asked only where our data is silent
 * (design §3.7: unknown shows as "to ask them").
 */
export function questionsFor(
  hoster: Hoster,
  recommendation: Recommendation,
  profile: Profile,
): QuestionId[] {
  const questions: QuestionId[] = ['leave', 'price'];
  if (recommendation.signup === 'unknown' || recommendation.inDoubt.length > 0) {
    questions.push('signup');
  }
  if (hoster.support.inPerson === null) questions.push('inPerson');
  if (profile === 'association') questions.push('association', 'accounts');
  return questions;
}

export type GuideId = 'gmail' | 'drive' | 'whatsapp';

/** The everyday product each guide helps to leave, by the need that replaces it (content/needs.json). */
const guideOfNeed: Partial<Record<NeedId, GuideId>> = {
  email: 'gmail',
  files: 'drive',
  chat: 'whatsapp',
};

/** The guides for the needs the person ticked, in the order of the guides. */
export function guidesFor(needs: readonly NeedId[]): GuideId[] {
  const wanted = new Set(needs.map((need) => guideOfNeed[need]));
  return (['gmail', 'drive', 'whatsapp'] as const).filter((guide) => wanted.has(guide));
}
