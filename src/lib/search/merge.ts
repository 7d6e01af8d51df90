/**
 * The fallback when no page holds every word of a query (Pagefind requires them all): search
 * each word alone and rank pages by the sum of their scores, scaled down by the share of words
 * they miss, so that "uso una vpn" still finds the VPN page. Pure: takes Pagefind's `{ id, score }`
 * lists, one per word, and returns merged entries best first.
 */

/** A scored hit of one word's search. */
export interface ScoredHit<T> {
  id: string;
  score: number;
  /** Whatever the caller needs back (Pagefind's result object). */
  item: T;
}

/** A page of the merged ranking. */
export interface MergedHit<T> extends ScoredHit<T> {
  /** How many of the words the page holds. */
  matched: number;
}

/**
 * Merges one list of hits per word: score = (sum of the page's scores) × (matched / words)².
 * Ties keep the order in which pages first appeared. `item` is the page's first hit's item.
 */
export function mergeByWords<T>(perWord: readonly (readonly ScoredHit<T>[])[]): MergedHit<T>[] {
  const words = perWord.length;
  const merged = new Map<string, MergedHit<T> & { order: number }>();
  for (const hits of perWord) {
    for (const hit of hits) {
      const entry = merged.get(hit.id);
      if (entry) {
        entry.score += hit.score;
        entry.matched += 1;
      } else merged.set(hit.id, { ...hit, matched: 1, order: merged.size });
    }
  }
  return [...merged.values()]
    .map(({ order, ...entry }) => ({
      ...entry,
      order,
      score: entry.score * (entry.matched / words) ** 2,
    }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ order: _order, ...entry }) => entry);
}
