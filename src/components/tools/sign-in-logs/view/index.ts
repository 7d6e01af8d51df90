/**
 * The results of the sign-in log tool, built as DOM: the files read (with their shapes), totals,
 * blocking policies, the 53003 overview, Block policies that failed on other codes, policies with
 * unmet requirements, report-only policies, the lookup by id, the event list with its filters and
 * export, and one event's details. Loaded by `kb-sign-in-logs` only
 * once a file is chosen; each part is a module of this folder.
 *
 * Every value read from a file is untrusted: it reaches the page as text nodes or
 * `textContent`, never as markup; the only `href` it builds is the checker's, from
 * `encodeURIComponent`. No inline styles in markup: bar heights are set through the CSSOM.
 */
import type { ClientConfig } from '~/lib/sign-in-logs/labels';
import type { Ask, LoadedInfo } from '~/lib/sign-in-logs/protocol';
import { defaultScope } from '~/lib/sign-in-logs/query';
import { h } from '~/components/shared/dom.ts';
import { formats, type ViewContext } from './context';
import { eventDetail } from './event-detail';
import { EventList } from './events';
import { files } from './files';
import { lookup } from './lookup';
import { blocking, overview, policyList } from './policies';
import { totals } from './totals';

/** The results view of the files read. */
export class SignInLogsView {
  #root: HTMLElement;
  #config: ClientConfig;
  #ask: Ask;
  #events: EventList | null = null;
  #detail: HTMLElement | null = null;
  #opener: HTMLElement | null = null;

  constructor(root: HTMLElement, config: ClientConfig, ask: Ask) {
    this.#root = root;
    this.#config = config;
    this.#ask = ask;
  }

  /** Shows the results of a load, replacing any previous one. */
  show(info: LoadedInfo) {
    this.clear();
    const { summary } = info;
    const ctx: ViewContext = {
      config: this.#config,
      s: this.#config.strings,
      ...formats(this.#config.locale),
      unit: summary.unit,
      applyFilter: (filter, label) => this.#events?.applyFilter(filter, label),
      showEvent: (index, opener) => void this.#showEvent(ctx, index, opener),
    };
    const events = new EventList(ctx, this.#ask, defaultScope(summary));
    this.#events = events;
    this.#root.append(
      files(ctx, info.files),
      totals(ctx, info),
      blocking(ctx, info),
      ...(summary.blocked ? [overview(ctx, summary)] : []),
      ...(summary.otherFailure.length
        ? [policyList(ctx, 'other-failure', summary.otherFailure)]
        : []),
      ...(summary.unmet.length ? [policyList(ctx, 'unmet', summary.unmet)] : []),
      ...(summary.reportOnly.length ? [policyList(ctx, 'report-only', summary.reportOnly)] : []),
      lookup(ctx, this.#ask),
      events.section,
    );
    this.#detail = h('section', { class: 'detail', 'aria-label': ctx.s['event.heading'] });
    this.#detail.hidden = true;
    this.#root.append(this.#detail);
    this.#root.hidden = false;
    void events.reload();
  }

  /** Empties the view and frees the last export. */
  clear() {
    this.#events?.dispose();
    this.#events = null;
    this.#detail = null;
    this.#root.replaceChildren();
    this.#root.hidden = true;
  }

  /** Opens the details of one event and moves focus to them. */
  async #showEvent(ctx: ViewContext, index: number, opener: HTMLElement) {
    const response = await this.#ask({ type: 'event', index });
    const detail = this.#detail;
    if (response.type !== 'event' || !response.record || !detail) return;
    this.#opener = opener;
    const close = h(
      'button',
      { class: 'kb-button is-secondary', type: 'button' },
      ctx.s['event.close'],
    );
    close.addEventListener('click', () => this.#closeEvent());
    detail.replaceChildren(...eventDetail(ctx, response.record, close));
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
}
