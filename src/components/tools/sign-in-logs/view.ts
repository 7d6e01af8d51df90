/**
 * The results of the sign-in log tool, built as DOM: totals, blocking policies, the 53003
 * overview, policies with unmet requirements, report-only policies, the lookup by id, the event
 * list with its filters and export, and one event's details. Loaded by `kb-sign-in-logs` only
 * once a file is chosen.
 *
 * Every value read from a file is untrusted: it reaches the page as text nodes or
 * `textContent`, never as markup; the only `href` it builds is the checker's, from
 * `encodeURIComponent`. No inline styles in markup: bar heights are set through the CSSOM.
 */
import type {
  Breakdown,
  CountEntry,
  LogSummary,
  PolicyStats,
  Top,
} from '~/lib/signin-logs/aggregate';
import { checkerHref, detailsBlock } from '~/lib/signin-logs/details';
import { explainPolicy } from '~/lib/signin-logs/explain';
import { exportFileName } from '~/lib/signin-logs/export';
import {
  appLabel,
  codeLabel,
  countryLabel,
  deviceStateLabel,
  fill,
  ruleLabel,
  unitLabel,
  type ClientConfig,
  type ToolStrings,
} from '~/lib/signin-logs/labels';
import type { Ask, WorkerResponse } from '~/lib/signin-logs/protocol';
import { extractIds, type EventFilter, type EventRow, type Scope } from '~/lib/signin-logs/query';
import type { SignInRecord } from '~/lib/signin-logs/types';

type Loaded = Extract<WorkerResponse, { type: 'loaded' }>;
type Child = Node | string | null | undefined | false;

/** How many events one page of the list shows. */
const PAGE = 50;
const scopes: readonly Scope[] = ['blocked', 'conditional-access', 'failures', 'all'];
let uid = 0;

/** A fresh element id, unique on the page. */
function newId(name: string): string {
  uid++;
  return `kb-sil-${name}-${uid}`;
}

/**
 * Creates an element with a class, attributes and children; strings become text nodes. The
 * attributes are ours (never a name read from a file), values are set as plain strings.
 */
function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { class?: string; attrs?: Record<string, string> } = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  for (const [name, value] of Object.entries(props.attrs ?? {})) el.setAttribute(name, value);
  for (const child of children)
    if (child !== null && child !== undefined && child !== false) el.append(child);
  return el;
}

/** The results view of one loaded file. */
export class SignInLogsView {
  #root: HTMLElement;
  #config: ClientConfig;
  #s: ToolStrings;
  #ask: Ask;
  #numbers: Intl.NumberFormat;
  #dates: Intl.DateTimeFormat;
  #regions: Intl.DisplayNames | null = null;
  #info: Loaded | null = null;
  #filter: EventFilter = { scope: 'blocked' };
  /** The words for the policy or code filter, for its chip and the export's file name. */
  #filterLabel = '';
  #shown = 0;
  #request = 0;
  #exportUrl: string | null = null;
  #opener: HTMLElement | null = null;
  #events: {
    heading: HTMLElement;
    scope: HTMLSelectElement;
    search: HTMLInputElement;
    chips: HTMLElement;
    status: HTMLElement;
    body: HTMLTableSectionElement;
    table: HTMLElement;
    more: HTMLButtonElement;
    exportStatus: HTMLElement;
    exportLink: HTMLAnchorElement;
  } | null = null;
  #detail: HTMLElement | null = null;

  constructor(root: HTMLElement, config: ClientConfig, ask: Ask) {
    this.#root = root;
    this.#config = config;
    this.#s = config.strings;
    this.#ask = ask;
    this.#numbers = new Intl.NumberFormat(config.locale);
    this.#dates = new Intl.DateTimeFormat(config.locale, {
      dateStyle: 'medium',
      timeStyle: 'medium',
      timeZone: 'UTC',
    });
    try {
      this.#regions = new Intl.DisplayNames([config.locale], { type: 'region' });
    } catch {
      this.#regions = null;
    }
  }

  /** Shows the results of a freshly loaded file, replacing any previous one. */
  show(info: Loaded) {
    this.clear();
    this.#info = info;
    const { summary } = info;
    const scope: Scope =
      summary.blocked > 0
        ? 'blocked'
        : summary.conditionalAccessFailures > 0
          ? 'conditional-access'
          : 'all';
    this.#filter = { scope };
    this.#filterLabel = '';
    this.#root.append(
      this.#totals(info),
      this.#blocking(info),
      ...(summary.blocked ? [this.#overview(summary)] : []),
      ...(summary.unmet.length ? [this.#policyList('unmet', summary.unmet)] : []),
      ...(summary.reportOnly.length ? [this.#policyList('report-only', summary.reportOnly)] : []),
      this.#lookup(),
      this.#eventsSection(),
    );
    this.#detail = h('section', {
      class: 'kb-sil-detail',
      attrs: { 'aria-label': this.#s['event.heading'] },
    });
    this.#detail.hidden = true;
    this.#root.append(this.#detail);
    this.#root.hidden = false;
    void this.#reloadEvents();
  }

  /** Empties the view and frees the last export. */
  clear() {
    if (this.#exportUrl) URL.revokeObjectURL(this.#exportUrl);
    this.#exportUrl = null;
    this.#info = null;
    this.#events = null;
    this.#detail = null;
    this.#root.replaceChildren();
    this.#root.hidden = true;
  }

  /** A number in the page's language. */
  #n(value: number): string {
    return this.#numbers.format(value);
  }

  /** A timestamp in the page's language, UTC; the file's text when it does not parse. */
  #time(time: number | null, fallback = ''): string {
    return time !== null && Number.isFinite(time) ? this.#dates.format(time) : fallback;
  }

  /** A section with a heading; returns both. */
  #section(title: string): { section: HTMLElement; heading: HTMLHeadingElement } {
    const id = newId('h');
    const heading = h('h3', { attrs: { id } }, title);
    const section = h('section', { attrs: { 'aria-labelledby': id } }, heading);
    return { section, heading };
  }

  /** Totals, warnings and the table of error codes. */
  #totals(info: Loaded): HTMLElement {
    const s = this.#s;
    const { summary } = info;
    const { section } = this.#section(s['totals.heading']);
    for (const warning of info.warnings) {
      if (warning.code === 'no-policies') continue; // Said where it matters, with the policies.
      const text =
        warning.code === 'skipped'
          ? fill(s['warning.skipped'], { count: this.#n(warning.count) })
          : s[`warning.${warning.code}`];
      section.append(h('p', { class: 'kb-sil-warning' }, text));
    }
    const blocked = h(
      'dd',
      { attrs: { 'data-total-blocked': String(summary.blocked) } },
      this.#n(summary.blocked),
    );
    const period =
      summary.first !== null && summary.last !== null
        ? `${this.#time(summary.first)} – ${this.#time(summary.last)}`
        : s['value.none'];
    section.append(
      h(
        'dl',
        { class: 'kb-sil-totals' },
        h('div', {}, h('dt', {}, s['totals.records']), h('dd', {}, this.#n(summary.total))),
        h('div', {}, h('dt', {}, s['totals.failures']), h('dd', {}, this.#n(summary.failures))),
        h('div', { class: 'is-key' }, h('dt', {}, s['totals.blocked']), blocked),
        h(
          'div',
          {},
          h('dt', {}, s['totals.caOther']),
          h('dd', {}, this.#n(summary.conditionalAccessFailures - summary.blocked)),
        ),
        h('div', { class: 'is-period' }, h('dt', {}, s['totals.period']), h('dd', {}, period)),
      ),
    );
    if (summary.codes.length) {
      const body = h('tbody');
      for (const { code, count } of summary.codes) {
        const known = this.#config.codes.find((c) => c.code === String(code));
        const codeCell = known?.href
          ? h('a', { attrs: { href: known.href } }, String(code))
          : String(code);
        const show = h(
          'button',
          {
            class: 'kb-sil-link-button',
            attrs: { type: 'button', 'aria-label': fill(s['codes.show'], { code }) },
          },
          s['codes.showShort'],
        );
        show.addEventListener('click', () =>
          this.#applyFilter({ scope: 'all', code }, fill(s['events.codeFilter'], { code })),
        );
        body.append(
          h(
            'tr',
            {},
            h('td', { class: 'is-nowrap' }, codeCell),
            h('td', {}, codeLabel(code, this.#config.codes, s)),
            h('td', { class: 'is-number' }, this.#n(count)),
            h('td', {}, show),
          ),
        );
      }
      section.append(
        h(
          'div',
          { class: 'kb-sil-table-wrap' },
          h(
            'table',
            {},
            h('caption', {}, s['codes.caption']),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                h('th', { attrs: { scope: 'col' } }, s['codes.code']),
                h('th', { attrs: { scope: 'col' } }, s['codes.meaning']),
                h('th', { attrs: { scope: 'col' } }, s['codes.count']),
                h('th', { attrs: { scope: 'col' } }, s['events.heading']),
              ),
            ),
            body,
          ),
        ),
      );
    }
    return section;
  }

  /** The policies that blocked, or why there are none to show. */
  #blocking(info: Loaded): HTMLElement {
    const s = this.#s;
    const { summary } = info;
    const { section } = this.#section(s['blocking.heading']);
    section.append(h('p', {}, s['blocking.intro']));
    if (!info.hasPolicies) {
      section.append(
        h(
          'p',
          { class: 'kb-sil-warning' },
          s[info.format === 'csv' ? 'warning.no-policies-csv' : 'warning.no-policies-json'],
        ),
      );
      return section;
    }
    if (!summary.blocking.length) section.append(h('p', {}, s['blocking.none']));
    if (summary.blockedWithoutPolicy)
      section.append(
        h(
          'p',
          { class: 'kb-sil-note' },
          fill(s['blocking.withoutPolicy'], { count: this.#n(summary.blockedWithoutPolicy) }),
        ),
      );
    if (summary.blocking.length) section.append(this.#policyItems('blocking', summary.blocking));
    return section;
  }

  /** The list of the unmet-requirement or report-only policies, in their own section. */
  #policyList(role: 'unmet' | 'report-only', policies: PolicyStats[]): HTMLElement {
    const s = this.#s;
    const prefix = role === 'unmet' ? 'unmet' : 'reportOnly';
    const { section } = this.#section(s[`${prefix}.heading`]);
    section.append(h('p', {}, s[`${prefix}.intro`]), this.#policyItems(role, policies));
    return section;
  }

  /** One list item per policy: name, count, controls, period, its events, its breakdown. */
  #policyItems(role: PolicyStats['role'], policies: PolicyStats[]): HTMLElement {
    const s = this.#s;
    const list = h('ol', { class: 'kb-sil-policies' });
    for (const policy of policies) {
      const headingId = newId('policy');
      const item = h(
        'li',
        {
          class: `kb-sil-policy${role === 'blocking' ? '' : role === 'unmet' ? ' is-unmet' : ' is-report-only'}`,
        },
        h('h4', { attrs: { id: headingId } }, policy.displayName),
      );
      if (role === 'blocking') {
        // Test hooks, kept stable: the policy's name and its 53003 count.
        item.dataset['policyName'] = policy.displayName;
        item.dataset['count'] = String(policy.count);
      } else {
        item.dataset[role === 'unmet' ? 'unmetPolicy' : 'reportOnlyPolicy'] = policy.displayName;
      }
      const countLabel =
        role === 'blocking'
          ? s['policy.count53003']
          : role === 'unmet'
            ? s['unmet.count']
            : s['reportOnly.count'];
      item.append(
        h(
          'p',
          {},
          h('span', { class: 'kb-sil-figure' }, this.#n(policy.count)),
          ` ${countLabel} · ${s['policy.users']}: ${this.#n(policy.breakdown.users.distinct)}`,
        ),
      );
      if (role === 'report-only') {
        item.append(
          h('p', {}, h('span', { class: 'kb-sil-badge' }, s['reportOnly.badge'])),
          h(
            'p',
            { class: 'kb-sil-meta' },
            `${s['reportOnly.results']}: ${policy.results.map((r) => `${r.key} ${this.#n(r.count)}`).join(' · ')}`,
          ),
        );
      }
      const meta: string[] = [];
      if (policy.grantControls.length)
        meta.push(`${s['policy.grant']}: ${policy.grantControls.join(', ')}`);
      if (policy.breakdown.first !== null)
        meta.push(
          `${s['policy.period']}: ${this.#time(policy.breakdown.first)} – ${this.#time(policy.breakdown.last)}`,
        );
      if (meta.length) item.append(h('p', { class: 'kb-sil-meta' }, meta.join(' · ')));
      const button = h(
        'button',
        {
          class: 'kb-sil-button is-secondary',
          attrs: { type: 'button', 'aria-describedby': headingId },
        },
        s['policy.showEvents'],
      );
      button.addEventListener('click', () =>
        this.#applyFilter(
          { scope: 'all', policy: { key: policy.key, role } },
          fill(s['events.policyFilter'], { name: policy.displayName }),
        ),
      );
      item.append(h('p', {}, button));
      if (policy.count > 0)
        item.append(
          h(
            'details',
            {},
            h('summary', {}, s['policy.breakdown']),
            this.#breakdown(policy.breakdown),
          ),
        );
      list.append(item);
    }
    return list;
  }

  /** The 53003 overview: the grouping every format allows. */
  #overview(summary: LogSummary): HTMLElement {
    const { section } = this.#section(this.#s['overview.heading']);
    section.append(
      h('p', {}, this.#s['overview.intro']),
      this.#breakdown(summary.blockedBreakdown),
    );
    return section;
  }

  /** Tables of the top users, apps, resources, countries, device states, client types; a timeline. */
  #breakdown(b: Breakdown): HTMLElement {
    const s = this.#s;
    const apps = this.#config.apps;
    const label = (fn: (key: string) => string) => (key: string) =>
      key ? fn(key) : s['value.none'];
    const grid = h(
      'div',
      { class: 'kb-sil-grid' },
      this.#topTable(
        s['dim.users'],
        b.users,
        label((k) => k),
      ),
      this.#topTable(
        s['dim.apps'],
        b.apps,
        label((k) => appLabel(k, apps)),
      ),
      this.#topTable(
        s['dim.resources'],
        b.resources,
        label((k) => appLabel(k, apps)),
      ),
      this.#topTable(
        s['dim.countries'],
        b.countries,
        label((k) => countryLabel(k, this.#regions)),
      ),
      this.#topTable(s['dim.deviceStates'], b.deviceStates, (k) => deviceStateLabel(k, s)),
      this.#topTable(
        s['dim.clientApps'],
        b.clientApps,
        label((k) => k),
      ),
    );
    const wrap = h('div', { class: 'kb-sil-overview' }, grid);
    if (b.timeline.length > 1) wrap.append(this.#timeline(b));
    return wrap;
  }

  /** One dimension's most frequent values. */
  #topTable(title: string, top: Top, label: (key: string) => string): HTMLElement {
    const s = this.#s;
    const body = h('tbody');
    for (const entry of top.entries as CountEntry[])
      body.append(
        h(
          'tr',
          {},
          h('td', {}, label(entry.key)),
          h('td', { class: 'is-number' }, this.#n(entry.count)),
        ),
      );
    const wrap = h(
      'div',
      { class: 'kb-sil-table-wrap' },
      h(
        'table',
        {},
        h('caption', { class: 'kb-sil-sr' }, title),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { attrs: { scope: 'col' } }, title),
            h('th', { attrs: { scope: 'col' } }, s['dim.count']),
          ),
        ),
        body,
      ),
    );
    if (top.distinct > top.entries.length)
      wrap.append(
        h('p', { class: 'kb-sil-note' }, fill(s['dim.distinct'], { count: this.#n(top.distinct) })),
      );
    return wrap;
  }

  /** A bar per time bucket; the bars' heights go through the CSSOM (no style attribute). */
  #timeline(b: Breakdown): HTMLElement {
    const s = this.#s;
    const unit = this.#info?.summary.unit ?? 'day';
    const id = newId('timeline');
    const format = new Intl.DateTimeFormat(this.#config.locale, {
      timeZone: 'UTC',
      ...(unit === 'hour' ? { dateStyle: 'short', timeStyle: 'short' } : { dateStyle: 'medium' }),
    } as Intl.DateTimeFormatOptions);
    const max = Math.max(1, ...b.timeline.map((bucket) => bucket.count));
    const list = h('ol', { class: 'kb-sil-timeline', attrs: { 'aria-labelledby': id } });
    for (const bucket of b.timeline) {
      const bar = h('span', { class: 'kb-sil-bar' });
      bar.style.blockSize = `${(bucket.count / max) * 100}%`;
      if (!bucket.count) bar.style.minBlockSize = '0';
      list.append(
        h(
          'li',
          {},
          bar,
          h(
            'span',
            { class: 'kb-sil-sr' },
            `${format.format(bucket.start)}: ${this.#n(bucket.count)}`,
          ),
        ),
      );
    }
    const first = b.timeline[0];
    const last = b.timeline[b.timeline.length - 1];
    return h(
      'div',
      {},
      h(
        'p',
        { class: 'kb-sil-meta', attrs: { id } },
        fill(s['timeline.caption'], { unit: unitLabel(unit, s) }),
      ),
      list,
      h(
        'p',
        { class: 'kb-sil-axis', attrs: { 'aria-hidden': 'true' } },
        h('span', {}, first ? format.format(first.start) : ''),
        h('span', {}, last ? format.format(last.start) : ''),
      ),
    );
  }

  /** The lookup form: a Request Id, a Correlation Id or a whole details block. */
  #lookup(): HTMLElement {
    const s = this.#s;
    const { section } = this.#section(s['lookup.heading']);
    const inputId = newId('lookup');
    const hintId = newId('lookup-hint');
    const input = h('textarea', {
      attrs: {
        id: inputId,
        rows: '3',
        spellcheck: 'false',
        autocomplete: 'off',
        'aria-describedby': hintId,
      },
    });
    const status = h('p', { attrs: { role: 'status' } });
    const results = h('ul', { class: 'kb-sil-lookup-results' });
    const form = h(
      'form',
      {},
      h('label', { attrs: { for: inputId } }, s['lookup.label']),
      h('p', { class: 'kb-sil-note', attrs: { id: hintId } }, s['lookup.hint']),
      input,
      h('button', { class: 'kb-sil-button', attrs: { type: 'submit' } }, s['lookup.submit']),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#find(input.value, status, results);
    });
    section.append(form, status, results);
    return section;
  }

  /** Runs a lookup and lists what it found; one match opens straight away. */
  async #find(text: string, status: HTMLElement, results: HTMLElement) {
    const s = this.#s;
    results.replaceChildren();
    const ids = extractIds(text);
    if (!ids.requestIds.length && !ids.correlationIds.length && !ids.unlabelled.length) {
      status.textContent = s['lookup.noId'];
      return;
    }
    const response = await this.#ask({ type: 'lookup', text });
    if (response.type !== 'lookup') return;
    if (!response.rows.length) {
      status.textContent = s['lookup.none'];
      return;
    }
    status.textContent = fill(s['lookup.found'], { count: this.#n(response.rows.length) });
    response.rows.forEach((row, i) => {
      const by =
        response.matches[i]?.by === 'requestId' ? s['lookup.byRequest'] : s['lookup.byCorrelation'];
      const button = h(
        'button',
        { class: 'kb-sil-link-button', attrs: { type: 'button' } },
        `${this.#time(row.time, row.createdDateTime)} · ${row.user || s['value.none']} · ${appLabel(row.app, this.#config.apps)}`,
      );
      button.addEventListener('click', () => void this.#showEvent(row.index, button));
      results.append(h('li', {}, button, ` (${by}, ${row.errorCode ?? s['value.none']})`));
    });
    const only = results.querySelector('button');
    if (response.rows.length === 1 && only)
      void this.#showEvent(response.rows[0]?.index ?? 0, only);
  }

  /** The event list: filters, table, more, export. */
  #eventsSection(): HTMLElement {
    const s = this.#s;
    const { section, heading } = this.#section(s['events.heading']);
    heading.tabIndex = -1;
    const scopeId = newId('scope');
    const searchId = newId('search');
    const scope = h('select', { attrs: { id: scopeId } });
    for (const value of scopes) {
      const option = h('option', { attrs: { value } }, s[`scope.${value}`]);
      option.selected = value === this.#filter.scope;
      scope.append(option);
    }
    scope.addEventListener('change', () => {
      this.#filter = { ...this.#filter, scope: scope.value as Scope };
      void this.#reloadEvents();
    });
    const search = h('input', { attrs: { id: searchId, type: 'search', autocomplete: 'off' } });
    const filters = h(
      'form',
      { class: 'kb-sil-filters' },
      h('label', { attrs: { for: scopeId } }, s['events.scope'], scope),
      h('label', { attrs: { for: searchId } }, s['events.search'], search),
      h('button', { class: 'kb-sil-button', attrs: { type: 'submit' } }, s['events.apply']),
    );
    filters.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#filter = { ...this.#filter, text: search.value };
      void this.#reloadEvents();
    });
    const chips = h('p', { class: 'kb-sil-chips' });
    const status = h('p', { attrs: { role: 'status' } });
    const body = h('tbody');
    const cols = [
      'col.time',
      'col.user',
      'col.app',
      'col.resource',
      'col.code',
      'col.country',
      'col.policies',
    ] as const;
    // Wide on a phone: the wrapper scrolls, so it takes focus for keyboard scrolling.
    const table = h(
      'div',
      {
        class: 'kb-sil-table-wrap',
        attrs: { tabindex: '0', role: 'region', 'aria-label': s['events.caption'] },
      },
      h(
        'table',
        { class: 'kb-sil-events' },
        h('caption', { class: 'kb-sil-sr' }, s['events.caption']),
        h('thead', {}, h('tr', {}, ...cols.map((c) => h('th', { attrs: { scope: 'col' } }, s[c])))),
        body,
      ),
    );
    const more = h(
      'button',
      { class: 'kb-sil-button is-secondary', attrs: { type: 'button' } },
      s['events.more'],
    );
    more.hidden = true;
    more.addEventListener('click', () => void this.#moreEvents());
    const exportButton = h(
      'button',
      { class: 'kb-sil-button', attrs: { type: 'button' } },
      s['export.button'],
    );
    const exportStatus = h('p', { attrs: { role: 'status' } });
    const exportLink = h('a', { attrs: { 'data-export-link': '' } });
    exportLink.hidden = true;
    exportButton.addEventListener('click', () => void this.#export());
    section.append(
      filters,
      chips,
      status,
      table,
      h('p', {}, more),
      h('p', {}, exportButton),
      exportStatus,
      h('p', {}, exportLink),
    );
    this.#events = {
      heading,
      scope,
      search,
      chips,
      status,
      body,
      table,
      more,
      exportStatus,
      exportLink,
    };
    return section;
  }

  /** Applies a policy or code filter from a button, and brings the list into view. */
  #applyFilter(filter: EventFilter, label: string) {
    const events = this.#events;
    if (!events) return;
    this.#filter = { ...filter, text: '' };
    this.#filterLabel = label;
    events.scope.value = filter.scope;
    events.search.value = '';
    void this.#reloadEvents().then(() => events.heading.focus());
  }

  /** Starts the list again from its first page. */
  async #reloadEvents() {
    const events = this.#events;
    if (!events) return;
    this.#shown = 0;
    events.body.replaceChildren();
    events.exportLink.hidden = true;
    events.exportStatus.textContent = '';
    events.chips.replaceChildren();
    if (this.#filter.policy || (this.#filter.code !== undefined && this.#filter.code !== null)) {
      const clear = h(
        'button',
        { class: 'kb-sil-button', attrs: { type: 'button' } },
        this.#s['events.clear'],
      );
      clear.addEventListener('click', () => {
        this.#filter = { scope: this.#filter.scope, text: this.#filter.text ?? '' };
        this.#filterLabel = '';
        void this.#reloadEvents().then(() => events.heading.focus());
      });
      events.chips.append(h('span', { class: 'kb-sil-chip' }, this.#filterLabel, clear));
    }
    await this.#moreEvents();
  }

  /** Fetches and appends the next page of the list. */
  async #moreEvents() {
    const events = this.#events;
    if (!events) return;
    const request = ++this.#request;
    const response = await this.#ask({
      type: 'events',
      filter: this.#filter,
      offset: this.#shown,
      limit: PAGE,
    });
    if (request !== this.#request || response.type !== 'events' || events !== this.#events) return;
    for (const row of response.rows) events.body.append(this.#eventRow(row));
    this.#shown += response.rows.length;
    events.table.hidden = response.total === 0;
    events.more.hidden = this.#shown >= response.total;
    events.status.textContent = response.total
      ? fill(this.#s['events.count'], {
          shown: this.#n(this.#shown),
          total: this.#n(response.total),
        })
      : this.#s['events.none'];
  }

  /** One row of the list; its date opens the event. */
  #eventRow(row: EventRow): HTMLTableRowElement {
    const s = this.#s;
    const open = h(
      'button',
      { class: 'kb-sil-link-button', attrs: { type: 'button', 'data-event': String(row.index) } },
      this.#time(row.time, row.createdDateTime) || s['value.none'],
    );
    open.addEventListener('click', () => void this.#showEvent(row.index, open));
    return h(
      'tr',
      {},
      h('td', {}, open),
      h('td', {}, row.user || s['value.none']),
      h('td', {}, appLabel(row.app, this.#config.apps) || s['value.none']),
      h('td', {}, appLabel(row.resource, this.#config.apps) || s['value.none']),
      h(
        'td',
        { class: 'is-nowrap' },
        row.errorCode === null ? s['value.none'] : String(row.errorCode),
      ),
      h('td', { class: 'is-nowrap' }, row.country),
      h('td', {}, row.blockingPolicies.join(', ')),
    );
  }

  /** Exports the filtered view as a CSV file, made in the browser (a Blob URL, no request). */
  async #export() {
    const events = this.#events;
    if (!events) return;
    const response = await this.#ask({ type: 'export', filter: this.#filter });
    if (response.type !== 'export' || events !== this.#events) return;
    if (this.#exportUrl) URL.revokeObjectURL(this.#exportUrl);
    // A byte-order mark so that spreadsheets read accented names as UTF-8.
    this.#exportUrl = URL.createObjectURL(
      new Blob(['\ufeff', response.csv], { type: 'text/csv;charset=utf-8' }),
    );
    const scopeName = this.#filterLabel || this.#filter.scope;
    const name = exportFileName(scopeName, new Date());
    events.exportLink.href = this.#exportUrl;
    events.exportLink.download = name;
    events.exportLink.textContent = fill(this.#s['export.link'], { name });
    events.exportLink.hidden = false;
    events.exportStatus.textContent = fill(this.#s['export.ready'], {
      count: this.#n(response.count),
      name,
    });
    events.exportLink.click();
  }

  /** Opens the details of one event and moves focus to them. */
  async #showEvent(index: number, opener: HTMLElement) {
    const response = await this.#ask({ type: 'event', index });
    const detail = this.#detail;
    if (response.type !== 'event' || !response.record || !detail) return;
    this.#opener = opener;
    detail.replaceChildren(...this.#eventDetail(response.record));
    detail.hidden = false;
    detail.querySelector<HTMLElement>('h3')?.focus();
  }

  /** Closes the event details and gives focus back to what opened them. */
  #closeEvent() {
    if (!this.#detail) return;
    this.#detail.hidden = true;
    this.#detail.replaceChildren();
    this.#opener?.focus();
  }

  /** Everything one event says, grouped: sign-in, user, apps, device, location, policies, details. */
  #eventDetail(r: SignInRecord): Node[] {
    const s = this.#s;
    const apps = this.#config.apps;
    const yesNo = (v: boolean | null) =>
      v === null ? s['value.none'] : v ? s['value.yes'] : s['value.no'];
    const close = h(
      'button',
      { class: 'kb-sil-button is-secondary', attrs: { type: 'button' } },
      s['event.close'],
    );
    close.addEventListener('click', () => this.#closeEvent());
    const heading = h('h3', { attrs: { tabindex: '-1' } }, s['event.heading']);
    const code =
      r.errorCode === null
        ? s['value.none']
        : `${r.errorCode} · ${codeLabel(r.errorCode, this.#config.codes, s)}`;
    const client = [appLabel(r.appDisplayName || r.appId, apps), r.appId].filter(Boolean);
    const resource = [appLabel(r.resourceDisplayName || r.resourceId, apps), r.resourceId].filter(
      Boolean,
    );
    const nodes: Node[] = [
      h('div', { class: 'kb-sil-detail-head' }, heading, close),
      this.#fields(s['event.signIn'], [
        [s['event.time'], this.#time(r.time, r.createdDateTime)],
        [s['event.code'], code],
        [s['event.reason'], r.failureReason],
        [s['event.requestId'], r.requestId],
        [s['event.correlationId'], r.correlationId],
        [s['event.caStatus'], r.conditionalAccessStatus],
        [s['event.interactive'], r.interactive === null ? '' : yesNo(r.interactive)],
      ]),
      this.#fields(s['event.user'], [
        [s['event.upn'], r.userPrincipalName],
        [s['event.userName'], r.userDisplayName],
        [s['event.userId'], r.userId],
      ]),
      this.#fields(s['event.apps'], [
        [s['event.client'], [...new Set(client)].join(' · ')],
        [s['event.resource'], [...new Set(resource)].join(' · ')],
        [s['event.clientType'], r.clientAppUsed],
      ]),
    ];
    if (client.length && resource.length && r.appId !== r.resourceId)
      nodes.push(
        h(
          'p',
          { class: 'kb-sil-note' },
          fill(s['event.appsNote'], { client: client[0] ?? '', resource: resource[0] ?? '' }),
        ),
      );
    nodes.push(
      this.#fields(s['event.device'], [
        [s['event.deviceId'], r.device.id],
        [s['event.os'], r.device.operatingSystem],
        [s['event.browser'], r.device.browser],
        [s['event.compliant'], yesNo(r.device.compliant)],
        [s['event.managed'], yesNo(r.device.managed)],
        [s['event.joinType'], r.device.trustType || s['device.noJoin']],
        [s['event.userAgent'], r.userAgent],
      ]),
      this.#fields(s['event.location'], [
        [s['event.ip'], r.ipAddress],
        [s['event.city'], r.city],
        [s['event.state'], r.state],
        [s['event.country'], countryLabel(r.country, this.#regions)],
      ]),
      this.#policiesOf(r),
      h('h4', {}, s['event.detailsBlock']),
      h('p', { class: 'kb-sil-note' }, s['event.detailsIntro']),
      h('pre', {}, detailsBlock(r)),
      h(
        'p',
        {},
        h('a', { attrs: { href: checkerHref(this.#config.locale, r) } }, s['event.checker']),
      ),
    );
    return nodes;
  }

  /** A titled list of label/value pairs; empty values show as "not given". */
  #fields(title: string, pairs: [string, string][]): HTMLElement {
    const list = h('dl', { class: 'kb-sil-fields' });
    for (const [label, value] of pairs)
      list.append(h('dt', {}, label), h('dd', {}, value || this.#s['value.none']));
    return h('div', {}, h('h4', {}, title), list);
  }

  /** The event's policies: result, controls and, from beta records, why. */
  #policiesOf(r: SignInRecord): HTMLElement {
    const s = this.#s;
    const wrap = h('div', {}, h('h4', {}, s['event.policies']));
    if (!r.policies?.length) {
      wrap.append(h('p', {}, s['event.noPolicies']));
      return wrap;
    }
    const list = h('ul', { class: 'kb-sil-event-policies' });
    let explained = false;
    for (const p of r.policies) {
      const why = explainPolicy(p);
      explained ||= why.available;
      const rules = (found: typeof why.caught) =>
        found.map((rule) => ruleLabel(rule, this.#config)).join('; ');
      const reasons: string[] = [];
      if (why.caught.length) reasons.push(fill(s['why.caught'], { rules: rules(why.caught) }));
      if (why.excludedBy.length)
        reasons.push(fill(s['why.excluded'], { rules: rules(why.excludedBy) }));
      if (why.noExclusionApplied && why.caught.length) reasons.push(s['why.noExclusion']);
      if (why.conditionsNotSatisfied.length)
        reasons.push(
          fill(s['why.notSatisfied'], {
            conditions: why.conditionsNotSatisfied
              .map((c) => this.#config.conditions[c] ?? c)
              .join(', '),
          }),
        );
      const result = h('dd', {}, p.result || s['value.none']);
      if (p.blocking)
        result.append(' ', h('span', { class: 'kb-sil-badge is-blocking' }, s['badge.blocking']));
      if (p.reportOnly)
        result.append(' ', h('span', { class: 'kb-sil-badge' }, s['reportOnly.badge']));
      const controls = [...p.grantControls, ...p.sessionControls].join(', ');
      const fields = h(
        'dl',
        { class: 'kb-sil-fields' },
        h('dt', {}, s['event.result']),
        result,
        h('dt', {}, s['event.controls']),
        h('dd', {}, controls || s['value.none']),
      );
      if (reasons.length)
        fields.append(
          h('dt', {}, s['event.why']),
          h('dd', {}, h('ul', { class: 'kb-sil-why' }, ...reasons.map((r) => h('li', {}, r)))),
        );
      const item = h('li', {}, h('strong', {}, p.displayName || p.id || s['value.none']), fields);
      if (p.blocking) item.classList.add('is-blocking');
      else if (p.reportOnly) item.classList.add('is-report-only');
      list.append(item);
    }
    wrap.append(list);
    if (!explained) wrap.append(h('p', { class: 'kb-sil-note' }, s['why.unavailable']));
    return wrap;
  }
}
