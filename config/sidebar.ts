import type { StarlightUserConfig } from '@astrojs/starlight/types';
import codes from '../src/data/codes.json' with { type: 'json' };
import { causeIds } from '../src/schemas/data';

type Sidebar = NonNullable<StarlightUserConfig['sidebar']>;

/**
 * The neighbouring error codes that get a page each (`page: true` in src/data/codes.json), in
 * the order of that file, which is the order the sidebar lists them.
 */
export const codePages = codes.filter((c) => c.page).map((c) => c.code);

/** The seven causes, most frequent first: the order of the sidebar and the checker's tie-break. */
export const causePages = causeIds;

/**
 * The sidebar: five groups. Slugs are written without the locale; Starlight resolves them in the
 * reader's language and takes each label from that page's title, except where a shorter label is
 * given (index pages, whose titles repeat "error 53003"). Group labels are English with an
 * Italian translation.
 */
export const sidebar: Sidebar = [
  {
    label: 'Understand',
    translations: { it: 'Capire' },
    items: [
      'what-is-53003',
      {
        slug: 'faq',
        label: 'Frequently asked questions',
        translations: { it: 'Domande frequenti' },
      },
      { slug: 'faq/helpdesk', label: 'FAQ: help desk', translations: { it: 'FAQ: help desk' } },
      { slug: 'faq/admin', label: 'FAQ: admins', translations: { it: 'FAQ: amministratori' } },
      {
        slug: 'faq/command-line',
        label: 'FAQ: command line',
        translations: { it: 'FAQ: riga di comando' },
      },
    ],
  },
  {
    label: 'Causes',
    translations: { it: 'Cause' },
    items: [
      { slug: 'causes', label: 'All causes', translations: { it: 'Tutte le cause' } },
      ...causePages.map((c) => `causes/${c}`),
    ],
  },
  {
    label: 'Fix',
    translations: { it: 'Risolvere' },
    items: [
      { slug: 'fix', label: 'Where to start', translations: { it: 'Da dove partire' } },
      'fix/user',
      'fix/helpdesk',
      {
        slug: 'fix/helpdesk/replies',
        label: 'Ready replies',
        translations: { it: 'Risposte pronte' },
      },
      'fix/admin',
      {
        slug: 'fix/admin/changes',
        label: 'Safe changes',
        translations: { it: 'Modifiche sicure' },
      },
      {
        slug: 'fix/admin/logs',
        label: 'Logs, Graph, KQL',
        translations: { it: 'Log, Graph, KQL' },
      },
    ],
  },
  {
    label: 'Reference',
    translations: { it: 'Riferimento' },
    items: [
      {
        slug: 'details',
        label: 'The error details',
        translations: { it: "I dettagli dell'errore" },
      },
      { slug: 'codes', label: 'Neighbouring codes', translations: { it: 'Codici vicini' } },
      {
        label: 'Codes one by one',
        translations: { it: 'I codici uno per uno' },
        // Collapsed: shown only on the code pages themselves (src/lib/site/sidebar.ts, visibleEntries);
        // elsewhere the codes' index above lists them all.
        collapsed: true,
        items: codePages.map((code) => `codes/${code}`),
      },
    ],
  },
  {
    label: 'Tools',
    translations: { it: 'Strumenti' },
    items: ['tools', 'checker', 'tools/sign-in-logs', 'tools/what-if', 'search', 'all-pages'],
  },
];
