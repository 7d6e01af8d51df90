/**
 * What every part of the results view shares: the tool's strings and data, the page's number and
 * date formats, fresh element ids, and the two actions the parts offer one another (filter the
 * event list, open one event). Built once per view by `index.ts`.
 */
import type { TimeUnit } from '~/lib/sign-in-logs/aggregate';
import type { ClientConfig, ToolStrings } from '~/lib/sign-in-logs/labels';
import type { EventFilter } from '~/lib/sign-in-logs/query';
import { h } from '~/components/shared/dom.ts';

export interface ViewContext {
  config: ClientConfig;
  s: ToolStrings;
  /** A number in the page's language. */
  number(value: number): string;
  /** A timestamp in the page's language, UTC; `fallback` when it does not parse. */
  time(time: number | null, fallback?: string): string;
  /** Region names in the page's language, where the browser has them. */
  regions: Intl.DisplayNames | null;
  /** The timeline's bucket size for the loaded file. */
  unit: TimeUnit;
  /** Shows the events of a policy or an error code in the list, and brings the list into view. */
  applyFilter(filter: EventFilter, label: string): void;
  /** Opens one event's details; focus goes back to `opener` when they close. */
  showEvent(index: number, opener: HTMLElement): void;
}

let uid = 0;

/** A fresh element id, unique on the page. */
export function newId(name: string): string {
  uid++;
  return `kb-sign-in-logs-${name}-${uid}`;
}

/** A section with a heading; returns both. */
export function section(title: string): { section: HTMLElement; heading: HTMLHeadingElement } {
  const id = newId('h');
  const heading = h('h3', { id }, title);
  return { section: h('section', { 'aria-labelledby': id }, heading), heading };
}

/** The page's formats for numbers, dates and region names. */
export function formats(locale: string) {
  const numbers = new Intl.NumberFormat(locale);
  const dates = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone: 'UTC',
  });
  let regions: Intl.DisplayNames | null;
  try {
    regions = new Intl.DisplayNames([locale], { type: 'region' });
  } catch {
    regions = null;
  }
  return {
    number: (value: number) => numbers.format(value),
    time: (time: number | null, fallback = '') =>
      time !== null && Number.isFinite(time) ? dates.format(time) : fallback,
    regions,
  };
}
