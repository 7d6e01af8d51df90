import { describe, expect, test } from 'vitest';
import { repairedFragment } from '../../../src/lib/site/fragment-repair';

const ids = ['how-to-recognise', 'what-you-can-try', 'what-it-must-do', 'related-codes'];

describe('a section link that a mail client changed finds its section', () => {
  test.each([
    ['#what-you-can-try).', 'what-you-can-try'],
    ['#what-you-can-try%29.', 'what-you-can-try'],
    ['#what-you-can-try%3E', 'what-you-can-try'],
    ['#what-you-can-try&gt;', 'what-you-can-try'],
    ['#what-you-can-try%E2%80%9D', 'what-you-can-try'],
    ['#What-You-Can-Try', 'what-you-can-try'],
    ['#what-you-can-tryIf', 'what-you-can-try'],
    ['#what-you-c', 'what-you-can-try'],
    ['#%23what-you-can-try', 'what-you-can-try'],
    ['#what-you-can-%0Atry', 'what-you-can-try'],
  ])('%s → %s', (hash, expected) => {
    expect(repairedFragment(hash, ids)).toBe(expected);
  });

  test.each([
    ['#what-you-can-try', 'already right'],
    ['', 'no fragment'],
    ['#what', 'two sections start so'],
    ['#nothing-like-it', 'no such section'],
    ['#details=AADSTS53003&vpn=yes', 'a tool’s state'],
    ['#%E0%A4%A', 'a broken escape'],
  ])('%s is left alone (%s)', (hash) => {
    expect(repairedFragment(hash, ids)).toBeUndefined();
  });
});
