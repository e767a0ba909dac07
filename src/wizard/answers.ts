/**
 * The person's answers: the only data the wizard collects. Enumerated codes
 * only (no free text), so they can later travel in a share link safely.
 *
 * zod/mini, not zod: these schemas run in the browser at start-up (share
 * links, saved sessions, each answer), and zod/mini's functions leave out of
 * the first download everything they do not use. Same rules, same results.
 */
import { z } from 'zod/mini';
import { NeedId } from '../content/needIds';
import { departementOfPostcode } from '../places/geo';
import { isPriorityId } from '../recommend/priorities';
import type { PriorityId } from '../recommend/types';
import {
  AbroadAreaCode,
  CommuneCode,
  DepartementCode,
  departementOfCommuneCode,
  Latitude,
  Longitude,
} from '../places/placesSchema';

/** me / my association / someone I am helping (a mediator). */
export const Profile = z.enum(['individual', 'association', 'helper']);
export type Profile = z.infer<typeof Profile>;

/**
 * Where the person is, as codes only (no free text: answers travel in share
 * links):
 * - a département (typed as a name or number);
 * - a postcode, narrowed to its département;
 * - a French commune (INSEE code) with its département;
 * - an area abroad (Belgium, Switzerland, Luxembourg, Québec: one of
 *   abroadAreaCodes);
 * - "anywhere": distance does not matter.
 * A commune or an area abroad also carries its point, rounded to 0.01°
 * (about 1 km; the town's centre, not the person's position): the
 * recommender then needs nothing but the answers and the bundled content,
 * stays synchronous and pure, and a shared or restored answer gives the same
 * distances before the lazily loaded commune list has arrived.
 */
export const PlaceAnswer = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('anywhere') }),
  z.strictObject({
    kind: z.literal('departement'),
    code: DepartementCode,
  }),
  z
    .strictObject({
      kind: z.literal('postcode'),
      code: z.string().check(z.regex(/^\d{5}$/)),
      departement: DepartementCode,
    })
    // A restored or shared answer must not pair a postcode with another département.
    .check(
      z.refine((place) => departementOfPostcode(place.code) === place.departement, {
        error: 'the postcode is not in this département',
      }),
    ),
  z
    .strictObject({
      kind: z.literal('commune'),
      code: CommuneCode,
      departement: DepartementCode,
      lat: Latitude,
      lon: Longitude,
    })
    .check(
      z.refine((place) => departementOfCommuneCode(place.code) === place.departement, {
        error: 'the commune is not in this département',
      }),
    ),
  z.strictObject({
    kind: z.literal('abroad'),
    code: AbroadAreaCode,
    lat: Latitude,
    lon: Longitude,
  }),
]);
export type PlaceAnswer = z.infer<typeof PlaceAnswer>;

/**
 * free: nothing to pay; membership: a few euros a year; paid: a monthly
 * amount is fine; unknown: "I don't know" (no constraint).
 */
export const Budget = z.enum(['free', 'membership', 'paid', 'unknown']);
export type Budget = z.infer<typeof Budget>;

/** An empty list of needs means "I don't know yet". */
export const Needs = z.array(NeedId);

/**
 * An association's size: about how many people need an account. Bands, not
 * a number: people know "about twenty", rarely the exact count.
 */
export const Accounts = z.enum(['upTo5', 'upTo20', 'upTo50', 'more', 'unknown']);
export type Accounts = z.infer<typeof Accounts>;

/**
 * "What matters to you" (optional): the recommender's priorities. An empty
 * list means "nothing in particular" (the question was skipped).
 */
export const Priority = z.custom<PriorityId>(isPriorityId, { error: 'unknown priority' });
export const Priorities = z.array(Priority);

/**
 * The quick path's tools: the services people use without an account, once
 * ("I just need a pad today"). Only these are offered on that path.
 */
export const QuickNeed = z.enum(['pad', 'poll', 'transfer', 'visio']);
export type QuickNeed = z.infer<typeof QuickNeed>;
export const QuickNeeds = z.array(QuickNeed).check(z.minLength(1));

/**
 * Every answer is optional: a fresh visit has none. `quick` marks the quick
 * path: the needs are then tools to use today, without an account, and the
 * other answers are not asked.
 */
export const Answers = z.object({
  profile: z.optional(Profile),
  accounts: z.optional(Accounts),
  needs: z.optional(Needs),
  place: z.optional(PlaceAnswer),
  budget: z.optional(Budget),
  priorities: z.optional(Priorities),
  quick: z.optional(z.literal(true)),
});
export type Answers = z.infer<typeof Answers>;

/**
 * The questions of the full path, in the order they are asked; each has a
 * row and a "Change" link on check answers. `accounts` is asked of
 * associations only.
 */
export const questionSteps = [
  'who',
  'accounts',
  'services',
  'place',
  'budget',
  'priorities',
] as const;
export type QuestionStep = (typeof questionSteps)[number];

/**
 * The questions the progress line counts ("Question 2 of 5"). The size of an
 * association is part of "who": counting it would make the total depend on
 * an answer.
 */
export const numberedSteps = ['who', 'services', 'place', 'budget', 'priorities'] as const;

/** Answers that are complete enough to recommend. */
export interface CompleteAnswers {
  profile: Profile;
  needs: NeedId[];
  place: PlaceAnswer;
  budget: Budget;
}
