/**
 * The event list: a scope and a search text, the chip of a policy or code filter, one page of
 * rows at a time (more on demand), and the export of the filtered view as a CSV file made in the
 * browser (a Blob URL, no request).
 */
import { exportFileName } from '~/lib/sign-in-logs/export';
import { appLabel } from '~/lib/sign-in-logs/labels';
import { countText } from '~/lib/sign-in-logs/plural';
import type { Ask } from '~/lib/sign-in-logs/protocol';
import type { EventFilter, EventRow, Scope } from '~/lib/sign-in-logs/query';
import { fill } from '~/lib/text.ts';
import { h } from '~/components/shared/dom.ts';
import { newId, section, type ViewContext } from './context';

/** How many events one page of the list shows. */
const PAGE_SIZE = 50;
const scopes: readonly Scope[] = ['blocked', 'conditional-access', 'failures', 'all'];
const columns = [
  'col.time',
  'col.user',
  'col.app',
  'col.resource',
  'col.code',
  'col.country',
  'col.policies',
] as const;

export class EventList {
  readonly section: HTMLElement;
  #ctx: ViewContext;
  #ask: Ask;
  #filter: EventFilter;
  /** The words for the policy or code filter, for its chip and the export's file name. */
  #filterLabel = '';
  #shown = 0;
  /** The number of the latest page request: an older answer that comes late is dropped. */
  #request = 0;
  #exportUrl: string | null = null;
  /** Set once the view moved on (a new file): late answers are dropped. */
  #disposed = false;
  #heading: HTMLElement;
  #scope: HTMLSelectElement;
  #search: HTMLInputElement;
  #chips: HTMLElement;
  #status: HTMLElement;
  #body: HTMLTableSectionElement;
  #table: HTMLElement;
  #more: HTMLButtonElement;
  #exportStatus: HTMLElement;
  #exportLink: HTMLAnchorElement;

  /** Builds the section (filters, table, more, export), starting from `scope`. */
  constructor(ctx: ViewContext, ask: Ask, scope: Scope) {
    const { s } = ctx;
    this.#ctx = ctx;
    this.#ask = ask;
    this.#filter = { scope };
    const { section: part, heading } = section(s['events.heading']);
    heading.tabIndex = -1;
    this.#heading = heading;
    const scopeId = newId('scope');
    const searchId = newId('search');
    this.#scope = h(
      'select',
      { id: scopeId },
      ...scopes.map((value) => h('option', { value }, s[`scope.${value}`])),
    );
    this.#scope.value = scope;
    this.#scope.addEventListener('change', () => {
      this.#filter = { ...this.#filter, scope: this.#scope.value as Scope };
      void this.reload();
    });
    this.#search = h('input', { id: searchId, type: 'search', autocomplete: 'off' });
    const filters = h(
      'form',
      { class: 'filters' },
      h('label', { for: scopeId }, s['events.scope'], this.#scope),
      h('label', { for: searchId }, s['events.search'], this.#search),
      h('button', { class: 'kb-button', type: 'submit' }, s['events.apply']),
    );
    filters.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#filter = { ...this.#filter, text: this.#search.value };
      void this.reload();
    });
    this.#chips = h('p', { class: 'chips' });
    this.#status = h('p', { role: 'status' });
    this.#body = h('tbody');
    // Wide on a phone: the wrapper scrolls, so it takes focus for keyboard scrolling.
    this.#table = h(
      'div',
      { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': s['events.caption'] },
      h(
        'table',
        { class: 'events' },
        h('caption', { class: 'sr' }, s['events.caption']),
        h('thead', {}, h('tr', {}, ...columns.map((c) => h('th', { scope: 'col' }, s[c])))),
        this.#body,
      ),
    );
    this.#more = h('button', { class: 'kb-button is-secondary', type: 'button' }, s['events.more']);
    this.#more.hidden = true;
    this.#more.addEventListener('click', () => void this.#nextPage());
    const exportButton = h('button', { class: 'kb-button', type: 'button' }, s['export.button']);
    exportButton.addEventListener('click', () => void this.#export());
    this.#exportStatus = h('p', { role: 'status' });
    this.#exportLink = h('a', { 'data-export-link': '' });
    this.#exportLink.hidden = true;
    part.append(
      filters,
      this.#chips,
      this.#status,
      this.#table,
      h('p', {}, this.#more),
      h('p', {}, exportButton),
      this.#exportStatus,
      h('p', {}, this.#exportLink),
    );
    this.section = part;
  }

  /** Applies a policy or code filter from a button, and brings the list into view. */
  applyFilter(filter: EventFilter, label: string) {
    this.#filter = { ...filter, text: '' };
    this.#filterLabel = label;
    this.#scope.value = filter.scope;
    this.#search.value = '';
    void this.reload().then(() => this.#heading.focus());
  }

  /** Starts the list again from its first page. */
  async reload() {
    this.#shown = 0;
    this.#body.replaceChildren();
    this.#exportLink.hidden = true;
    this.#exportStatus.textContent = '';
    this.#chips.replaceChildren();
    if (this.#filter.policy || (this.#filter.code !== undefined && this.#filter.code !== null)) {
      const clear = h(
        'button',
        { class: 'kb-button', type: 'button' },
        this.#ctx.s['events.clear'],
      );
      clear.addEventListener('click', () => {
        this.#filter = { scope: this.#filter.scope, text: this.#filter.text ?? '' };
        this.#filterLabel = '';
        void this.reload().then(() => this.#heading.focus());
      });
      this.#chips.append(h('span', { class: 'chip' }, this.#filterLabel, clear));
    }
    await this.#nextPage();
  }

  /** Frees the last export; answers still on their way are dropped. */
  dispose() {
    if (this.#exportUrl) URL.revokeObjectURL(this.#exportUrl);
    this.#exportUrl = null;
    this.#disposed = true;
  }

  /** Fetches and appends the next page of the list. */
  async #nextPage() {
    const request = ++this.#request;
    const response = await this.#ask({
      type: 'events',
      filter: this.#filter,
      offset: this.#shown,
      limit: PAGE_SIZE,
    });
    if (request !== this.#request || response.type !== 'events' || this.#disposed) return;
    for (const row of response.rows) this.#body.append(this.#row(row));
    this.#shown += response.rows.length;
    this.#table.hidden = response.total === 0;
    this.#more.hidden = this.#shown >= response.total;
    this.#status.textContent = response.total
      ? countText(this.#ctx.s, 'events.count', this.#ctx.config.locale, response.total, {
          shown: this.#ctx.number(this.#shown),
        })
      : this.#ctx.s['events.none'];
  }

  /** One row of the list; its date opens the event. */
  #row(row: EventRow): HTMLTableRowElement {
    const { s, config } = this.#ctx;
    const open = h(
      'button',
      { class: 'link-button', type: 'button', 'data-event': String(row.index) },
      this.#ctx.time(row.time, row.createdDateTime) || s['value.none'],
    );
    open.addEventListener('click', () => this.#ctx.showEvent(row.index, open));
    return h(
      'tr',
      {},
      h('td', {}, open),
      h('td', {}, row.user || s['value.none']),
      h('td', {}, appLabel(row.app, config.apps) || s['value.none']),
      h('td', {}, appLabel(row.resource, config.apps) || s['value.none']),
      h(
        'td',
        { class: 'is-nowrap' },
        row.errorCode === null ? s['value.none'] : String(row.errorCode),
      ),
      h('td', { class: 'is-nowrap' }, row.country),
      h('td', {}, row.blockingPolicies.join(', ')),
    );
  }

  /** Exports the filtered view as a CSV file, made in the browser. */
  async #export() {
    const response = await this.#ask({ type: 'export', filter: this.#filter });
    if (response.type !== 'export' || this.#disposed) return;
    if (this.#exportUrl) URL.revokeObjectURL(this.#exportUrl);
    // A byte-order mark so that spreadsheets read accented names as UTF-8.
    this.#exportUrl = URL.createObjectURL(
      new Blob(['\ufeff', response.csv], { type: 'text/csv;charset=utf-8' }),
    );
    const name = exportFileName(this.#filterLabel || this.#filter.scope, new Date());
    const s = this.#ctx.s;
    this.#exportLink.href = this.#exportUrl;
    this.#exportLink.download = name;
    this.#exportLink.textContent = fill(s['export.link'], { name });
    this.#exportLink.hidden = false;
    this.#exportStatus.textContent = countText(
      s,
      'export.ready',
      this.#ctx.config.locale,
      response.count,
      { name },
    );
    this.#exportLink.click();
  }
}
