import Fuse from 'fuse.js';
import type { Need, NeedId } from '../content/schema';

interface Entry {
  id: NeedId;
  label: string;
  replaces: string[];
}

/**
 * Typo-tolerant search over what each need is called and the products it
 * replaces, so "gmial" or "whatsap" still finds the right line.
 */
export function createNeedSearch(needs: readonly Need[], label: (id: NeedId) => string) {
  const entries: Entry[] = needs.map((need) => ({
    id: need.id,
    label: label(need.id),
    replaces: need.replaces,
  }));
  const fuse = new Fuse(entries, {
    keys: ['label', 'replaces'],
    threshold: 0.35,
    ignoreDiacritics: true,
  });
  return (query: string): NeedId[] => {
    const trimmed = query.trim();
    if (trimmed === '') return entries.map((entry) => entry.id);
    return fuse.search(trimmed).map((result) => result.item.id);
  };
}
