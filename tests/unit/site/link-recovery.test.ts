import { describe, expect, test } from 'vitest';
import { localeKeys } from '../../../config/locales';
import { movedAnchors } from '../../../config/moved-anchors';
import { readBrokenLink, searchWords, trimTrailing } from '../../../src/lib/site/broken-link';
import { knownPage } from '../../../src/lib/site/known-pages';
import { editDistance, recoverLink, type KnownPage } from '../../../src/lib/site/link-recovery';
import { readAllPages } from '../helpers/content';

/** The real site's pages, per language, as the 404's data file lists them. */
const pagesOf: Record<string, KnownPage[]> = Object.fromEntries(
  localeKeys.map((locale) => [
    locale,
    readAllPages()
      .filter((page) => page.locale === locale)
      .map((page) => knownPage({ ...page, title: String(page.data['title'] ?? '') }, movedAnchors)),
  ]),
);

/** What the 404 does with an address: where it goes, or the paths it offers. */
function recover(href: string, preferred = 'en', moved: Record<string, string> = {}) {
  const url = new URL(href, 'https://kb.example.org');
  // `URL` encodes what a browser's `location` encodes; a raw `#` stays the real fragment.
  const link = readBrokenLink(
    { pathname: url.pathname, search: url.search, hash: url.hash },
    localeKeys,
    preferred,
  );
  const recovery = recoverLink(link, pagesOf[link.locale] ?? [], moved);
  return { link, ...recovery, offered: recovery.pages.map((page) => page.path) };
}

describe('a link a gateway or a mail client changed goes to its page and section', () => {
  test.each(
    localeKeys.flatMap((l) => [
      // The `#` encoded once, twice, three times.
      [`/${l}/causes/location/%23what-you-can-try`, `/${l}/causes/location/#what-you-can-try`],
      [`/${l}/causes/location/%2523what-you-can-try`, `/${l}/causes/location/#what-you-can-try`],
      [`/${l}/causes/location/%252523what-you-can-try`, `/${l}/causes/location/#what-you-can-try`],
      [`/${l}/causes/location%23what-you-can-try`, `/${l}/causes/location/#what-you-can-try`],
      [`/${l}/fix/user/%23COPY-DETAILS`, `/${l}/fix/user/#copy-details`],
      // Punctuation the sentence glued on, raw, encoded or as an HTML entity.
      [`/${l}/causes/location/).`, `/${l}/causes/location/`],
      [`/${l}/causes/location).`, `/${l}/causes/location/`],
      [`/${l}/causes/location/>`, `/${l}/causes/location/`],
      [`/${l}/causes/location/,`, `/${l}/causes/location/`],
      [`/${l}/causes/location/"`, `/${l}/causes/location/`],
      [`/${l}/causes/location/'`, `/${l}/causes/location/`],
      [`/${l}/causes/location/”.`, `/${l}/causes/location/`],
      [`/${l}/causes/location/»`, `/${l}/causes/location/`],
      [`/${l}/causes/location/…`, `/${l}/causes/location/`],
      [`/${l}/causes/location/&gt;`, `/${l}/causes/location/`],
      [`/${l}/causes/location/&quot;,`, `/${l}/causes/location/`],
      [`/${l}/causes/location/%3E`, `/${l}/causes/location/`],
      [`/${l}/causes/location/%E2%80%9D`, `/${l}/causes/location/`],
      [`/${l}/causes/location/%23what-you-can-try).`, `/${l}/causes/location/#what-you-can-try`],
      [`/${l}/causes/location/%23what-you-can-try%3E`, `/${l}/causes/location/#what-you-can-try`],
      [`/${l}/causes/location/%23what-you-can-try&gt;`, `/${l}/causes/location/#what-you-can-try`],
      [`/${l}/causes/location/%2523what-you-can-try%2C`, `/${l}/causes/location/#what-you-can-try`],
      // A path written otherwise: capitals, doubled slashes, a file name, a line wrap.
      [`/${l.toUpperCase()}/Causes/Location/`, `/${l}/causes/location/`],
      [`/${l}//causes//location/index.html`, `/${l}/causes/location/`],
      [`/${l}/causes/location.html`, `/${l}/causes/location/`],
      [`/${l}/causes/loca%20tion/`, `/${l}/causes/location/`],
      [`/${l}/causes/loca%C2%ADtion/`, `/${l}/causes/location/`],
      // The Learn way of writing a language.
      [`/${l}-${l === 'en' ? 'us' : 'it'}/causes/location/`, `/${l}/causes/location/`],
      // A `#` that became `/`.
      [`/${l}/causes/location/what-you-can-try`, `/${l}/causes/location/#what-you-can-try`],
      // A section that moved to another page keeps landing (config/moved-anchors.ts).
      [`/${l}/fix/helpdesk/%23reply-location`, `/${l}/fix/helpdesk/#reply-location`],
      // Words glued to the fragment when a mail client joined two lines.
      [`/${l}/causes/location/%23what-you-can-tryIf`, `/${l}/causes/location/#what-you-can-try`],
      // A quoted-printable soft line break left in the path.
      [`/${l}/causes/loca=/`, `/${l}/causes/location/`],
      [`/${l}/causes/loca=tion/`, `/${l}/causes/location/`],
      // An id the page does not have: the page, at its top.
      [`/${l}/causes/location/%23no-such-section`, `/${l}/causes/location/`],
    ]),
  )('%s → %s', (href, expected) => {
    expect(recover(href).to).toBe(expected);
  });

  test.each(localeKeys)('a tool state in the fragment travels as written (%s)', (l) => {
    const state = 'details=AADSTS53003%20Trace%20ID%3A%20x&vpn=yes';
    expect(recover(`/${l}/checker/%23${state}`).to).toBe(`/${l}/checker/#${state}`);
    // Encoded once more by the gateway (`%` → `%25`), with a full stop after it.
    const twice = state.replace(/%/g, '%25');
    expect(recover(`/${l}/checker/%2523${twice}.`).to).toBe(`/${l}/checker/#${state}`);
    // What If's JSON ends in an encoded `}` and may hold an encoded `%`: both stay.
    const json = `policies=${encodeURIComponent('[{"displayName":"100% block"}]')}`;
    expect(recover(`/${l}/tools/what-if/%23${json})`).to).toBe(`/${l}/tools/what-if/#${json}`);
    expect(recover(`/${l}/tools/what-if/#${json}`).to).toBe(`/${l}/tools/what-if/#${json}`);
  });
});

describe('a link cut short goes to the one page it can be, or offers the candidates', () => {
  test.each(
    localeKeys.flatMap((l) => [
      [`/${l}/causes/locat`, `/${l}/causes/location/`],
      [`/${l}/causes/location/%23what-you-can`, `/${l}/causes/location/#what-you-can-try`],
      [`/${l}/causes/locat#what-you-can-try`, `/${l}/causes/location/#what-you-can-try`],
      [`/${l}/fix/helpdesk/repl`, `/${l}/fix/helpdesk/replies/`],
      // Every page starting so lies under `fix/helpdesk`: that one.
      [`/${l}/fix/help`, `/${l}/fix/helpdesk/`],
      [`/${l}/what-is`, `/${l}/what-is-53003/`],
      [`/${l}/tools/sign`, `/${l}/tools/sign-in-logs/`],
      [`/${l}/check`, `/${l}/checker/`],
      [`/${l}/codes/53009`, `/${l}/codes/53009/`],
      [`/${l.slice(0, 1)}`, `/${l}/`],
    ]),
  )('%s → %s', (href, expected) => {
    expect(recover(href).to).toBe(expected);
  });

  test.each(localeKeys)('%s: a cut that several pages share offers them, shortest first', (l) => {
    const { to, offered } = recover(`/${l}/codes/5300`);
    expect(to).toBeUndefined();
    expect(offered[0]).toBe(`/${l}/codes/53000/`);
    expect(offered.every((path) => path.startsWith(`/${l}/codes/5300`))).toBe(true);
    expect(offered).toHaveLength(5);

    const short = recover(`/${l}/c`);
    expect(short.to).toBeUndefined();
    expect(short.offered).toEqual(
      expect.arrayContaining([`/${l}/causes/`, `/${l}/codes/`, `/${l}/checker/`]),
    );
  });
});

describe('typos, missing languages, moved pages', () => {
  test.each(
    localeKeys.flatMap((l) => [
      [`/${l}/causes/locaton/`, `/${l}/causes/location/`],
      [`/${l}/causes/locatoin/`, `/${l}/causes/location/`],
      [`/${l}/cuases/device/`, `/${l}/causes/device/`],
      [`/${l}/fix/usr/`, `/${l}/fix/user/`],
      // Words glued to a page with nothing under it.
      [`/${l}/causes/location/Se`, `/${l}/causes/location/`],
    ]),
  )('%s → %s', (href, expected) => {
    expect(recover(href).to).toBe(expected);
  });

  test.each([
    ['/causes/location/', 'it', '/it/causes/location/'],
    ['/causes/location/', 'en', '/en/causes/location/'],
    ['/de/causes/location/%23what-you-can-try', 'it', '/it/causes/location/#what-you-can-try'],
    ['/fix/user).', 'en', '/en/fix/user/'],
  ])('%s for a reader of %s → %s', (href, preferred, expected) => {
    expect(recover(href, preferred).to).toBe(expected);
  });

  test('the language of the path wins over the reader’s', () => {
    expect(recover('/en/causes/locat', 'it').link.locale).toBe('en');
    expect(recover('/it/causes/locat', 'en').link.locale).toBe('it');
    expect(recover('/nope', 'it').link).toMatchObject({ locale: 'it', localeInPath: false });
  });

  test.each(localeKeys)('%s: an old path of a moved page goes to the new one', (l) => {
    const moved = { questions: 'faq', guides: 'fix' };
    expect(recover(`/${l}/questions/%23wrong-password`, 'en', moved).to).toBe(
      `/${l}/faq/#wrong-password`,
    );
    expect(recover(`/${l}/guides/user/).`, 'en', moved).to).toBe(`/${l}/fix/user/`);
    expect(recover(`/${l}/guides/helpdesk/repl`, 'en', moved).to).toBeUndefined();
  });
});

describe('a link that matches nothing for sure offers the nearest pages', () => {
  test.each(localeKeys)('%s: an error code with no page of its own', (l) => {
    const { to, offered } = recover(`/${l}/codes/53003/`);
    expect(to).toBeUndefined();
    expect(offered[0]).toBe(`/${l}/what-is-53003/`);
  });

  test('words of a title', () => {
    expect(recover('/en/vpn/').offered).toContain('/en/causes/location/');
    expect(recover('/en/compliant-device/').offered).toContain('/en/causes/device/');
  });

  test.each(['/it/zzzzzz/', '/en/404.html', '/404.html'])('nothing near %s', (href) => {
    const { to, offered } = recover(href);
    expect(to).toBeUndefined();
    expect(offered).toEqual([]);
  });
});

describe('search words of a broken link', () => {
  test.each([
    ['/it/causes/locat', 'locat'],
    ['/en/vpn-abroad/', 'vpn abroad'],
    ['/en/causes/location/%23what-you', 'location what you'],
    ['/it/checker/%23details=x&vpn=yes', 'checker'],
    ['/en/codes/53003/).', '53003'],
    ['/en/', ''],
  ])('%s → “%s”', (href, words) => {
    expect(searchWords(recover(href).link)).toBe(words);
  });
});

describe('pieces', () => {
  test.each([
    ['location/).', 'location/'],
    ['try&gt;', 'try'],
    ['try%29.%22', 'try'],
    ['try »', 'try'],
    ['a-b', 'a-b'],
    ['', ''],
  ])('trimTrailing(%j) → %j', (text, expected) => {
    expect(trimTrailing(text)).toBe(expected);
  });

  test.each([
    ['location', 'location', 0],
    ['locaton', 'location', 1],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
  ])('editDistance(%s, %s) = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  test('a cut `%` sequence reads as far as it can, never throws', () => {
    expect(recover('/it/causes/location/%2').link.slug).toBe('causes/location/%2');
    expect(recover('/it/causes/location/%E2%80').to).toBe('/it/causes/location/');
  });

  test('every page of the site lists its heading ids', () => {
    for (const pages of Object.values(pagesOf)) {
      const location = pages.find((page) => page.path.endsWith('/causes/location/'));
      expect(location?.ids).toContain('what-you-can-try');
    }
  });
});
