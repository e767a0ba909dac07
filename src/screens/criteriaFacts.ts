/**
 * What one hoster's record says about each explained criterion, as data the
 * view translates. An empty list means unknown: the page then says "we do
 * not know, ask them". Nothing is inferred: a missing field stays unknown,
 * and the charter's commitments are stated only for members, who sign it.
 */
import type {
  CriterionEntry,
  Hoster,
  Registration,
  ServiceKind,
  Structure,
} from '../content/schema';

type PricingModel = NonNullable<Hoster['pricing']['model']>;

export type Fact =
  | { kind: 'services'; count: number }
  | { kind: 'place'; place: string }
  | { kind: 'signup'; registrations: Registration[] }
  | { kind: 'price'; model: PricingModel }
  | { kind: 'membershipFee'; price: number }
  | { kind: 'information'; count: number; date: string }
  | { kind: 'since'; year: string }
  | { kind: 'structure'; structure: Structure }
  | { kind: 'capacityFull' | 'capacityOpen'; services: ServiceKind[] }
  | { kind: 'pricingNotes'; notes: string }
  | { kind: 'inPerson' | 'workshops'; value: boolean }
  | { kind: 'charter' };

const registrationOrder: readonly Registration[] = ['none', 'free', 'member', 'client'];

const distinct = <T>(values: readonly T[]): T[] => [...new Set(values)];

function servicesWith(hoster: Hoster, capacity: 'open' | 'full'): ServiceKind[] {
  return distinct(hoster.offers.filter((o) => o.capacity === capacity).map((o) => o.service));
}

/** Facts from the hoster's own record, by criterion. */
const fromRecord: Partial<Record<CriterionEntry['id'], (hoster: Hoster) => Fact[]>> = {
  services: (h) =>
    h.offers.length === 0
      ? []
      : [{ kind: 'services', count: distinct(h.offers.map((o) => o.service)).length }],
  proximity: (h) => (h.location.city ? [{ kind: 'place', place: h.location.city }] : []),
  signup: (h) => {
    const known = new Set(h.offers.map((o) => o.registration));
    const registrations = registrationOrder.filter((r) => known.has(r));
    return registrations.length === 0 ? [] : [{ kind: 'signup', registrations }];
  },
  price: ({ pricing }) => [
    ...(pricing.model ? [{ kind: 'price' as const, model: pricing.model }] : []),
    ...(pricing.membershipEurPerYear !== null
      ? [{ kind: 'membershipFee' as const, price: pricing.membershipEurPerYear }]
      : []),
  ],
  information: (h) => [{ kind: 'information', count: h.sources.length, date: h.checked }],
  longevity: (h) => (h.chatons.since ? [{ kind: 'since', year: h.chatons.since }] : []),
  structure: (h) => (h.structure ? [{ kind: 'structure', structure: h.structure }] : []),
  capacity: (h) => {
    const full = servicesWith(h, 'full');
    const open = servicesWith(h, 'open');
    return [
      ...(full.length > 0 ? [{ kind: 'capacityFull' as const, services: full }] : []),
      ...(open.length > 0 ? [{ kind: 'capacityOpen' as const, services: open }] : []),
    ];
  },
  solidarity: (h) => (h.pricing.notes ? [{ kind: 'pricingNotes', notes: h.pricing.notes }] : []),
  inPerson: ({ support }) => [
    ...(support.inPerson !== null ? [{ kind: 'inPerson' as const, value: support.inPerson }] : []),
    ...(support.workshops !== null
      ? [{ kind: 'workshops' as const, value: support.workshops }]
      : []),
  ],
};

export function factsAbout(entry: CriterionEntry, hoster: Hoster): Fact[] {
  switch (entry.source) {
    case 'charter':
      // The charter is the source: every member signs it; others we cannot vouch for.
      return hoster.chatons.status === 'member' ? [{ kind: 'charter' }] : [];
    case 'ask':
      return [];
    case 'record':
      return fromRecord[entry.id]?.(hoster) ?? [];
  }
}
