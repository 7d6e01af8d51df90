/**
 * `<kb-sign-in-logs>`: wires the server-rendered form of `SignInLogs.astro` to a Web Worker.
 *
 * Lifecycle: on connect it starts fetching its config (strings and data: the static file named by
 * `data-src`, built by `src/pages/data/sign-in-logs-[locale].json.ts`) and listens to the file
 * picker, drag-and-drop and the paste form at once, so a file dropped early is never opened by the
 * browser in place of the page; files that arrive before the config wait for it. If the config
 * cannot be had, the alert line says so (`data-unavailable`, in the page's language).
 * Nothing else loads until files (or a paste) arrive; then it starts a fresh worker (`worker.ts`,
 * which reads them chunk by chunk off the page's thread) and, at the same time, imports the
 * results view (`view/`). With "add to the files already read" ticked, the same worker reads the
 * new files into the records it holds. Progress messages drive the `<progress>` bar and the
 * status line; the Cancel button asks the worker to stop between two chunks (and ends it if it
 * does not answer). The summary goes to the view, which asks the worker for anything else
 * (events, one event, lookup, export) through {@link Ask}.
 */
import type { ClientConfig } from '~/lib/sign-in-logs/labels';
import { countText } from '~/lib/sign-in-logs/plural';
import {
  overallProgress,
  type Ask,
  type FileEntry,
  type LoadedInfo,
  type RequestBody,
  type WorkerRequest,
  type WorkerResponse,
} from '~/lib/sign-in-logs/protocol';
import { errorText, fileLabel } from '~/lib/sign-in-logs/words';
import { fill } from '~/lib/text.ts';
import { acceptDrops } from '~/components/shared/drop-zone.ts';
import { fetchData, isRecord } from '~/components/shared/load-data.ts';

/** What the element needs of the lazily loaded results view. */
interface ResultsView {
  show(info: LoadedInfo): void;
  clear(): void;
}

/** How long a cancel may wait for the worker before the worker is ended. */
const CANCEL_GRACE_MS = 3000;

/** Whether a parsed config file has the shape the tool reads (a stale or broken file has not). */
function isConfig(value: unknown): value is ClientConfig {
  return (
    isRecord(value) &&
    typeof value.locale === 'string' &&
    typeof value.checkerUrl === 'string' &&
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
  /** True once the current worker holds records (a later load may add to them). */
  #hasRecords = false;
  #loading = false;
  #nextId = 1;
  #pending = new Map<number, (response: WorkerResponse) => void>();
  #view: ResultsView | null = null;
  #cancelTimer: ReturnType<typeof setTimeout> | null = null;

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
    const cancel = this.querySelector<HTMLButtonElement>('button[data-cancel]');
    if (!src || !form || !input || !drop || !paste || !cancel) return;
    this.#configLoad = fetchData(src, isConfig).then((config) => {
      this.#config = config ?? null;
      if (!config) this.#setError(this.dataset.unavailable ?? '');
      return this.#config;
    });
    input.addEventListener('change', () => {
      const files = [...(input.files ?? [])];
      if (files.length) void this.#load({ files });
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (paste.value.trim()) void this.#load({ text: paste.value });
      else void this.#emptyPaste(paste);
    });
    cancel.addEventListener('click', () => this.#cancel());
    // Files dropped anywhere on the tool go to its one drop box, all of them.
    acceptDrops(
      this,
      (_file, _zone, data) => void this.#load({ files: [...data.files] }),
      () => drop,
    );
  }

  /** Stops the worker when the element leaves the page. */
  disconnectedCallback() {
    this.#stopWorker();
  }

  /** True when the reader asked to add the new files to those already read. */
  #appending(): boolean {
    const box = this.querySelector<HTMLInputElement>('input[data-append]');
    return Boolean(box?.checked && this.#worker && this.#hasRecords);
  }

  /** Reads files or a pasted text: a worker, progress, then the results or why not. */
  async #load(source: { files: File[] } | { text: string }) {
    const config = this.#config ?? (await this.#configLoad);
    if (!config) {
      this.#setError(this.dataset.unavailable ?? '');
      return;
    }
    if (this.#loading) return; // One load at a time: Cancel stops the one under way.
    const s = config.strings;
    const append = this.#appending();
    this.#setError('');
    if (!append) {
      this.#stopWorker();
      this.#view?.clear();
      try {
        this.#startWorker();
      } catch {
        this.#fail(s['error.worker']);
        return;
      }
    }
    const worker = this.#worker;
    if (!worker) return;
    const start = performance.now();
    this.#loading = true;
    this.#showProgress(0);
    this.#setCancel(true);
    this.#setMessage(s['progress.readOne']);
    const viewModule = import('./view/index.ts');
    // Awaited below; marked handled now so a failed load is not reported as unhandled meanwhile.
    viewModule.catch(() => {});
    const codes = config.codes.map(({ code, conditionalAccess }) => ({ code, conditionalAccess }));
    const response = await this.#ask(
      'files' in source
        ? { type: 'load', files: source.files, codes, append }
        : { type: 'load', text: source.text, codes, append },
    );
    if (worker !== this.#worker) return; // Ended by a cancel, or another load took over.
    this.#loading = false;
    this.#hideProgress();
    this.#setCancel(false);
    if (response.type === 'error') {
      if (response.code === 'cancelled') {
        this.#setMessage(s['status.cancelled']);
        if (!this.#hasRecords) this.#stopWorker();
        return;
      }
      const text =
        response.code === 'internal' && !response.files.length
          ? fill(s['error.internal'], { detail: response.detail })
          : this.#refusals(config, response.files) ||
            errorText(response.code, null, s, config.locale);
      if (this.#hasRecords)
        this.#setError(text); // The files read before stay on screen.
      else this.#fail(text);
      return;
    }
    if (response.type !== 'loaded') return;
    this.#hasRecords = true;
    this.#setMessage(
      countText(s, 'status.done', config.locale, response.summary.total, {
        // Time to result as the reader lived it: reading, parsing and counting.
        seconds: new Intl.NumberFormat(config.locale, { maximumFractionDigits: 1 }).format(
          Math.max(0.1, (performance.now() - start) / 1000),
        ),
      }),
    );
    // Files of this load that could not be read are said aloud too (the list shows them).
    this.#setError(
      this.#refusals(config, response.added ? response.files.slice(-response.added) : []),
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

  /** An empty paste box is said aloud (in the alert line), and the box gets the focus back. */
  async #emptyPaste(paste: HTMLTextAreaElement) {
    const config = this.#config ?? (await this.#configLoad);
    if (!config || this.#loading) return;
    this.#setError(config.strings['paste.empty']);
    paste.focus();
  }

  /** Why each refused file was refused; with several files, each reason after its file's name. */
  #refusals(config: ClientConfig, files: readonly FileEntry[]): string {
    const s = config.strings;
    const refused = files.filter((f) => f.error);
    const one = (f: FileEntry) =>
      f.error ? errorText(f.error.code, f.error.found, s, config.locale) : '';
    if (files.length === 1 && refused[0]) return one(refused[0]);
    return refused
      .map((f) =>
        fill(s['error.fileNamed'], {
          name: fileLabel(f, s),
          message: one(f),
        }),
      )
      .join(' ');
  }

  /** Starts a fresh worker. */
  #startWorker() {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    this.#worker = worker;
    this.#hasRecords = false;
    worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) =>
      this.#receive(event.data),
    );
    worker.addEventListener('error', () => {
      const s = this.#config?.strings;
      if (s) this.#fail(s['error.worker']);
    });
  }

  /** Asks the worker to stop the load under way; ends the worker if it does not answer. */
  #cancel() {
    if (!this.#loading || !this.#worker) return;
    void this.#ask({ type: 'cancel' });
    this.#cancelTimer ??= setTimeout(() => {
      this.#cancelTimer = null;
      if (!this.#loading) return;
      const s = this.#config?.strings;
      this.#fail('');
      if (s) this.#setMessage(s['status.cancelled']);
    }, CANCEL_GRACE_MS);
  }

  /** Sends a request to the current worker; an answer of 'error' type comes back if none. */
  #ask(request: RequestBody): Promise<WorkerResponse> {
    const worker = this.#worker;
    const id = this.#nextId++;
    if (!worker)
      return Promise.resolve({
        type: 'error',
        id,
        code: 'internal',
        files: [],
        detail: 'no worker',
      });
    return new Promise((resolve) => {
      this.#pending.set(id, resolve);
      worker.postMessage({ ...request, id } as WorkerRequest);
    });
  }

  /** Routes a worker message: progress to the bar and the status line, answers to their request. */
  #receive(message: WorkerResponse) {
    if (message.type === 'progress') {
      this.#showProgress(overallProgress(message.phase, message.fraction));
      const s = this.#config?.strings;
      if (s)
        this.#setMessage(
          message.phase === 'summarise'
            ? s['progress.summarise']
            : message.files > 1
              ? fill(s['progress.read'], {
                  file: message.file,
                  files: message.files,
                  name: message.name,
                })
              : s['progress.readOne'],
        );
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
    this.#hasRecords = false;
    this.#loading = false;
    if (this.#cancelTimer) clearTimeout(this.#cancelTimer);
    this.#cancelTimer = null;
    for (const [id, resolve] of this.#pending)
      resolve({ type: 'error', id, code: 'internal', files: [], detail: 'stopped' });
    this.#pending.clear();
  }

  /** Shows an error and stops everything; the picker is emptied so the same file can be retried. */
  #fail(text: string) {
    const input = this.querySelector<HTMLInputElement>('input[data-file]');
    if (input) input.value = '';
    this.#stopWorker();
    this.#hideProgress();
    this.#setCancel(false);
    this.#setMessage('');
    this.#view?.clear();
    this.#setError(text);
  }

  /** Shows or hides the Cancel button. */
  #setCancel(shown: boolean) {
    const button = this.querySelector<HTMLButtonElement>('button[data-cancel]');
    if (button) button.hidden = !shown;
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
