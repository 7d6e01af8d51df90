/** Types of `search-node.mjs`, for the TypeScript tests that import it. */
import type { ShownResult } from './search-eval.mjs';

export interface NodePagefind {
  options(options: Record<string, unknown>): Promise<void>;
}
export declare function loadPagefind(dist: string, language: string): Promise<NodePagefind>;
export declare function topResults(
  api: NodePagefind,
  query: string,
  lang: 'it' | 'en',
  count?: number,
  queryParams?: Record<string, number>,
): Promise<ShownResult[]>;
