/** Types of `search-eval.mjs`, for the TypeScript tests that import it. */
import type { Page, Response } from '@playwright/test';

export interface Query {
  q: string;
  expect: string | string[];
}
export interface Outcome {
  q: string;
  expected: string[];
  rank: number;
  got: string[];
}
export interface FileBytes {
  url: string;
  bytes: number;
}
export declare const HIT_RATE_THRESHOLD: number;
export declare const FIRST_SEARCH_BUDGET: number;
export declare function loadQueries(lang: string): Query[];
export declare function runQuerySet(
  page: Page,
  baseURL: string | undefined,
  lang: string,
  queries: Query[],
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
