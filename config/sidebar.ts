import type { StarlightUserConfig } from '@astrojs/starlight/types';
import { causeIds } from '../src/schemas/data';

type Sidebar = NonNullable<StarlightUserConfig['sidebar']>;

/** The neighbouring error codes that get a page each, in the order the sidebar lists them. */
export const codePages = [
  '53000',
  '53001',
  '53002',
  '53004',
  '53009',
  '53010',
  '53011',
  '530001',
  '530003',
  '530032',
  '530033',
  '530034',
  '530035',
  '530036',
  '530084',
  '50005',
  '50076',
  '50097',
  '50131',
] as const;

/** The seven causes, most frequent first: the order of the sidebar, the home cards and the checker's ids. */
export const causePages = causeIds;

/**
 * The sidebar: five groups. Slugs are written without the locale; Starlight resolves them in the
 * reader's language and takes each label from that page's title. Group labels are English with an
 * Italian translation.
 */
export const sidebar: Sidebar = [
  {
    label: 'Understand',
    translations: { it: 'Capire' },
    items: ['what-is-53003', 'faq'],
  },
  {
    label: 'Causes',
    translations: { it: 'Cause' },
    items: ['causes', ...causePages.map((c) => `causes/${c}`)],
  },
  {
    label: 'Fix',
    translations: { it: 'Risolvere' },
    items: ['fix', 'fix/user', 'fix/helpdesk', 'fix/admin'],
  },
  {
    label: 'Reference',
    translations: { it: 'Riferimento' },
    items: [
      'details',
      'codes',
      {
        label: 'Codes one by one',
        translations: { it: 'I codici uno per uno' },
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
