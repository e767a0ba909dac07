/**
 * The reasons, limits and unknowns of one recommendation, as keys of the
 * `reasons` namespace (content/locales/<lng>/reasons.json) with plain
 * parameters; views translate (house style, principle 3). Parameter
 * conventions: `count`/`total`/`km`/`price`/`accounts` are numbers, `city`
 * is the hoster's own town name (not translated).
 *
 * Each non-zero score term (score.ts) yields a message here, decided from the
 * term itself so that the explanation cannot drift from the ranking.
 */
import type { Profile } from '../wizard/answers';
import type { Coverage } from './coverage';
import { isFar, type Placement } from './placement';
import type { PreparedHoster } from './prepare';
import { longevityValue } from './criteria';
import { basedIn, type ScoreTerms } from './score';
import type { Message, PriorityId } from './types';

export interface Explanation {
  reasons: Message[];
  limits: Message[];
  unknowns: Message[];
}

export interface ExplainInput {
  prepared: PreparedHoster;
  profile: Profile;
  /** "common" when the person did not pick needs and we matched the common ones. */
  mode: 'chosen' | 'common';
  needCount: number;
  cover: Coverage;
  place: Placement;
  terms: ScoreTerms;
  priorities: ReadonlySet<PriorityId>;
  /** How many accounts an association needs, when it said so. */
  accounts: number | null;
}

/** Above this, the wizard only knows "more than 50" (its largest size). */
export const manyAccounts = 50;

const message = (key: string, params?: Message['params']): Message =>
  params ? { key, params } : { key };

function explainCoverage(input: ExplainInput, out: Explanation): void {
  const { mode, needCount, cover } = input;
  const count = cover.covered.length;
  if (mode === 'common') {
    out.reasons.push(message('reasons.coversCommon', { count, total: needCount }));
  } else if (count === needCount) {
    out.reasons.push(message('reasons.coversAll', { count }));
  } else {
    out.reasons.push(message('reasons.covers', { count, total: needCount }));
    out.limits.push(message('limits.missingNeeds', { count: cover.missing.length }));
  }
  // The half weight given to these needs (score.ts) is what these messages explain.
  if (cover.unknownSignups === count) {
    out.unknowns.push(message('unknowns.registrationUnknown'));
  } else if (cover.unknownSignups > 0) {
    out.unknowns.push(message('unknowns.registrationUnknownSome', { count: cover.unknownSignups }));
  }
  if (cover.covered.some((m) => m.outsideArea)) {
    const regional = input.prepared.hoster.location.area === 'regional';
    out.unknowns.push(message(regional ? 'unknowns.regionalArea' : 'unknowns.localArea'));
  }
}

function explainPlace({ prepared, place }: ExplainInput, out: Explanation): void {
  if (place.kind === 'ignored') return;
  if (place.kind === 'unknown') {
    out.unknowns.push(message('unknowns.placeUnknown'));
    return;
  }
  // The person's point is their département's, so a distance inside it means little.
  if (place.sameDepartement) {
    out.reasons.push(message('reasons.sameDepartement'));
    return;
  }
  const km = Math.max(1, Math.round(place.km));
  const city = prepared.hoster.location.city;
  if (isFar(place)) out.limits.push(message('limits.far', { km }));
  else if (city === null) out.reasons.push(message('reasons.nearNoCity', { km }));
  else out.reasons.push(message('reasons.near', { km, city }));
}

function explainFit(
  { profile, terms, prepared, priorities }: ExplainInput,
  out: Explanation,
): void {
  if (terms.association > 0) out.reasons.push(message('reasons.association'));
  // An association that asked for one already reads "an association, like you".
  else if (terms.priorityAssociation > 0) out.reasons.push(message('reasons.runByAssociation'));
  else if (priorities.has('association')) {
    if (prepared.hoster.structure === null) out.unknowns.push(message('unknowns.structureUnknown'));
    else out.limits.push(message('limits.notAssociation'));
  }
  if (terms.audience > 0) {
    out.reasons.push(
      message(profile === 'association' ? 'reasons.forAssociations' : 'reasons.forIndividuals'),
    );
  }
  if (terms.inPerson > 0) out.reasons.push(message('reasons.inPerson'));
  if (terms.workshops > 0) out.reasons.push(message('reasons.workshops'));
  if (terms.lowConfidence < 0) out.limits.push(message('limits.lowConfidence'));
  if (priorities.has('france')) {
    const where = basedIn(prepared);
    if (terms.priorityFrance > 0) out.reasons.push(message('reasons.basedInFrance'));
    else if (where === 'abroad') out.limits.push(message('limits.notInFrance'));
    else out.unknowns.push(message('unknowns.countryUnknown'));
  }
  if (terms.allInOne > 0) {
    out.reasons.push(message('reasons.manyServices', { count: prepared.needsAnswered }));
  }
  if (priorities.has('longLived')) explainLongevity(prepared, out);
}

/** "Long-lived" is said with the year, so the person can judge; a young hoster is a limit, not a fault. */
function explainLongevity(prepared: PreparedHoster, out: Explanation): void {
  const value = longevityValue(prepared.hoster);
  const since = Number.parseInt(prepared.hoster.chatons.since ?? '', 10);
  if (value === null) out.unknowns.push(message('unknowns.sinceUnknown'));
  else if (value >= 0.7) out.reasons.push(message('reasons.longLived', { since }));
  else out.limits.push(message('limits.recentMember', { since }));
}

/** How to sign up: facts, not score terms (the budget already excluded what does not fit). */
function explainSignup({ prepared, cover, accounts }: ExplainInput, out: Explanation): void {
  const { hoster } = prepared;
  // An association needing many accounts should check the hoster can open them all.
  if (accounts !== null && accounts > 1 && cover.signup !== 'none') {
    // The wizard's largest size is "more than 50" (passed as 51): said as such, not as 51.
    out.unknowns.push(
      accounts > manyAccounts
        ? message('unknowns.accountsMore', { accounts: manyAccounts })
        : message('unknowns.accounts', { accounts }),
    );
  }
  switch (cover.signup) {
    case 'none':
      out.reasons.push(message('reasons.noAccount'));
      return;
    case 'free':
      out.reasons.push(message('reasons.freeAccount'));
      return;
    case 'member': {
      const price = hoster.pricing.membershipEurPerYear;
      if (price === null) out.reasons.push(message('reasons.membershipUnknownPrice'));
      else if (price === 0) out.reasons.push(message('reasons.freeMembership'));
      else out.reasons.push(message('reasons.membership', { price }));
      return;
    }
    case 'client': {
      out.limits.push(message('limits.clientsOnly'));
      const clientOffers = cover.covered
        .flatMap((m) => m.offers)
        .filter((o) => o.registration === 'client');
      if (clientOffers.every((o) => o.price === null) && hoster.pricing.notes === null) {
        out.unknowns.push(message('unknowns.priceUnknown'));
      }
      return;
    }
    case 'unknown':
      return;
  }
}

export function explain(input: ExplainInput): Explanation {
  const out: Explanation = { reasons: [], limits: [], unknowns: [] };
  explainCoverage(input, out);
  explainPlace(input, out);
  explainFit(input, out);
  explainSignup(input, out);
  return out;
}
