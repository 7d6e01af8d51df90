/**
 * Pages that moved to another address. Help desks paste page links into e-mails and tickets that
 * live for years, so an old address must keep leading somewhere: the 404 sends a link to an old
 * path on to the new one (src/lib/site/link-recovery.ts), with its `#section` when that still
 * exists there. A moved section, rather than a whole page, goes in config/moved-anchors.ts.
 *
 * Slugs without the language (both languages move alike): `'old/slug': 'new/slug'`. A moved
 * parent takes the pages under it along (`'fix': 'solve'` also sends `fix/user` to
 * `solve/user`). tests/unit/site/moved-pages.test.ts checks that every old slug is no longer a
 * page and every new one is. No page has moved yet.
 */
export const movedPages: Readonly<Record<string, string>> = {};
