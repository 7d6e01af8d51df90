import { expect, test } from 'vitest';
import { startsOpen, visibleEntries, type NavEntry } from '../../../src/lib/site/sidebar';

const link = (label: string, isCurrent = false): NavEntry => ({
  type: 'link',
  label,
  href: `/${label}/`,
  isCurrent,
});

const tree = (current?: string): NavEntry[] => [
  link('home', current === 'home'),
  {
    type: 'group',
    label: 'Reference',
    collapsed: false,
    entries: [
      link('codes', current === 'codes'),
      {
        type: 'group',
        label: 'One by one',
        collapsed: true,
        entries: [link('53000', current === '53000'), link('53001', current === '53001')],
      },
    ],
  },
];

const labels = (entries: NavEntry[]): unknown[] =>
  entries.map((e) => (e.type === 'link' ? e.label : [e.label, labels(e.entries)]));

test('a collapsed group is left out of the pages outside it', () => {
  expect(labels(visibleEntries(tree('home')))).toEqual(['home', ['Reference', ['codes']]]);
  expect(labels(visibleEntries(tree('codes')))).toEqual(['home', ['Reference', ['codes']]]);
});

test('on its own pages a collapsed group is there, open', () => {
  const entries = visibleEntries(tree('53001'));
  expect(labels(entries)).toEqual([
    'home',
    ['Reference', ['codes', ['One by one', ['53000', '53001']]]],
  ]);
  const reference = entries[1];
  const group = reference?.type === 'group' ? reference.entries[1] : undefined;
  expect(group?.type === 'group' && startsOpen(group)).toBe(true);
});

test('open groups start open; collapsed ones only around the current page', () => {
  const [, reference] = tree('home');
  if (reference?.type !== 'group') throw new Error('fixture');
  expect(startsOpen(reference)).toBe(true);
  const inner = reference.entries[1];
  if (inner?.type !== 'group') throw new Error('fixture');
  expect(startsOpen(inner)).toBe(false);
});
