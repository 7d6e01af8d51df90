/**
 * The What If tool once it is in use: loaded by `kb-what-if` on first use, with the engine
 * (`src/lib/what-if/`) and the engine's sentences in the page's language. It reads the three
 * inputs (policies, named locations, scenario), keeps the scenario's form and JSON in step
 * (`scenario-form.ts`), evaluates, and hands the result to `render/`. Everything the reader
 * pasted is shown as text nodes (`textContent`, never HTML), and the engine's sentences arrive as
 * parts, so a display name full of markup stays text. Nothing leaves the page: the only output is
 * the DOM, a download made in the page and the clipboard.
 */
import {
  evaluate,
  explain,
  fromFragment,
  parseNamedLocations,
  parsePolicies,
  readInputs,
  readJson,
  readScenario,
  scenarioFromDetails,
  scenarioToRequest,
  sentence,
  toFragment,
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
import { applyField, isFormField } from '~/lib/what-if/form.ts';
import { fill } from '~/lib/text.ts';
import { h } from '~/components/shared/dom.ts';
import { Status } from './status';
import type { WhatIfPayload } from './payload';
import type { WhatIfStrings } from './strings';
import { renderResult } from './render/result';
import { filledFields } from './render/filled';
import { readForm, writeForm } from './scenario-form';

/** The three inputs, in the order of the page. */
const inputParts = ['policies', 'locations', 'scenario'] as const satisfies readonly Part[];

export class WhatIfController {
  #root: HTMLElement;
  #s: WhatIfStrings;
  #locale: string;
  #messages: Messages;
  #status: Status;

  /** Binds the tool to its element, its strings and the engine's sentences. */
  constructor(root: HTMLElement, payload: WhatIfPayload, messages: Messages) {
    this.#root = root;
    this.#s = payload.strings;
    this.#locale = payload.locale;
    this.#messages = messages;
    this.#status = new Status(root);
  }

  // ------------------------------------------------------------------ inputs and form

  /** The text box of a part. */
  #box(part: Part): HTMLTextAreaElement | null {
    return this.#root.querySelector<HTMLTextAreaElement>(`textarea[data-input="${part}"]`);
  }

  /** The engine's sentence for an input error or note, in the page's language. */
  #say(reason: Reason): Sentence {
    return sentence(reason, this.#messages);
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

  /** Reads a chosen or dropped file into a part (the scenario's form follows). */
  async loadFile(part: string, file: File) {
    if (part !== 'policies' && part !== 'locations' && part !== 'scenario') return;
    this.#status.error('');
    if (file.size > MAX_JSON_CHARS) {
      const text = fill(this.#s['error.fileTooLarge'], {
        size: file.size,
        max: MAX_JSON_CHARS,
      });
      this.#partError(part, undefined, text);
      this.#status.error(text);
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      this.#partError(part, undefined, this.#s['error.fileRead']);
      return;
    }
    const box = this.#box(part);
    if (!box) return;
    box.value = text;
    if (part === 'scenario') {
      this.scenarioEdited();
      if (this.#scenario().ok) this.#status.message(this.#s['status.scenarioLoaded']);
      return;
    }
    const parsed = part === 'policies' ? parsePolicies(text) : parseNamedLocations(text);
    this.#partError(part, parsed.ok ? undefined : parsed.error);
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

  /** Copies a link whose fragment carries the three inputs (compact JSON). */
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
    const url = `${location.origin}${location.pathname}${toFragment(parts)}`;
    if (url.length > MAX_FRAGMENT_CHARS) {
      this.#status.error(this.#s['link.tooLong']);
      return;
    }
    const wrap = this.#root.querySelector<HTMLElement>('[data-link]');
    const field = this.#root.querySelector<HTMLInputElement>('[data-link-field]');
    if (field) field.value = url;
    try {
      await navigator.clipboard.writeText(url);
      this.#status.message(this.#s['link.copied']);
    } catch {
      if (wrap) wrap.hidden = false;
      field?.focus();
      field?.select();
      this.#status.message(this.#s['link.manual']);
    }
  }

  /** Opens an evaluation from a fragment: fills the boxes, then evaluates. */
  openFragment(hash: string) {
    const { parts, errors } = fromFragment(hash);
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
    const start = performance.now();
    const result = evaluate(read.input);
    const explained = explain(result, this.#messages);
    const ms = performance.now() - start;
    const policies = new Map(read.input.policies.map((p) => [p.id, p]));
    renderResult(
      this.#root,
      { s: this.#s, messages: this.#messages, policies },
      result,
      explained,
      [...read.warnings.map((w) => this.#say(w)), ...explained.warnings],
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
