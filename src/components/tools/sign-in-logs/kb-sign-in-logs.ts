/**
 * `<kb-sign-in-logs>`: wires the server-rendered form of `SignInLogs.astro` to a Web Worker.
 *
 * Lifecycle: on connect it starts fetching its config (strings and data: the static file named by
 * `data-src`, built by `src/pages/data/sign-in-logs-[locale].json.ts`) and listens to the file
 * picker, drag-and-drop and the paste form at once, so a file dropped early is never opened by the
 * browser in place of the page; a file that arrives before the config waits for it. If the config
 * cannot be had, the alert line says so (`data-unavailable`, in the page's language).
 * Nothing else loads until a file (or a paste) arrives; then it starts a fresh worker
 * (`worker.ts`, which reads and parses off the page's thread) and, at the same time,
 * imports the results view (`view.ts`). Progress messages drive the `<progress>`
 * bar; the summary goes to the view, which asks the worker for anything else (events, one event,
 * lookup, export) through {@link Ask}. A new file replaces the worker: the old one, finished or
 * not, is terminated with its records.
 */
import type { ClientConfig } from '~/lib/sign-in-logs/labels';
import {
  MAX_BYTES,
  overallProgress,
  type Ask,
  type LoadedInfo,
  type LoadPhase,
  type RequestBody,
  type WorkerRequest,
  type WorkerResponse,
} from '~/lib/sign-in-logs/protocol';
import { fill } from '~/lib/text.ts';
import { acceptDrops } from '~/components/shared/drop-zone.ts';
import { fetchData, isRecord } from '~/components/shared/load-data.ts';

/** What the element needs of the lazily loaded results view. */
interface ResultsView {
  show(info: LoadedInfo): void;
  clear(): void;
}

/** Whether a parsed config file has the shape the tool reads (a stale or broken file has not). */
function isConfig(value: unknown): value is ClientConfig {
  return (
    isRecord(value) &&
    typeof value.locale === 'string' &&
    isRecord(value.strings) &&
    Array.isArray(value.codes) &&
    [value.apps, value.conditions, value.rules].every(isRecord)
  );
}

class KbSignInLogs extends HTMLElement {
  #config: ClientConfig | null = null;
  /** The config on its way (`null` once it failed); set on the first connection. */
  #configLoad: Promise<ClientConfig | null> | null = null;
  #worker: Worker | null = null;
  #nextId = 1;
  #pending = new Map<number, (response: WorkerResponse) => void>();
  #view: ResultsView | null = null;
  #phase: LoadPhase | null = null;

  /**
   * Fetches the config and wires the form, once; bails out quietly if the markup is not there.
   * Moved in the document, the element keeps its listeners and its config.
   */
  connectedCallback() {
    if (this.#configLoad) return;
    const src = this.dataset.src;
    const form = this.querySelector<HTMLFormElement>('form[data-intake]');
    const input = this.querySelector<HTMLInputElement>('input[data-file]');
    const drop = this.querySelector<HTMLElement>('[data-drop]');
    const paste = this.querySelector<HTMLTextAreaElement>('textarea[data-paste]');
    if (!src || !form || !input || !drop || !paste) return;
    this.#configLoad = fetchData(src, isConfig).then((config) => {
      this.#config = config ?? null;
      if (!config) this.#setError(this.dataset.unavailable ?? '');
      return this.#config;
    });
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (file) this.#load({ file });
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (paste.value.trim()) this.#load({ text: paste.value });
    });
    // A file dropped anywhere on the tool goes to its one drop box.
    acceptDrops(
      this,
      (file) => void this.#load({ file }),
      () => drop,
    );
  }

  /** Stops the worker when the element leaves the page. */
  disconnectedCallback() {
    this.#stopWorker();
  }

  /** Reads a file or a pasted text: size check, fresh worker, progress, then the results. */
  async #load(source: { file: File } | { text: string }) {
    const config = this.#config ?? (await this.#configLoad);
    if (!config) {
      this.#setError(this.dataset.unavailable ?? '');
      return;
    }
    const s = config.strings;
    this.#stopWorker();
    this.#view?.clear();
    this.#setError('');
    const size = 'file' in source ? source.file.size : source.text.length;
    if (size > MAX_BYTES) {
      this.#setError(s['error.too-large']);
      return;
    }
    const start = performance.now();
    this.#showProgress(0);
    this.#setMessage(s['progress.read']);
    const viewModule = import('./view/index.ts');
    // Awaited below; marked handled now so a failed load is not reported as unhandled meanwhile.
    viewModule.catch(() => {});
    let worker: Worker;
    try {
      worker = new Worker(new URL('./worker.ts', import.meta.url), {
        type: 'module',
      });
    } catch {
      this.#fail(s['error.worker']);
      return;
    }
    this.#worker = worker;
    worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) =>
      this.#receive(event.data),
    );
    worker.addEventListener('error', () => this.#fail(s['error.worker']));
    const codes = config.codes.map(({ code, conditionalAccess }) => ({ code, conditionalAccess }));
    const response = await this.#ask(
      'file' in source
        ? { type: 'load', file: source.file, codes }
        : { type: 'load', text: source.text, codes },
    );
    if (worker !== this.#worker) return; // Another file took over meanwhile.
    this.#hideProgress();
    if (response.type === 'error') {
      const template = s[`error.${response.code}`];
      this.#fail(fill(template, { detail: response.detail }));
      return;
    }
    if (response.type !== 'loaded') return;
    const format =
      response.format === 'graph' && response.graphVersion
        ? s[response.graphVersion === 'beta' ? 'format.graph-beta' : 'format.graph-v1']
        : s[`format.${response.format}`];
    this.#setMessage(
      fill(s['status.done'], {
        count: new Intl.NumberFormat(config.locale).format(response.summary.total),
        // Time to result as the reader lived it: reading, parsing and counting.
        seconds: new Intl.NumberFormat(config.locale, { maximumFractionDigits: 1 }).format(
          Math.max(0.1, (performance.now() - start) / 1000),
        ),
        format,
      }),
    );
    try {
      const { SignInLogsView } = await viewModule;
      const results = this.querySelector<HTMLElement>('[data-results]');
      if (!results || worker !== this.#worker) return;
      const ask: Ask = (request) => this.#ask(request);
      this.#view ??= new SignInLogsView(results, config, ask);
      this.#view.show(response);
    } catch {
      this.#fail(s['error.worker']);
    }
  }

  /** Sends a request to the current worker; an answer of 'error' type comes back if none. */
  #ask(request: RequestBody): Promise<WorkerResponse> {
    const worker = this.#worker;
    const id = this.#nextId++;
    if (!worker)
      return Promise.resolve({ type: 'error', id, code: 'internal', detail: 'no worker' });
    return new Promise((resolve) => {
      this.#pending.set(id, resolve);
      worker.postMessage({ ...request, id } as WorkerRequest);
    });
  }

  /** Routes a worker message: progress to the bar, answers to their waiting request. */
  #receive(message: WorkerResponse) {
    if (message.type === 'progress') {
      this.#showProgress(overallProgress(message.phase, message.fraction));
      if (message.phase !== this.#phase && this.#config) {
        this.#phase = message.phase;
        this.#setMessage(this.#config.strings[`progress.${message.phase}`]);
      }
      return;
    }
    const resolve = this.#pending.get(message.id);
    this.#pending.delete(message.id);
    resolve?.(message);
  }

  /** Terminates the worker and answers its pending requests with an error. */
  #stopWorker() {
    this.#worker?.terminate();
    this.#worker = null;
    this.#phase = null;
    for (const [id, resolve] of this.#pending)
      resolve({ type: 'error', id, code: 'internal', detail: 'stopped' });
    this.#pending.clear();
  }

  /** Shows an error and stops everything; the picker is emptied so the same file can be retried. */
  #fail(text: string) {
    const input = this.querySelector<HTMLInputElement>('input[data-file]');
    if (input) input.value = '';
    this.#stopWorker();
    this.#hideProgress();
    this.#setMessage('');
    this.#view?.clear();
    this.#setError(text);
  }

  /** Sets the polite status line. */
  #setMessage(text: string) {
    const el = this.querySelector('[data-message]');
    if (el) el.textContent = text;
  }

  /** Sets (or clears) the alert line. */
  #setError(text: string) {
    const el = this.querySelector('[data-error]');
    if (el) el.textContent = text;
  }

  /** Shows the progress bar at a fraction from 0 to 1. */
  #showProgress(fraction: number) {
    const bar = this.querySelector('progress');
    if (!bar) return;
    bar.hidden = false;
    bar.value = Math.round(fraction * 100);
  }

  /** Hides the progress bar. */
  #hideProgress() {
    const bar = this.querySelector('progress');
    if (bar) bar.hidden = true;
  }
}

if (!customElements.get('kb-sign-in-logs')) customElements.define('kb-sign-in-logs', KbSignInLogs);
