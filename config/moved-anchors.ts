/**
 * Sections that moved to another page. Help desks paste links such as `/it/fix/admin/#never-do`
 * into support e-mails, so such a link must keep landing somewhere useful after its section
 * moves: on the old page, the heading `at` (a short section that links to the new page) also
 * answers to the moved ids (src/lib/build/moved-anchors.ts adds them at build time, as empty anchors in
 * the heading). No script: it works in every browser, and costs a few bytes.
 *
 * Slugs are written without the locale (both languages moved alike). The unit test
 * tests/unit/moved-anchors.test.ts checks, in both languages, that each id left its old page,
 * is a heading of its new one, and that `at` is a heading of the old page that links to `to`.
 */
export interface Move {
  /** The heading of the old page that now points to the new one. */
  at: string;
  /** The page the sections moved to. */
  to: string;
  /** The ids of the headings that moved. */
  ids: readonly string[];
}

export const movedAnchors: Record<string, readonly Move[]> = {
  // 2026-11-25: the FAQ split by audience.
  faq: [
    {
      at: 'for-helpdesk',
      to: 'faq/helpdesk',
      ids: [
        'find-the-policy',
        'collect-details',
        'tell-the-user',
        'other-codes',
        'app-name-mismatch',
        'worked-yesterday',
        'someone-else-53003',
      ],
    },
    {
      at: 'for-admins',
      to: 'faq/admin',
      ids: [
        'where-is-the-policy',
        'what-if',
        'report-only',
        'log-retention',
        'avoid-lockout',
        'vpn-egress-ips',
        'security-defaults',
        'block-wins',
      ],
    },
    // 2026-12-02: the command-line questions on a page of their own.
    { at: 'for-command-line', to: 'faq/command-line', ids: ['az-login'] },
  ],
  // 2026-11-25: the help desk's ready replies on their own page.
  'fix/helpdesk': [
    {
      at: 'ready-replies',
      to: 'fix/helpdesk/replies',
      ids: [
        'reply-location',
        'reply-device',
        'reply-browser',
        'reply-device-code',
        'reply-details-flagging',
        'reply-escalated',
      ],
    },
  ],
  // 2026-11-25: the admin guide's safe-change sections on their own page.
  'fix/admin': [
    {
      at: 'fix-safely',
      to: 'fix/admin/changes',
      ids: [
        'safe-changes',
        'report-only-first',
        'exclusion-groups',
        'named-locations',
        'auth-flow-exemptions',
        'device-filters',
        'break-glass',
        'never-do',
        'locked-out',
        'after-the-fix',
      ],
    },
    // 2026-12-02: Graph and KQL next to the non-interactive sign-ins and log delays.
    { at: 'more-on-logs', to: 'fix/admin/logs', ids: ['graph-api', 'log-analytics'] },
  ],
};
