/** Types of `search-eval.mjs`, for the TypeScript tests that import it. */
import type { Page, Response } from '@playwright/test';

export interface Query {
  q: string;
  expect: string | string[];
  from?: string;
}
export type QuerySet = 'tuning' | 'held-back';
export interface SplitQuery extends Query {
  set: QuerySet;
}
export interface ShownResult {
  path: string;
  sections: string[];
}
export interface Outcome {
  q: string;
  set: QuerySet;
  expected: string[];
  rank: number;
  got: ShownResult[];
}
export interface FileBytes {
  url: string;
  bytes: number;
}
export declare const HIT_RATE_THRESHOLD: number;
export declare const FIRST_SEARCH_BUDGET: number;
export declare function splitOf(q: string): QuerySet;
export declare function readQueries(name: string): Query[];
export declare function loadQueries(lang: string): SplitQuery[];
export declare function rankOf(shown: ShownResult[], expected: string[]): number;
export declare function runQuerySet(
  page: Page,
  baseURL: string | undefined,
  lang: string,
  queries: SplitQuery[],
): Promise<Outcome[]>;
export declare function hitRate(outcomes: Outcome[], k?: number): number;
export declare function formatOutcomes(lang: string, outcomes: Outcome[]): string;
export declare function transferredBytes(response: Response): Promise<number>;
export declare function measureFirstSearch(
  page: Page,
  baseURL: string | undefined,
  path: string,
  query: string,
): Promise<{ total: number; files: FileBytes[]; requestsBeforeIntent: string[] }>;
export declare function measureIdleJs(
  page: Page,
  baseURL: string | undefined,
  path: string,
): Promise<{ total: number; files: FileBytes[]; inlineBytes: number }>;
