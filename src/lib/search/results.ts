/**
 * From Pagefind's result data to what the search interface shows. Pure: the interface turns
 * these plain objects into DOM nodes (never through innerHTML).
 */
import { fold } from './highlight.ts';
import { restoreTypography } from './index-html.ts';
import { stripElision } from './query.ts';
import { withHighlight } from './url-state.ts';
import { isSearchKind, type SearchKind } from './kinds.ts';
import { VOCABULARY_MARK } from './vocabulary.ts';

/** Where a Pagefind sub-result starts: the heading with an id. */
export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

/** A word hit with its weight, as Pagefind reports it. */
export interface PagefindWeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

/** One section of a page that matched (the fields we use). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: PagefindAnchor;
  weighted_locations?: PagefindWeightedLocation[];
}

/** The data of one page that matched (the fields we use). */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
  sub_results?: PagefindSubResult[];
}

/** A piece of an excerpt: plain text, or a matched word to mark. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** One section of a result: a link to a heading of the page. */
export interface SectionView {
  url: string;
  title: string;
  excerpt: ExcerptPart[];
}

/** One result as the interface lists it. */
export interface ResultView {
  /** The page, with the words to highlight once it opens. */
  url: string;
  title: string;
  kind: SearchKind | undefined;
  excerpt: ExcerptPart[];
  /** The best matching sections, best first. */
  sections: SectionView[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the HTML entities Pagefind writes into excerpts. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** A word of the page's search vocabulary, with the space before it (see `addVocabulary`). */
const VOCABULARY_WORD = new RegExp(`\\s*[^\\s<>]*${VOCABULARY_MARK}`, 'g');

/**
 * Splits a Pagefind excerpt (entity-encoded text with `<mark>` around matched words) into plain
 * text parts, with the site's typography restored. Any other tag is dropped as text, and so are
 * the words of the search vocabulary, which the page does not show either.
 */
export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  const pieces = html
    .replace(/<mark>([^<]*)<\/mark>/g, (whole, word: string) =>
      word.includes(VOCABULARY_MARK) ? word : whole,
    )
    .replace(VOCABULARY_WORD, '')
    .split(/(<\/?mark>)/);
  for (const piece of pieces) {
    if (piece === '<mark>') mark = true;
    else if (piece === '</mark>') mark = false;
    else if (piece) {
      const text = restoreTypography(decodeEntities(piece.replace(/<[^>]*>/g, '')));
      if (text) parts.push({ text, mark });
    }
  }
  return parts;
}

/**
 * The distinct words Pagefind marked in some excerpts, folded (lower case, no accents), without
 * their elided article: a marked `dall’accesso` gives `accesso`, not `dall`.
 */
export function markedWords(excerpts: readonly string[]): string[] {
  const words = excerpts.flatMap((html) =>
    excerptParts(html)
      .filter((p) => p.mark)
      .flatMap((p) => fold(p.text).split(/\s+/))
      .map((word) => stripElision(word).match(/[\p{L}\p{N}]+/u)?.[0] ?? ''),
  );
  return [...new Set(words.filter((w) => w.length >= 2))];
}

/**
 * What each repeat of a word in a section adds, as a share of its best match there (tuning set,
 * 1,095 queries, top 3 with the right section: 1,050 at 1, 1,052 at 0.5 and 0.3, 1,053 at 0.15).
 */
export const REPEAT_SHARE = 0.15;

/** One word's result for a page, with how much that word tells about the page. */
export interface WordData {
  data: PagefindResultData;
  /** Pagefind's score of the page for that word alone: rare words score higher. */
  weight: number;
}

/**
 * One page's data for a query of several words (`run.ts`): the excerpt and metadata of `base`
 * (the result for all the words, or the best one), and the sections of every word's result,
 * each match counted in proportion to how much its word tells about the page. So the FAQ
 * answer about the VPN, not the one whose heading says "Teams", answers "my VPN is on and
 * Teams stopped working". Without word results, `base` as it is.
 */
export function combineData(
  base: PagefindResultData,
  words: readonly WordData[],
): PagefindResultData {
  const top = Math.max(0, ...words.map((w) => w.weight));
  if (!words.length || top <= 0) return base;
  const sections = new Map<string, PagefindSubResult & { at: Map<number, number> }>();
  for (const { data, weight } of words)
    for (const sub of data.sub_results ?? []) {
      const section = sections.get(sub.url) ?? { ...sub, at: new Map<number, number>() };
      sections.set(sub.url, section);
      // The word's best match in the section counts whole, its repeats a share: a section
      // holding several of the words answers better than one repeating a single word.
      const ranked = [...(sub.weighted_locations ?? [])].sort(
        (a, b) => b.balanced_score - a.balanced_score,
      );
      ranked.forEach((l, i) => {
        const score = ((l.balanced_score * weight) / top) * (i === 0 ? 1 : REPEAT_SHARE);
        section.at.set(l.location, Math.max(section.at.get(l.location) ?? 0, score));
      });
    }
  const sub_results = [...sections.values()].map(({ at, ...sub }) => ({
    ...sub,
    weighted_locations: [...at].map(([location, score]) => ({
      weight: 1,
      balanced_score: score,
      location,
    })),
  }));
  return { ...base, sub_results };
}

function sectionScore(sub: PagefindSubResult): number {
  return (sub.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);
}

function kindOf(data: PagefindResultData): SearchKind | undefined {
  const value = data.filters?.kind?.[0];
  return isSearchKind(value) ? value : undefined;
}

/**
 * Builds the view of one result: its title, kind, excerpt, and up to `maxSections` sections —
 * the headings with the most weighted hits, best first (the FAQ answer that matches, not the
 * first question of the page). Every link carries the words
 * to highlight: the query's terms and the words Pagefind actually matched on that page.
 */
export function toResultView(
  data: PagefindResultData,
  queryTerms: readonly string[],
  maxSections = 3,
): ResultView {
  const subs = data.sub_results ?? [];
  const terms = [
    ...new Set([
      ...queryTerms.map(fold),
      ...markedWords([data.excerpt, ...subs.map((s) => s.excerpt)]),
    ]),
  ].slice(0, 12);
  const sections = subs
    // Sections are headings below the title: the page's own h1 (Starlight's `#_top`) is the page.
    .filter((s) => s.anchor && s.anchor.element !== 'h1' && s.url.includes('#'))
    .map((s, i) => ({ s, i, score: sectionScore(s) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, maxSections)
    .map(({ s }) => ({
      url: withHighlight(s.url, terms),
      title: restoreTypography(s.title),
      excerpt: excerptParts(s.excerpt),
    }));
  return {
    url: withHighlight(data.url, terms),
    title: restoreTypography(data.meta.title ?? data.url),
    kind: kindOf(data),
    excerpt: excerptParts(data.excerpt),
    sections,
  };
}
