/**
 * The What If tool once it is in use: loaded by `kb-what-if` on first use, with the engine
 * (`src/lib/what-if/`) and the engine's sentences in the page's language. It reads the three
 * inputs (policies, named locations, scenario; files, folders and archives through
 * `sources.ts`, with a report of what was read and skipped), keeps the scenario's form and JSON
 * in step (`scenario-form.ts`), evaluates, and hands the result to `render/`. The optional
 * id → name map stays in this browser (`localStorage`). Everything the reader
 * pasted is shown as text nodes (`textContent`, never HTML), and the engine's sentences arrive as
 * parts, so a display name full of markup stays text. Nothing leaves the page: the only output is
 * the DOM, a download made in the page and the clipboard.
 */
import {
  evaluate,
  explain,
  fromFragment,
  readInputs,
  readJson,
  readScenario,
  scenarioFromDetails,
  scenarioToRequest,
  sentence,
  MAX_JSON_CHARS,
  type FragmentPart,
  type InputError,
  type InputPart as Part,
  type Messages,
  type Parsed,
  type Reason,
  type Scenario,
  type Sentence,
} from '~/lib/what-if/index.ts';
import { MAX_FRAGMENT_CHARS } from '~/lib/what-if/fragment.ts';
import { MAX_FILES, MAX_TOTAL_BYTES, readSources, type FileReport } from '~/lib/what-if/sources.ts';
import { nameBook, parseNameMap, type NameBook } from '~/lib/what-if/names.ts';
import { sampleTenant } from '~/lib/what-if/sample.ts';
import { uniqueReasons, unsetDifference, unsetFields } from '~/lib/what-if/summary.ts';
import {
  isShareFragment,
  LINK_WARN_CHARS,
  readShareFragment,
  shareFragment,
} from '~/lib/what-if/share.ts';
import { absoluteUrl } from '~/lib/site/absolute-url.ts';
import type { Locale } from '~config/locales';
import { applyField, isFormField } from '~/lib/what-if/form.ts';
import { fill } from '~/lib/text.ts';
import { h } from '~/components/shared/dom.ts';
import { Status } from './status';
import type { WhatIfPayload } from './payload';
import type { WhatIfStrings } from './strings';
import { renderResult } from './render/result';
import { filledFields } from './render/filled';
import { readForm, writeForm } from './scenario-form';
import { sourceFiles, type PathFile } from './files';
import { NAMES_KEY } from './names-box';

/** The three inputs, in the order of the page. */
const inputParts = ['policies', 'locations', 'scenario'] as const satisfies readonly Part[];

export class WhatIfController {
  #root: HTMLElement;
  #s: WhatIfStrings;
  #locale: string;
  #messages: Messages;
  #status: Status;
  #site: string;
  /** Names read from files beside their policies (export tools' wrappers). */
  #exportNames = new Map<string, string>();
  /** The reader's own names (the names box). */
  #pasted = new Map<string, string>();

  /** Binds the tool to its element, its strings and the engine's sentences. */
  constructor(root: HTMLElement, payload: WhatIfPayload, messages: Messages) {
    this.#root = root;
    this.#s = payload.strings;
    this.#locale = payload.locale;
    this.#site = payload.site;
    this.#messages = messages;
    this.#status = new Status(root);
    // The names box comes with what this browser kept (`names-box.ts`): read it once.
    this.namesEdited(false);
  }

  // ------------------------------------------------------------------ names

  #namesBox(): HTMLTextAreaElement | null {
    return this.#root.querySelector<HTMLTextAreaElement>('textarea[data-names]');
  }

  /** Reads the names box, says how many names it gave, and keeps it in this browser. */
  namesEdited(store = true) {
    const text = this.#namesBox()?.value ?? '';
    const read = parseNameMap(text);
    this.#pasted = read.names;
    const line = this.#root.querySelector('[data-names-count]');
    if (line)
      line.textContent =
        read.format === 'empty'
          ? ''
          : fill(this.#s['names.count'], { count: read.names.size, skipped: read.skipped });
    if (!store) return;
    try {
      if (text.trim()) localStorage.setItem(NAMES_KEY, text);
      else localStorage.removeItem(NAMES_KEY);
    } catch {
      // Storage may be off (private mode, a policy): nothing kept, nothing lost for this visit.
    }
  }

  /** Empties the names box and forgets what this browser kept. */
  forgetNames() {
    const box = this.#namesBox();
    if (box) box.value = '';
    this.namesEdited();
  }

  /** The names the result labels ids with. */
  #book(fromBoxes: ReadonlyMap<string, string>): NameBook {
    return nameBook(this.#pasted, new Map([...this.#exportNames, ...fromBoxes]));
  }

  // ------------------------------------------------------------------ inputs and form

  /** The text box of a part. */
  #box(part: Part): HTMLTextAreaElement | null {
    return this.#root.querySelector<HTMLTextAreaElement>(`textarea[data-input="${part}"]`);
  }

  /** The engine's sentence for an input error or note, in the page's language. */
  #say(reason: Reason, book?: NameBook): Sentence {
    return sentence(reason, this.#messages, book);
  }

  /** Shows (or clears) the error line under a part; a syntax error also selects its place. */
  #partError(part: Part, error?: InputError, text?: string) {
    const line = this.#root.querySelector(`[data-part-error="${part}"]`);
    if (line) line.textContent = text ?? (error ? this.#say(error).text : '');
    const box = this.#box(part);
    if (box && error?.offset !== undefined && box.value.length < 500_000)
      box.setSelectionRange(error.offset, Math.min(box.value.length, error.offset + 1));
  }

  /** The scenario in the JSON box. */
  #scenario(): Parsed<Scenario> {
    return readScenario(this.#box('scenario')?.value ?? '');
  }

  /** Says under the JSON box that the form cannot change it until it reads again. */
  #jsonBlocksForm(error: Reason) {
    this.#partError(
      'scenario',
      undefined,
      fill(this.#s['json.invalid'], { message: this.#say(error).text }),
    );
  }

  /** Writes a scenario into the JSON box (Graph's request body, plus `directory`). */
  #writeScenario(scenario: Scenario) {
    const box = this.#box('scenario');
    if (box) box.value = JSON.stringify(scenarioToRequest(scenario), null, 2);
    this.#partError('scenario');
  }

  /** A form field changed: rewrite that field in the JSON, and the fields that follow from it. */
  fieldChanged(field: string) {
    if (!isFormField(field)) return;
    const current = this.#scenario();
    if (!current.ok) {
      this.#jsonBlocksForm(current.error);
      return;
    }
    const values = readForm(this.#root);
    const next = applyField(current.value, field, values[field] ?? '', values);
    this.#writeScenario(next);
    writeForm(this.#root, next, field);
  }

  /** The JSON box changed: when it reads, the form follows; when not, say where it breaks. */
  scenarioEdited() {
    const parsed = this.#scenario();
    if (!parsed.ok) {
      this.#partError('scenario', parsed.error);
      return;
    }
    this.#partError('scenario');
    writeForm(this.#root, parsed.value);
  }

  /** Reads a chosen or dropped scenario file into its box (the form follows). */
  async #loadScenario(file: File) {
    if (file.size > MAX_JSON_CHARS) {
      const text = fill(this.#s['error.fileTooLarge'], { size: file.size, max: MAX_JSON_CHARS });
      this.#partError('scenario', undefined, text);
      this.#status.error(text);
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      this.#partError('scenario', undefined, this.#s['error.fileRead']);
      return;
    }
    const box = this.#box('scenario');
    if (!box) return;
    box.value = text;
    this.scenarioEdited();
    if (this.#scenario().ok) this.#status.message(this.#s['status.scenarioLoaded']);
  }

  /**
   * Reads chosen or dropped files (several, a folder, `.zip` archives): policies go to the
   * policies box and named locations to theirs, wherever they were dropped, and the box they were
   * given to lists every file, read or skipped, and why.
   */
  async loadFiles(part: string, files: PathFile[]) {
    if (part !== 'policies' && part !== 'locations' && part !== 'scenario') return;
    this.#status.error('');
    if (!files.length) return;
    if (part === 'scenario') {
      const first = files[0];
      if (first) await this.#loadScenario(first.file);
      return;
    }
    const read = readSources(await sourceFiles(files.slice(0, MAX_FILES), MAX_TOTAL_BYTES));
    for (const [id, name] of read.names) this.#exportNames.set(id, name);
    const put = (target: Part, items: unknown[]) => {
      const box = this.#box(target);
      if (!box || !items.length) return;
      const pretty = JSON.stringify(items, null, 2);
      box.value = pretty.length <= MAX_JSON_CHARS ? pretty : JSON.stringify(items);
      this.#partError(target);
    };
    put('policies', read.policies);
    put('locations', read.locations);
    this.#fileReport(part, read.files);
    if (!read.policies.length && !read.locations.length) {
      // Nothing to evaluate: say so, and what each file looked like, where the alert is read.
      this.#partError(part, undefined, this.#s['files.none']);
      this.#status.errors([
        this.#s['files.none'],
        ...read.files.map((f) => `${f.name}: ${f.notes.map((n) => this.#say(n).text).join(' ')}`),
      ]);
      this.#status.hideResults();
    }
  }

  /** The list of what became of each file, under the box the files were given to. */
  #fileReport(part: Part, files: readonly FileReport[]) {
    const region = this.#root.querySelector(`[data-files="${part}"]`);
    if (!region) return;
    const sum = (k: 'policies' | 'locations') => files.reduce((n, f) => n + f[k], 0);
    const skipped = files.filter((f) => f.status === 'skipped').length;
    const totals = fill(this.#s['files.totals'], {
      read: files.length - skipped,
      skipped,
      policies: sum('policies'),
      locations: sum('locations'),
    });
    const list = h(
      'ul',
      { class: 'file-list' },
      ...files.map((f) =>
        h(
          'li',
          { class: `is-${f.status}`, 'data-file-status': f.status },
          h('code', {}, f.name),
          ': ',
          f.status === 'read'
            ? fill(this.#s['files.read'], { policies: f.policies, locations: f.locations })
            : this.#s['files.skipped'],
          ...f.notes.map((n) => h('span', { class: 'note' }, ` ${this.#say(n).text}`)),
        ),
      ),
    );
    const details = h(
      'details',
      { class: 'files' },
      h('summary', {}, this.#s['files.heading']),
      list,
    );
    details.open = skipped > 0 && files.length <= 50;
    region.replaceChildren(h('p', { class: 'note', role: 'status' }, totals), details);
  }

  /** Fills the three boxes with the sample tenant and one of its sign-ins, then evaluates. */
  loadSample(signInId: string) {
    const sample = sampleTenant(this.#locale as Locale);
    const signIn = sample.signIns.find((x) => x.id === signInId) ?? sample.signIns[0];
    const set = (part: Part, text: string) => {
      const box = this.#box(part);
      if (box) box.value = text;
    };
    const region = this.#root.querySelector('[data-sample-signins]');
    if (region && !region.childElementCount) {
      const select = h('select', { id: 'kb-what-if-sample', 'data-sample': '' });
      for (const x of sample.signIns) select.append(h('option', { value: x.id }, x.label));
      region.append(h('label', { for: 'kb-what-if-sample' }, this.#s['sample.signIn']), select);
    }
    const select = region?.querySelector('select');
    if (select && signIn) select.value = signIn.id;
    set('policies', sample.policies);
    set('locations', sample.locations);
    if (signIn) set('scenario', signIn.scenario);
    this.scenarioEdited();
    for (const part of ['policies', 'locations'] as const)
      this.#root.querySelector(`[data-files="${part}"]`)?.replaceChildren();
    if (this.evaluate({ focus: false }) && signIn)
      this.#status.message(fill(this.#s['sample.loaded'], { label: signIn.label }));
  }

  /** Fills the scenario from a pasted details block, and says what it filled and how. */
  fillFromDetails() {
    const text = this.#root.querySelector<HTMLTextAreaElement>('textarea[data-details]')?.value;
    const current = this.#scenario();
    if (!current.ok) {
      this.#jsonBlocksForm(current.error);
      return;
    }
    const { scenario, filled, notes } = scenarioFromDetails(text ?? '', current.value);
    this.#writeScenario(scenario);
    writeForm(this.#root, scenario);
    const out = this.#root.querySelector('[data-filled]');
    out?.replaceChildren(
      ...filledFields(
        this.#s,
        filled,
        notes.map((n) => this.#say(n)),
      ),
    );
  }

  /** Downloads the scenario as JSON (made in the page: a blob, never a request). */
  saveScenario() {
    const parsed = this.#scenario();
    if (!parsed.ok) {
      this.#partError('scenario', parsed.error);
      return;
    }
    const json = JSON.stringify(scenarioToRequest(parsed.value), null, 2);
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const link = h('a', { href: url, download: 'what-if-scenario.json', hidden: '' });
    this.#root.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  /**
   * Copies a link to this evaluation: only what it needs, compressed, after `#wi=` (see
   * `share.ts`), on the site's public address; says how long it is, and warns when it is longer
   * than chat and ticket tools keep.
   */
  async copyLink() {
    this.#status.error('');
    const parts: Partial<Record<FragmentPart, unknown>> = {};
    for (const part of inputParts) {
      const text = this.#box(part)?.value ?? '';
      if (!text.trim()) continue;
      const json = readJson(text);
      if (!json.ok) {
        this.#partError(part, json.error);
        this.#status.error(fill(this.#s[`error.${part}`], { message: this.#say(json.error).text }));
        return;
      }
      parts[part] = json.value;
    }
    const url = absoluteUrl(`${location.pathname}${await shareFragment(parts)}`, this.#site);
    if (url.length > MAX_FRAGMENT_CHARS) {
      this.#status.error(this.#s['link.tooLong']);
      return;
    }
    const wrap = this.#root.querySelector<HTMLElement>('[data-link]');
    const field = this.#root.querySelector<HTMLInputElement>('[data-link-field]');
    const size = this.#root.querySelector('[data-link-size]');
    const number = new Intl.NumberFormat(this.#locale);
    if (field) field.value = url;
    if (size) {
      const long = url.length > LINK_WARN_CHARS;
      size.classList.toggle('warning', long);
      size.textContent = [
        fill(this.#s['link.size'], { count: number.format(url.length) }),
        long ? fill(this.#s['link.long'], { max: number.format(LINK_WARN_CHARS) }) : '',
      ]
        .filter(Boolean)
        .join(' ');
    }
    if (wrap) wrap.hidden = false;
    try {
      await navigator.clipboard.writeText(url);
      this.#status.message(this.#s['link.copied']);
    } catch {
      field?.focus();
      field?.select();
      this.#status.message(this.#s['link.manual']);
    }
  }

  /**
   * Opens an evaluation from a fragment, the compressed form (`#wi=`) or the older one
   * (`#policies=…&locations=…&scenario=…`): fills the boxes, then evaluates.
   */
  async openFragment(hash: string) {
    let parts: Partial<Record<FragmentPart, string>>;
    let errors: Reason[];
    if (isShareFragment(hash)) {
      const read = await readShareFragment(hash);
      parts = read.ok ? read.parts : {};
      errors = read.ok ? [] : [read.error];
    } else ({ parts, errors } = fromFragment(hash));
    for (const part of inputParts) {
      const box = this.#box(part);
      const text = parts[part];
      if (box && text !== undefined) box.value = text;
    }
    if (parts.scenario !== undefined) this.scenarioEdited();
    if (errors.length) {
      this.#status.errors(
        errors.map((e) => fill(this.#s['error.link'], { message: this.#say(e).text })),
      );
      this.#status.hideResults();
      return;
    }
    if (this.evaluate({ focus: false })) this.#status.message(this.#s['status.fromLink']);
  }

  // ------------------------------------------------------------------ evaluation

  /** Reads the inputs and evaluates; false (with messages) when an input cannot be read. */
  evaluate({ focus = true }: { focus?: boolean } = {}): boolean {
    this.#status.error('');
    this.#status.message('');
    const read = readInputs({
      policies: this.#box('policies')?.value ?? '',
      locations: this.#box('locations')?.value ?? '',
      scenario: this.#box('scenario')?.value ?? '',
    });
    const problems = read.ok ? [] : read.problems;
    // Each box says what is wrong with it (or clears); the alert lists them all.
    for (const part of inputParts) {
      const problem = problems.find((p) => p.part === part);
      if (problem && 'missing' in problem)
        this.#partError(part, undefined, this.#s['error.noPolicies']);
      else this.#partError(part, problem?.error);
    }
    if (!read.ok) {
      this.#status.errors(
        problems.map((p) =>
          'missing' in p
            ? this.#s['error.noPolicies']
            : fill(this.#s[`error.${p.part}`], { message: this.#say(p.error).text }),
        ),
      );
      this.#status.hideResults();
      return false;
    }
    this.namesEdited(); // the names as they are now, even if typed a moment ago
    const book = this.#book(read.names);
    const input = { ...read.input, names: book };
    const start = performance.now();
    const result = evaluate(input);
    const explained = explain(result, this.#messages, book);
    const ms = performance.now() - start;
    const policies = new Map(read.input.policies.map((p) => [p.id, p]));
    // Each warning once, however many inputs or policies raised it.
    const notes = uniqueReasons([...read.warnings, ...result.warnings]).map((w) =>
      this.#say(w, book),
    );
    const fields = unsetFields(input);
    renderResult(
      this.#root,
      { s: this.#s, messages: this.#messages, policies },
      result,
      explained,
      notes,
      { fields, difference: () => unsetDifference(input, result) },
    );
    this.#status.message(
      fill(this.#s['status.done'], {
        count: result.policies.length,
        ms: new Intl.NumberFormat(this.#locale, { maximumFractionDigits: 1 }).format(ms),
      }),
    );
    if (focus) this.#root.querySelector<HTMLElement>('[data-results] h3')?.focus();
    return true;
  }
}
