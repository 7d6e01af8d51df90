/**
 * `<kb-what-if>`: wires the server-rendered form of `WhatIf.astro` to the What If engine.
 *
 * Lifecycle: on connect it starts fetching its strings (the static file named by `data-src`,
 * built by `src/pages/data/what-if-[locale].json.ts`) and listens to the form at once: typing,
 * files, drops, buttons. Nothing else loads until the reader uses the tool (or opens a link that
 * carries an evaluation in its fragment): then it imports `controller.ts`, which holds the
 * engine and the results view, fetches the engine's sentences in the page's language (the file
 * the strings name, `/data/what-if-messages-<locale>.json`), and hands the controller every event
 * from then on. Events that come while it loads wait for it. If the strings cannot be had, the alert line says so
 * (`data-unavailable`, in the page's language). Nothing the reader enters leaves the page.
 */
import type { Messages } from '~/lib/what-if/messages.ts';
import { carriesEvaluation } from '~/lib/what-if/fragment.ts';
import { acceptDrops } from '~/components/shared/drop-zone.ts';
import { fetchData, isRecord } from '~/components/shared/load-data.ts';
import type { WhatIfPayload } from './payload';
import { droppedFiles, pickedFiles, type PathFile } from './files';
import { namesBox } from './names-box';

/** What the element needs of the lazily loaded tool. */
interface App {
  fieldChanged(field: string): void;
  scenarioEdited(): void;
  loadFiles(part: string, files: PathFile[]): Promise<void>;
  evaluate(): void;
  fillFromDetails(): void;
  saveScenario(): void;
  copyLink(): Promise<void>;
  openFragment(hash: string): Promise<void>;
  namesEdited(): void;
  forgetNames(): void;
  loadSample(id: string): void;
}

/** Whether a parsed strings file has the shape this element reads. */
function isPayload(value: unknown): value is WhatIfPayload {
  return (
    isRecord(value) &&
    typeof value.locale === 'string' &&
    typeof value.messages === 'string' &&
    isRecord(value.strings)
  );
}

/** Whether a parsed sentences file looks like the engine's sentences (a stale file does not). */
function isMessages(value: unknown): value is Messages {
  return isRecord(value) && typeof value['verdict.block'] === 'string';
}

class KbWhatIf extends HTMLElement {
  /** The strings on their way (`undefined` once they failed); set on the first connection. */
  #payload: Promise<WhatIfPayload | undefined> | null = null;
  /** The tool on its way (`null` if it could not load). */
  #app: Promise<App | null> | null = null;
  #debounce = 0;
  #namesDebounce = 0;
  /** The last action asked of the tool (see {@link KbWhatIf.#use}). */
  #queue: Promise<void> = Promise.resolve();

  /** Fetches the strings and wires the form, once; bails out quietly if the markup is not there. */
  connectedCallback() {
    if (this.#payload) return;
    const src = this.dataset.src;
    const form = this.querySelector<HTMLFormElement>('form[data-form]');
    if (!src || !form) return;
    this.#payload = fetchData(src, isPayload).then((payload) => {
      if (!payload) this.#setError(this.dataset.unavailable ?? '');
      else this.querySelector('[data-names-slot]')?.replaceWith(namesBox(payload.strings));
      return payload;
    });

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#use((app) => app.evaluate());
    });
    // Selects report on `change`, text fields on `input`; either way one field at a time.
    const onField = (event: Event) => {
      const field = event.target instanceof HTMLElement ? event.target.dataset.field : undefined;
      if (field) void this.#use((app) => app.fieldChanged(field));
    };
    form.addEventListener('input', (event) => {
      const target = event.target;
      if (!(target instanceof HTMLElement)) return;
      if (target.dataset.field && !(target instanceof HTMLSelectElement)) onField(event);
      if (target.hasAttribute('data-names')) {
        window.clearTimeout(this.#namesDebounce);
        this.#namesDebounce = window.setTimeout(
          () => void this.#use((app) => app.namesEdited()),
          400,
        );
      }
      if (target.dataset.input === 'scenario') {
        // Wait for a pause in the typing: the JSON is only read when it may be whole.
        window.clearTimeout(this.#debounce);
        this.#debounce = window.setTimeout(
          () => void this.#use((app) => app.scenarioEdited()),
          400,
        );
      }
    });
    form.addEventListener('change', (event) => {
      const target = event.target;
      if (target instanceof HTMLSelectElement && target.hasAttribute('data-sample')) {
        const id = target.value;
        void this.#use((app) => app.loadSample(id));
      } else if (target instanceof HTMLSelectElement) onField(event);
      if (target instanceof HTMLInputElement && target.type === 'file') {
        // A picker of files (`data-file`) or of a folder (`data-folder`), for its part.
        const files = pickedFiles(target.files);
        const part = target.dataset.file ?? target.dataset.folder;
        target.value = '';
        if (files.length && part) void this.#use((app) => app.loadFiles(part, files));
      }
    });
    form.addEventListener('click', (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      if (!button) return;
      if (button.hasAttribute('data-fill')) void this.#use((app) => app.fillFromDetails());
      else if (button.hasAttribute('data-save')) void this.#use((app) => app.saveScenario());
      else if (button.hasAttribute('data-copy-link')) void this.#use((app) => app.copyLink());
      else if (button.hasAttribute('data-names-forget')) void this.#use((app) => app.forgetNames());
      else if (button.hasAttribute('data-sample-load')) {
        const id = this.querySelector<HTMLSelectElement>('select[data-sample]')?.value ?? '';
        void this.#use((app) => app.loadSample(id));
      }
    });
    // Files or a folder dropped on a box go to that box's part. The drop's entries are taken now:
    // the browser lets them be read only while the event runs.
    acceptDrops(this, (_file, zone, data) => {
      const part = zone.dataset.drop;
      const files = droppedFiles(data);
      if (part) void this.#use(async (app) => app.loadFiles(part, await files));
    });
    // Warm up on the first sign of use, so the tool is there when the reader submits.
    this.addEventListener('focusin', () => void this.#load(), { once: true });
    window.addEventListener('hashchange', () => this.#openFragment());
    this.#openFragment();
  }

  /** Opens the evaluation carried by the page's fragment, if it carries one. */
  #openFragment() {
    const hash = window.location.hash;
    if (carriesEvaluation(hash)) void this.#use((app) => app.openFragment(hash));
  }

  /**
   * Runs `action` on the tool, loading it first if needed. Actions run one after the other, in
   * the order of the events: a file still being read is in its box before "Evaluate" looks.
   */
  #use(action: (app: App) => unknown): Promise<void> {
    this.#queue = this.#queue.then(async () => {
      const app = await this.#load();
      try {
        if (app) await action(app);
      } catch {
        // A bug, not the reader's input (the engine never throws on input): say so, go on.
        const payload = await this.#payload;
        this.#setError(payload?.strings['error.engine'] ?? this.dataset.unavailable ?? '');
      }
    });
    return this.#queue;
  }

  /**
   * Loads the tool once: its strings, then the engine with the view and, at the same time, the
   * engine's sentences in the page's language (`payload.messages`); `null` if any failed.
   */
  #load(): Promise<App | null> {
    this.#app ??= (async () => {
      const payload = await this.#payload;
      if (!payload) {
        this.#setError(this.dataset.unavailable ?? '');
        return null;
      }
      try {
        const [{ WhatIfController }, messages] = await Promise.all([
          import('./controller.ts'),
          fetchData(payload.messages, isMessages),
        ]);
        if (!messages) throw new Error('no sentences');
        return new WhatIfController(this, payload, messages);
      } catch {
        this.#setError(payload.strings['error.engine']);
        return null;
      }
    })();
    return this.#app;
  }

  /** Sets (or clears) the alert line. */
  #setError(text: string) {
    const el = this.querySelector('[data-error]');
    if (el) el.textContent = text;
  }
}

if (!customElements.get('kb-what-if')) customElements.define('kb-what-if', KbWhatIf);
