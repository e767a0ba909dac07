/**
 * What can be computed once per content load rather than once per answer:
 * the active hosters with their points, their open offers indexed by
 * service, their structure keys and id hashes, and the needs by id.
 * Recommending from prepared content keeps a re-rank (an answer changed)
 * cheap; `recommend` prepares each content object once and reuses it.
 */
import type { Hoster, Need, NeedId, Offer, PlaceCatalogue, ServiceKind } from '../content/schema';
import {
  departementOfPostcode,
  pointOfDepartement,
  regionOfDepartement,
  type LatLon,
} from '../places/geo';
import { isActive, isOpen, isUsable, rulesAt, rulesCount, type SignupRules } from './constraints';
import { registrationRank } from './coverage';
import { fnv1a } from './hash';
import { structureKeys } from './structure';

export interface RecommendContent {
  hosters: Hoster[];
  needs: Need[];
  places: PlaceCatalogue;
}

export interface PreparedHoster {
  hoster: Hoster;
  /** The département code, from the record or its postcode; null when unknown. */
  departement: string | null;
  /** The record's point, else its département's point; null when we do not know where it is. */
  point: LatLon | null;
  /** The region of its département (place catalogue), for regional hosters; null when unknown. */
  region: string | null;
  /** Open offers (not full, not closed) by service, easiest sign-up first, unknown last. */
  openOffers: ReadonlyMap<ServiceKind, readonly Offer[]>;
  /** Same website domain or same name: same structure (see structure.ts). */
  structureKeys: readonly string[];
  /** Hash of the id, mixed with the answers' hash to break ties. */
  idHash: number;
  /** How many needs of the catalogue its open offers answer (for "all in one place"). */
  needsAnswered: number;
  /**
   * The easiest usable offer's rank (coverage.ts, registrationRank; -1 when
   * none) for each need of the catalogue and each SignupRules: entry
   * `needIndex * rulesCount + rulesIndex(rules)`. Ranking then reads a table
   * instead of walking offers.
   */
  needRanks: Int8Array;
  /** The record says it welcomes individuals / associations (audiences). */
  servesIndividuals: boolean;
  servesAssociations: boolean;
}

export interface PreparedContent {
  /** Active hosters only (the first hard constraint), in content order. */
  hosters: PreparedHoster[];
  needs: ReadonlyMap<NeedId, Need>;
  /** Each need's position in the catalogue, to read PreparedHoster.needRanks. */
  needIndex: ReadonlyMap<NeedId, number>;
  places: PlaceCatalogue;
}

function departementOfHoster(hoster: Hoster): string | null {
  const { departement, postcode, country } = hoster.location;
  const given = departement?.trim().toUpperCase();
  if (given) return given;
  // A five-digit postcode abroad (e.g. Germany) is not a French one.
  if (postcode !== null && (country === null || country === 'FR')) {
    return departementOfPostcode(postcode);
  }
  return null;
}

function indexOffers(hoster: Hoster): Map<ServiceKind, Offer[]> {
  const index = new Map<ServiceKind, Offer[]>();
  for (const offer of hoster.offers) {
    if (!isOpen(offer)) continue;
    const list = index.get(offer.service);
    if (list) list.push(offer);
    else index.set(offer.service, [offer]);
  }
  // Stable sort: equal sign-ups keep the record's order.
  for (const list of index.values()) {
    list.sort((a, b) => registrationRank(a.registration) - registrationRank(b.registration));
  }
  return index;
}

/** For each service kind, the positions of the needs it answers; once per needs catalogue. */
const kindIndexes = new WeakMap<readonly Need[], ReadonlyMap<ServiceKind, readonly number[]>>();

function indexKinds(needs: readonly Need[]): ReadonlyMap<ServiceKind, readonly number[]> {
  const index = new Map<ServiceKind, number[]>();
  needs.forEach((need, n) => {
    for (const kind of need.kinds) {
      const list = index.get(kind);
      if (list) list.push(n);
      else index.set(kind, [n]);
    }
  });
  kindIndexes.set(needs, index);
  return index;
}

const allRules: readonly SignupRules[] = Array.from({ length: rulesCount }, (_, r) => rulesAt(r));

export function prepareHoster(
  hoster: Hoster,
  places: PlaceCatalogue,
  needs: readonly Need[] = [],
): PreparedHoster {
  const departement = departementOfHoster(hoster);
  const point = hoster.location.point
    ? { lat: hoster.location.point.lat, lon: hoster.location.point.lon }
    : departement === null
      ? null
      : pointOfDepartement(departement, places);
  const openOffers = indexOffers(hoster);
  let needsAnswered = 0;
  for (const need of needs) {
    if (need.kinds.some((kind) => openOffers.has(kind))) needsAnswered += 1;
  }
  const prepared: PreparedHoster = {
    hoster,
    departement,
    point,
    region: departement === null ? null : regionOfDepartement(departement, places),
    openOffers,
    structureKeys: structureKeys(hoster),
    idHash: fnv1a(hoster.id),
    needsAnswered,
    needRanks: new Int8Array(needs.length * rulesCount).fill(-1),
    servesIndividuals: hoster.audiences.includes('individuals'),
    servesAssociations: hoster.audiences.includes('associations'),
  };
  // One pass over the offers: each usable offer lowers the rank of the needs its kind answers.
  const needsOfKind = kindIndexes.get(needs) ?? indexKinds(needs);
  for (const [kind, offers] of openOffers) {
    const answered = needsOfKind.get(kind);
    if (!answered) continue;
    for (const offer of offers) {
      const rank = registrationRank(offer.registration);
      for (let r = 0; r < rulesCount; r += 1) {
        const rules = allRules[r];
        if (!rules || !isUsable(offer, hoster, rules)) continue;
        for (const n of answered) {
          const at = n * rulesCount + r;
          const current = prepared.needRanks[at] ?? -1;
          if (current < 0 || rank < current) prepared.needRanks[at] = rank;
        }
      }
    }
  }
  return prepared;
}

export function prepare(content: RecommendContent): PreparedContent {
  return {
    hosters: content.hosters
      .filter(isActive)
      .map((h) => prepareHoster(h, content.places, content.needs)),
    needs: new Map(content.needs.map((need) => [need.id, need])),
    needIndex: new Map(content.needs.map((need, n) => [need.id, n])),
    places: content.places,
  };
}

interface CacheEntry {
  hosters: Hoster[];
  needs: Need[];
  places: PlaceCatalogue;
  prepared: PreparedContent;
}

const cache = new WeakMap<RecommendContent, CacheEntry>();

/**
 * `prepare`, once per content object: the app loads its content once and
 * re-ranks on every answer. Content is never mutated in place; a new
 * hosters, needs or places array is noticed and prepared again.
 */
export function prepareOnce(content: RecommendContent): PreparedContent {
  const hit = cache.get(content);
  if (
    hit &&
    hit.hosters === content.hosters &&
    hit.needs === content.needs &&
    hit.places === content.places
  ) {
    return hit.prepared;
  }
  const prepared = prepare(content);
  cache.set(content, {
    hosters: content.hosters,
    needs: content.needs,
    places: content.places,
    prepared,
  });
  return prepared;
}
