/**
 * How a query of several words is ranked: each word is searched alone and a page's score is the
 * sum of its scores for the words it holds, scaled down by the share of words it misses. Pagefind
 * alone would require every word on the page, so "travelling for work and cannot sign in" would
 * miss the page about travelling for want of "cannot"; here that page only pays for the missing
 * word. Pagefind's scores already weigh rare words above common ones, so the sum favours the page
 * that holds the telling words. Stopwords and two-word phrases come as bonuses: never required,
 * they add to the score of the pages that hold them. Pure: takes Pagefind's `{ id, score }` lists, one per word, and returns merged
 * entries best first.
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
 * Hits that add to a page's score without being required (a stopword's, a phrase's), each
 * score multiplied by `weight`.
 */
export interface BonusHits<T> {
  weight: number;
  hits: readonly ScoredHit<T>[];
}

/**
 * Merges one list of hits per word, and optionally lists of bonus hits: score = (sum of the
 * page's word scores + its weighted bonus scores) × (matched / words)^`missingWordExponent`
 * (0: missing words cost nothing; 2: a page holding half the words keeps a quarter of its
 * score). Only pages holding at least one word are kept. Ties keep the order in which pages
 * first appeared. `item` is the page's item from the word where it scored best.
 */
export function mergeByWords<T>(
  perWord: readonly (readonly ScoredHit<T>[])[],
  missingWordExponent = 2,
  bonuses: readonly BonusHits<T>[] = [],
): MergedHit<T>[] {
  const words = perWord.length;
  const merged = new Map<string, MergedHit<T> & { order: number; best: number }>();
  for (const hits of perWord) {
    for (const hit of hits) {
      const entry = merged.get(hit.id);
      if (!entry) {
        merged.set(hit.id, { ...hit, matched: 1, order: merged.size, best: hit.score });
        continue;
      }
      entry.score += hit.score;
      entry.matched += 1;
      if (hit.score > entry.best) {
        entry.best = hit.score;
        entry.item = hit.item;
      }
    }
  }
  for (const { weight, hits } of bonuses)
    for (const hit of hits) {
      const entry = merged.get(hit.id);
      if (entry) entry.score += weight * hit.score;
    }
  return [...merged.values()]
    .map((entry) => ({
      ...entry,
      score: entry.score * (entry.matched / words) ** missingWordExponent,
    }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ order: _order, best: _best, ...entry }) => entry);
}

/** A word's hit with where the word stands on the page (Pagefind's `words`: word positions). */
export interface PlacedHit {
  id: string;
  score: number;
  words?: readonly number[];
}

/**
 * For each page holding at least two of the query's words within `window` words of each other:
 * the sum of the scores of the words in its best such stretch (the stretch whose words add the
 * most). A page where "teams", "phone" and "morning" stand in one paragraph is about that more
 * likely than one where they stand in three answers far apart. Pure.
 */
export function proximityScores(
  perWord: readonly (readonly PlacedHit[])[],
  window: number,
): Map<string, number> {
  const placed = new Map<string, { at: number; word: number; score: number }[]>();
  perWord.forEach((hits, word) => {
    for (const { id, score, words = [] } of hits) {
      const list = placed.get(id) ?? [];
      for (const at of words) list.push({ at, word, score });
      placed.set(id, list);
    }
  });
  const best = new Map<string, number>();
  for (const [id, list] of placed) {
    list.sort((a, b) => a.at - b.at);
    // A stretch of at most `window` words slides along the page: how often each word stands in
    // it, how many different words it holds and the sum of their scores.
    const inWindow = new Map<number, number>();
    let distinct = 0;
    let sum = 0;
    let top = 0;
    let left = 0;
    for (const entering of list) {
      const seen = inWindow.get(entering.word) ?? 0;
      if (!seen) [distinct, sum] = [distinct + 1, sum + entering.score];
      inWindow.set(entering.word, seen + 1);
      for (let leaving = list[left]; leaving && entering.at - leaving.at > window;) {
        const remaining = (inWindow.get(leaving.word) ?? 1) - 1;
        inWindow.set(leaving.word, remaining);
        if (!remaining) [distinct, sum] = [distinct - 1, sum - leaving.score];
        leaving = list[++left];
      }
      if (distinct >= 2 && sum > top) top = sum;
    }
    if (top > 0) best.set(id, top);
  }
  return best;
}
