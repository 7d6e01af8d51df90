import { causePages, codePages } from './sidebar';

/**
 * The page map: every page that exists at `/it/<slug>/` and `/en/<slug>/` (`''` is the home page).
 * These URLs are a promise to help desks that paste them into e-mails: the tests check that each
 * one answers in both languages and that the content trees hold exactly these pages.
 */
export const pageMap = [
  '',
  'what-is-53003',
  'causes',
  ...causePages.map((c) => `causes/${c}`),
  'fix',
  'fix/user',
  'fix/helpdesk',
  'fix/helpdesk/replies',
  'fix/admin',
  'fix/admin/changes',
  'fix/admin/logs',
  'faq',
  'faq/helpdesk',
  'faq/admin',
  'faq/command-line',
  'details',
  'codes',
  ...codePages.map((c) => `codes/${c}`),
  'checker',
  'tools',
  'tools/sign-in-logs',
  'tools/what-if',
  'search',
  'all-pages',
];
