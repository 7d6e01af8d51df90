/**
 * Pure checks over the two content trees (`src/content/docs/it` and `.../en`). The tests feed
 * them the real file lists and frontmatter; keeping them pure lets the tests also prove that
 * they fail on a broken tree.
 */

/** The relative paths found in one tree but not in the other. */
export interface TreeDrift {
  /** Relative paths present only in the first tree. */
  onlyInFirst: string[];
  /** Relative paths present only in the second tree. */
  onlyInSecond: string[];
}

/** Compares two lists of relative paths; an empty drift means the trees mirror each other. */
export function compareTrees(first: readonly string[], second: readonly string[]): TreeDrift {
  const a = new Set(first);
  const b = new Set(second);
  return {
    onlyInFirst: [...a].filter((p) => !b.has(p)).sort(),
    onlyInSecond: [...b].filter((p) => !a.has(p)).sort(),
  };
}

/** A heading found in an MDX body: its level, its text and its explicit id (if any). */
export interface MdxHeading {
  depth: number;
  text: string;
  id: string | undefined;
}

const fence = /^(```|~~~)/;
const heading = /^(#{2,6})\s+(.*?)\s*$/;
const explicitId = /\{\s*#([A-Za-z0-9][\w-]*)\s*\}$/;

/**
 * Lists the `##`–`######` headings of an MDX body, outside fenced code, with the explicit
 * `{ #id }` each carries. Help desks link to these ids, so both languages must share them.
 */
export function extractHeadings(body: string): MdxHeading[] {
  const found: MdxHeading[] = [];
  let inFence = false;
  for (const line of body.split(/\r?\n/)) {
    if (fence.test(line.trimStart())) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    const match = heading.exec(line);
    if (!match) continue;
    const [, hashes = '', rest = ''] = match;
    const id = explicitId.exec(rest)?.[1];
    found.push({ depth: hashes.length, text: rest.replace(explicitId, '').trim(), id });
  }
  return found;
}

/** Splits an MDX file into its YAML frontmatter text and its body. */
export function splitFrontmatter(source: string): { frontmatter: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) return { frontmatter: '', body: source };
  return { frontmatter: match[1] ?? '', body: match[2] ?? '' };
}
