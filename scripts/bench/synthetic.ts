/**
 * Deterministic synthetic hosters for the recommender benchmark: the same
 * seed always gives the same 10,000 hosters, spread over the catalogue's
 * départements, with the mix of known and unknown facts of the real
 * records (many null sign-ups and places), a few full services, and one
 * hoster in fifty being a second branch of the previous one (same domain).
 */
import {
  serviceKinds,
  type Hoster,
  type Offer,
  type PlaceCatalogue,
  type ServiceKind,
} from '../../src/content/schema';
import { seededRandom } from '../../src/recommend/fairness';

const structures: Hoster['structure'][] = [
  'association',
  'association',
  'association',
  'cooperative',
  'company',
  'microcompany',
  'individual',
  'informal',
  null,
  null,
];
const areas: Hoster['location']['area'][] = ['local', 'regional', 'national', 'francophone', null];
const registrations: Offer['registration'][] = ['none', 'free', 'member', 'client', null, null];
const pricingModels: Hoster['pricing']['model'][] = [
  'free',
  'donation',
  'membership',
  'paid',
  'mixed',
  null,
];
const audiences: Hoster['audiences'] = ['individuals', 'associations', 'companies', 'collectives'];
const tri: (boolean | null)[] = [true, false, null, null];

export function syntheticHosters(count: number, places: PlaceCatalogue, seed = 42): Hoster[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const out: Hoster[] = [];
  for (let i = 0; i < count; i += 1) {
    const id = `synthetic-${String(i).padStart(5, '0')}`;
    const branch = i % 50 === 49;
    const domain = `synthetic-${String(branch ? i - 1 : i).padStart(5, '0')}.example.org`;
    const d = pick(places.departements);
    const placed = random() < 0.8;
    const offers: Offer[] = [];
    for (let n = 1 + Math.floor(random() * 12); n > 0; n -= 1) {
      const capacity = random() < 0.05 ? 'full' : random() < 0.02 ? 'closed' : null;
      offers.push({
        service: pick<ServiceKind>(serviceKinds),
        software: null,
        url: null,
        registration: pick(registrations),
        capacity,
        price: null,
        notes: null,
      });
    }
    out.push({
      id,
      name: `Synthetic ${i}`,
      website: random() < 0.9 ? `https://www.${domain}` : null,
      summary: null,
      structure: pick(structures),
      chatons: { status: random() < 0.95 ? 'member' : 'former', since: null },
      location: {
        city: placed ? d.chefLieu : null,
        postcode: null,
        departement: placed ? d.code : null,
        country: 'FR',
        area: pick(areas),
        areaNote: null,
        point: placed
          ? {
              lat: d.lat + (random() - 0.5) * 0.6,
              lon: d.lon + (random() - 0.5) * 0.6,
              method: 'city',
              from: 'synthetic',
            }
          : null,
      },
      audiences: audiences.filter(() => random() < 0.4),
      pricing: {
        model: pick(pricingModels),
        membershipEurPerYear: random() < 0.5 ? Math.floor(random() * 40) : null,
        notes: null,
      },
      support: { inPerson: pick(tri), workshops: pick(tri), notes: null },
      offers,
      sources: ['synthetic'],
      checked: '2026-01-01',
      confidence: pick(['high', 'medium', 'low'] as const),
      provenance: { importedFrom: 'synthetic', importedOn: '2026-01-01' },
    });
  }
  return out;
}
