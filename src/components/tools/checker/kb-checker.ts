/**
 * `<kb-checker>`: wires the server-rendered form to the pure checker in `src/lib/checker/`.
 *
 * Lifecycle: on connection it fetches its data (strings, codes, apps, rules, causes: the static
 * file named by `data-src`, built by `src/pages/data/checker-[locale].json.ts`); once it has
 * arrived it shows the form (hidden for readers without JavaScript, who get the guide instead)
 * and restores any state found in the URL fragment. If the data cannot be had, the guide stays.
 * Every change of the form re-runs the checker (a paste at once, typing after a short pause),
 * renders the result, and writes the state back into the fragment with `history.replaceState`, so
 * the address is always a share link and the history is not flooded. Opening a link, or changing
 * the fragment by hand, restores the form.
 *
 * Safety: pasted text only ever reaches the page through `textContent` and form values, never as
 * markup; links are built from the site's own data. The one request is the GET of that data
 * file, which carries nothing of the reader's; nothing is ever sent.
 */
import { runChecker, type CheckerResult } from '~/lib/checker/index.ts';
import { decodeState, encodeState, shareLink, type CheckerState } from '~/lib/checker/state.ts';
import { pasteProblem } from '~/lib/checker/summary.ts';
import { buildTicket } from '~/lib/checker/ticket.ts';
import { questionNames, triedIds, type Answers, type TriedId } from '~/lib/checker/types.ts';
import { translator, type Translate } from '~/lib/text.ts';
import { fetchData, isRecord } from '~/components/shared/load-data.ts';
import type { CheckerPayload as Payload } from './payload.ts';
import { renderResult } from './render-result.ts';

/** Whether a parsed data file has the shape the checker reads (a stale or broken file has not). */
function isPayload(value: unknown): value is Payload {
  return (
    isRecord(value) &&
    typeof value.locale === 'string' &&
    typeof value.maxChars === 'number' &&
    typeof value.site === 'string' &&
    isRecord(value.strings) &&
    [value.codes, value.apps, value.rules, value.causes].every(Array.isArray)
  );
}

class KbChecker extends HTMLElement {
  #data: Payload | undefined;
  /** The data file is on its way. */
  #loading = false;
  #t: Translate = (key) => key;
  #form: HTMLFormElement | null = null;
  #details: HTMLTextAreaElement | null = null;
  #timer = 0;
  /** The length of an oversized paste that was cut to the limit, for the notice. */
  #cutLength = 0;
  /** A paste that held no text (a picture, or nothing), for the notice. */
  #problem: 'image' | 'empty' | undefined;
  /** The last result, for the copied link's left-out values. */
  #result: CheckerResult | undefined;
  #fragment = '';
  /** The reader's time zone, for the local time of the sign-in. */
  #timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  #onHash = () => {
    // A heading anchor replaced our state in the address: write it again on the next change.
    if (!this.#restore()) this.#fragment = '';
  };

  /** Fetches the data (once), then reveals and wires the form; listens to the window. */
  connectedCallback() {
    if (this.#data) {
      // Moved in the document: the form is wired already, only the window needs listening to.
      window.addEventListener('hashchange', this.#onHash);
      return;
    }
    if (this.#loading) return; // Moved while the data is on its way: #start will listen.
    const src = this.dataset.src;
    const app = this.querySelector<HTMLElement>('[data-app]');
    this.#form = this.querySelector('form');
    this.#details = this.querySelector('textarea[name="details"]');
    if (!src || !app || !this.#form || !this.#details) return;
    this.#loading = true;
    void fetchData(src, isPayload).then((data) => {
      this.#loading = false;
      // No data: the guide comes back in place of the form, the right fallback for a broken page.
      if (data) this.#start(data, app);
      else this.classList.add('is-unavailable');
    });
  }

  /** Takes the data, reveals the form, wires it and restores a shared state. */
  #start(data: Payload, app: HTMLElement) {
    const form = this.#form;
    const details = this.#details;
    if (!form || !details) return;
    this.#data = data;
    this.#t = translator(data.strings);
    app.hidden = false;
    this.querySelector<HTMLElement>('[data-nojs]')?.setAttribute('hidden', '');

    details.addEventListener('paste', (e) => this.#paste(e));
    details.addEventListener('input', (e) => {
      const paste = (e as InputEvent).inputType?.startsWith('insertFrom');
      this.#cutLength = 0;
      this.#problem = undefined;
      clearTimeout(this.#timer);
      if (paste) this.#update();
      else this.#timer = window.setTimeout(() => this.#update(), 200);
    });
    form.addEventListener('change', (e) => {
      if (e.target !== details) this.#update();
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.#update();
      this.querySelector<HTMLElement>('#kb-checker-result-title')?.focus();
    });
    // `reset` fires before the form is cleared: update once it is.
    form.addEventListener('reset', () => setTimeout(() => this.#reset()));
    this.querySelector('[data-redact]')?.addEventListener('change', () => this.#update());
    for (const button of this.querySelectorAll('[data-copy]'))
      button.addEventListener('click', () =>
        this.#copy(
          this.querySelector<HTMLTextAreaElement>('[data-ticket]'),
          'checker.ticket.copied',
        ),
      );
    this.querySelector('[data-copy-link]')?.addEventListener('click', () =>
      this.#copy(null, 'checker.share.copied'),
    );
    // An answer offered by the result sets the same answer in the form.
    this.addEventListener('click', (e) => {
      const button = (e.target as Element | null)?.closest<HTMLButtonElement>('[data-answer]');
      const radio = button
        ? form.querySelector<HTMLInputElement>(
            `input[name="${button.dataset.answer ?? ''}"][value="${button.value}"]`,
          )
        : null;
      if (!radio) return;
      radio.checked = true;
      this.#update();
    });
    // Removed from the page while the data was on its way: connecting again listens.
    if (this.isConnected) window.addEventListener('hashchange', this.#onHash);
    if (!this.#restore()) this.#update();
  }

  /** Stops listening to the window. */
  disconnectedCallback() {
    window.removeEventListener('hashchange', this.#onHash);
  }

  /**
   * Cuts an oversized paste before the browser inserts it: laying out megabytes of text in a
   * text area takes the browser seconds (25 s for 5 MB of short lines in Chromium), while only
   * the first `maxChars` characters are ever read. The notice says how much was pasted.
   */
  #paste(e: ClipboardEvent) {
    const area = this.#details;
    const max = this.#data?.maxChars ?? 0;
    const text = e.clipboardData?.getData('text/plain') ?? '';
    // A screenshot or an empty clipboard inserts nothing: say what to copy instead.
    this.#problem = pasteProblem([...(e.clipboardData?.types ?? [])], text);
    if (this.#problem) {
      clearTimeout(this.#timer);
      this.#update();
      return;
    }
    if (!area || text.length <= max) return;
    e.preventDefault();
    area.setRangeText(text.slice(0, max), area.selectionStart, area.selectionEnd, 'end');
    this.#cutLength = text.length;
    clearTimeout(this.#timer);
    this.#update();
  }

  /** Fills the form from the fragment, if the fragment is ours; says whether it was. */
  #restore(): boolean {
    const state = decodeState(location.hash, this.#data?.maxChars);
    if (!state || !this.#form || !this.#details) return false;
    this.#cutLength = 0;
    this.#details.value = state.details;
    for (const q of questionNames) {
      for (const radio of this.#form.querySelectorAll<HTMLInputElement>(`input[name="${q}"]`))
        radio.checked = radio.value === (state.answers[q] ?? 'unknown');
    }
    for (const box of this.#form.querySelectorAll<HTMLInputElement>('input[name="tried"]'))
      box.checked = state.tried.includes(box.value as TriedId);
    const redact = this.querySelector<HTMLInputElement>('[data-redact]');
    if (redact) redact.checked = state.redact;
    this.#update();
    return true;
  }

  /** Reads the form into a state. */
  #read(): CheckerState {
    const form = this.#form;
    const answers: Record<string, string> = {};
    for (const q of questionNames) {
      const value = form?.querySelector<HTMLInputElement>(`input[name="${q}"]:checked`)?.value;
      if (value && value !== 'unknown') answers[q] = value;
    }
    const tried = triedIds.filter(
      (id) => form?.querySelector<HTMLInputElement>(`input[name="tried"][value="${id}"]`)?.checked,
    );
    return {
      details: this.#details?.value ?? '',
      answers: answers as Answers,
      tried,
      redact: !!this.querySelector<HTMLInputElement>('[data-redact]')?.checked,
    };
  }

  /** Clears the result, the redaction choice and the fragment after the form's own reset. */
  #reset() {
    this.#cutLength = 0;
    this.#problem = undefined;
    const redact = this.querySelector<HTMLInputElement>('[data-redact]');
    if (redact) redact.checked = false;
    this.#update();
    this.#details?.focus();
  }

  /** Runs the checker on the form and renders everything; keeps the fragment in step. */
  #update() {
    const data = this.#data;
    if (!data) return;
    const state = this.#read();
    const result = runChecker(
      state.details,
      state.answers,
      data,
      {
        locale: data.locale,
        timeZone: this.#timeZone,
        now: new Date(),
        maxChars: data.maxChars,
      },
      state.tried,
    );
    this.#result = result;
    const t = this.#t;
    const ticket = buildTicket({
      parsed: result.parsed,
      answers: state.answers,
      tried: state.tried,
      diagnosis: result.diagnosis,
      data,
      locale: data.locale,
      timeZone: this.#timeZone,
      redact: state.redact,
      t,
      site: data.site,
    });
    renderResult(this, state, result, ticket, data.locale, {
      t,
      locale: data.locale,
      maxChars: data.maxChars,
      cut: this.#cutLength,
      causeTitle: (id) => data.causes.find((c) => c.id === id)?.title ?? id,
      problem: this.#problem,
    });
    const fragment = encodeState(state, data.maxChars);
    if (fragment !== this.#fragment) {
      this.#fragment = fragment;
      // A heading anchor that is not ours stays until there is a state to write.
      if (fragment || decodeState(location.hash))
        history.replaceState(
          history.state,
          '',
          `${location.pathname}${location.search}${fragment ? `#${fragment}` : ''}`,
        );
    }
  }

  /**
   * Copies the ticket (or the link to this state: absolute, and without the values the person
   * chose to leave out) to the clipboard, with a fallback and a report.
   */
  async #copy(area: HTMLTextAreaElement | null, doneKey: string) {
    const data = this.#data;
    const text = area
      ? area.value
      : data && this.#result
        ? shareLink(this.#read(), this.#result.parsed, data.locale, data.site, data.maxChars)
        : location.href;
    let ok = false;
    try {
      await navigator.clipboard.writeText(text);
      ok = true;
    } catch {
      // Older browsers or a denied permission: select the text and use the legacy command.
      if (area) {
        area.select();
        ok = document.execCommand('copy');
      }
    }
    for (const report of this.querySelectorAll('[data-copy-status]'))
      report.textContent = this.#t(ok ? doneKey : 'checker.ticket.copyFailed');
  }
}

if (!customElements.get('kb-checker')) customElements.define('kb-checker', KbChecker);
