import Fuse from 'fuse.js';
import type { Need, NeedId } from '../content/schema';

interface Entry {
  id: NeedId;
  label: string;
  replaces: readonly string[];
  keywords: readonly string[];
}

/**
 * Typo-tolerant search over what each need is called, the products it
 * replaces and the words people use for it ("visio", "courriel"), so
 * "gmial", "gogle drive" or "whatsap" still find the right line. The
 * position of a word in a name does not matter: "drive" is as good a start
 * as "google".
 */
export function createNeedSearch(needs: readonly Need[], label: (id: NeedId) => string) {
  const entries: Entry[] = needs.map((need) => ({
    id: need.id,
    label: label(need.id),
    replaces: need.replaces,
    keywords: need.keywords ?? [],
  }));
  const fuse = new Fuse(entries, {
    keys: [
      { name: 'label', weight: 2 },
      { name: 'replaces', weight: 2 },
      { name: 'keywords', weight: 1 },
    ],
    threshold: 0.3,
    ignoreLocation: true,
    ignoreDiacritics: true,
  });
  return (query: string): NeedId[] => {
    const trimmed = query.trim();
    if (trimmed === '') return entries.map((entry) => entry.id);
    return fuse.search(trimmed).map((result) => result.item.id);
  };
}
