/**
 * "Never two branches of the same structure" (design §3.3). The records have
 * no field that links branches of one organisation, so two hosters count as
 * the same structure when they share a normalised website domain (the
 * registrable part: https://www.lyon.exemple.org and https://exemple.org are
 * one) or a normalised name (case, accents, punctuation and a trailing place
 * in brackets or after a dash are ignored: "Exemple (Lyon)", "exemple –
 * Paris"). Replace this with a real field if the data ever gets one.
 */
import type { Hoster } from '../content/schema';

/** Second-level suffixes under which the registrable domain has three labels. */
const twoLabelSuffixes = new Set([
  'asso.fr',
  'com.fr',
  'gouv.fr',
  'tm.fr',
  'nom.fr',
  'co.uk',
  'org.uk',
  'ac.be',
  'com.br',
  'qc.ca',
]);

/** The registrable domain of an address: "https://www.services.example.org/x" → "example.org". */
export function registrableDomain(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  host = host.replace(/\.$/, '');
  const labels = host.split('.').filter((l) => l !== '');
  if (labels.length < 2) return labels[0] ?? null;
  const lastTwo = labels.slice(-2).join('.');
  const count = twoLabelSuffixes.has(lastTwo) ? 3 : 2;
  return labels.slice(-count).join('.');
}

/** "Exemple (Lyon)", "EXEMPLE – Paris", "Éxemple!" → "exemple". */
export function normalisedName(name: string): string {
  return (name.split(/\s+[-–—]\s+|\s*\(/)[0] ?? name)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** The keys under which two hosters are the same structure; sharing any one is enough. */
export function structureKeys(hoster: Pick<Hoster, 'name' | 'website' | 'id'>): string[] {
  const keys: string[] = [];
  const domain = hoster.website === null ? null : registrableDomain(hoster.website);
  if (domain !== null) keys.push(`domain:${domain}`);
  const name = normalisedName(hoster.name);
  keys.push(name === '' ? `id:${hoster.id}` : `name:${name}`);
  return keys;
}
