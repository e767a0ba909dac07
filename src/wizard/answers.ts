/**
 * The person's answers: the only data the wizard collects. Enumerated codes
 * only (no free text), so they can later travel in a share link safely.
 */
import { z } from 'zod';
import { NeedId } from '../content/schema';
import { departementOfPostcode } from '../places/geo';

/** me / my association / someone I am helping (a mediator). */
export const Profile = z.enum(['individual', 'association', 'helper']);
export type Profile = z.infer<typeof Profile>;

/**
 * A place is a département (typed as a name or number) or a postcode, which
 * is narrowed to its département; "anywhere" means distance does not matter.
 */
export const PlaceAnswer = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('anywhere') }),
  z.strictObject({
    kind: z.literal('departement'),
    code: z.string().regex(/^(\d{2}|2A|2B|97\d)$/),
  }),
  z
    .strictObject({
      kind: z.literal('postcode'),
      code: z.string().regex(/^\d{5}$/),
      departement: z.string().regex(/^(\d{2}|2A|2B|97\d)$/),
    })
    // A restored or shared answer must not pair a postcode with another département.
    .refine((place) => departementOfPostcode(place.code) === place.departement, {
      error: 'the postcode is not in this département',
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

export const Answers = z.object({
  profile: Profile.optional(),
  needs: Needs.optional(),
  place: PlaceAnswer.optional(),
  budget: Budget.optional(),
});
export type Answers = z.infer<typeof Answers>;

/** The questions, in the order they are asked. */
export const questionSteps = ['who', 'services', 'place', 'budget'] as const;
export type QuestionStep = (typeof questionSteps)[number];

/** Answers that are complete enough to recommend. */
export interface CompleteAnswers {
  profile: Profile;
  needs: NeedId[];
  place: PlaceAnswer;
  budget: Budget;
}
