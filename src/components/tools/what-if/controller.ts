/**
 * The What If tool once it is in use: loaded by `kb-what-if` on first use, with the engine
 * (`src/lib/whatif/`). It reads the three inputs (policies, named locations, scenario), keeps
 * the scenario's form and JSON in step (`src/lib/whatif/form.ts`), evaluates, and renders the
 * result: the verdict, the "why wasn't I excluded?" view of each blocking policy, then every
 * policy with each condition's outcome and reason. Everything the reader pasted is shown as text
 * nodes (`textContent`, never HTML), and the engine's sentences arrive as parts, so a display
 * name full of markup stays text. Nothing leaves the page: the only output is the DOM, a
 * download made in the page and the clipboard.
 */
import {
  evaluate,
  explain,
  fromFragment,
  parseNamedLocations,
  parsePolicies,
  parseScenario,
  readJson,
  requirementSentence,
  scenarioFromDetails,
  scenarioToRequest,
  sentence,
  toFragment,
  MAX_JSON_CHARS,
  type Explained,
  type FragmentPart,
  type InputError,
  type Locale,
  type NamedLocation,
  type Parsed,
  type Policy,
  type PolicyResult,
  type Reason,
  type Scenario,
  type Sentence,
  type WhatIfResult,
} from '~/lib/whatif/index.ts';
import { MAX_FRAGMENT_CHARS } from '~/lib/whatif/fragment.ts';
import {
  applyField,
  formFields,
  formValues,
  isFormField,
  type FormValues,
} from '~/lib/whatif/form.ts';
import type { WhatIfPayload, WhatIfStrings } from './payload';

type Part = 'policies' | 'locations' | 'scenario';
type StringKey = keyof WhatIfStrings;

const emptyScenario = (): Scenario => ({ identity: { kind: 'user' }, directory: {} });

/** Icons beside the words (never alone: the text says the same). */
const verdictIcons = { block: '✕', grant: '!', allow: '✓', unknown: '?' } as const;
const outcomeIcons = { match: '✓', noMatch: '✕', unknown: '?', notConfigured: '–' } as const;
const triIcons = { yes: '✓', no: '✕', unknown: '?' } as const;

/** Fills `{name}` placeholders of an interface string. */
function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Creates an element with a class and, optionally, text. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A sentence as nodes: text, with portal labels in `<em>`. Never parsed as HTML. */
function sentenceNodes(s: Sentence): DocumentFragment {
  const out = document.createDocumentFragment();
  for (const part of s.parts) {
    if (part.em) out.append(el('em', undefined, part.text));
    else out.append(document.createTextNode(part.text));
  }
  return out;
}

/** A paragraph holding a sentence. */
function sentenceP(s: Sentence, className?: string): HTMLParagraphElement {
  const p = el('p', className);
  p.append(sentenceNodes(s));
  return p;
}

/** An icon that sighted readers see beside the words; screen readers get the words only. */
function icon(glyph: string): HTMLSpanElement {
  const span = el('span', 'kb-wi-icon', glyph);
  span.setAttribute('aria-hidden', 'true');
  return span;
}

export class WhatIfController {
  #root: HTMLElement;
  #s: WhatIfStrings;
  #locale: Locale;

  /** Binds the tool to its element and strings. */
  constructor(root: HTMLElement, payload: WhatIfPayload) {
    this.#root = root;
    this.#s = payload.strings;
    this.#locale = payload.locale === 'it' ? 'it' : 'en';
  }

  // ------------------------------------------------------------------ inputs and form

  /** The text box of a part. */
  #box(part: Part): HTMLTextAreaElement | null {
    return this.#root.querySelector<HTMLTextAreaElement>(`textarea[data-input="${part}"]`);
  }

  /** The engine's sentence for an input error or note, in the page's language. */
  #say(reason: Reason): Sentence {
    return sentence(reason, this.#locale);
  }

  /** Shows (or clears) the error line under a part; a syntax error also selects its place. */
  #partError(part: Part, error?: InputError, text?: string) {
    const line = this.#root.querySelector(`[data-part-error="${part}"]`);
    if (line) line.textContent = text ?? (error ? this.#say(error).text : '');
    const box = this.#box(part);
    if (box && error?.offset !== undefined && box.value.length < 500_000)
      box.setSelectionRange(error.offset, Math.min(box.value.length, error.offset + 1));
  }

  /** The scenario in the JSON box: empty means "nothing known yet". */
  #scenario(): Parsed<Scenario> {
    const text = this.#box('scenario')?.value ?? '';
    return text.trim() ? parseScenario(text) : { ok: true, value: emptyScenario(), warnings: [] };
  }

  /** Says under the JSON box that the form cannot change it until it reads again. */
  #jsonBlocksForm(error: Reason) {
    this.#partError(
      'scenario',
      undefined,
      fill(this.#s['json.invalid'], { message: this.#say(error).text }),
    );
  }

  /** The form's current values. */
  #formValues(): Partial<FormValues> {
    const values: Partial<FormValues> = {};
    for (const control of this.#root.querySelectorAll<
      HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement
    >('[data-field]')) {
      const field = control.dataset.field ?? '';
      if (isFormField(field)) values[field] = control.value;
    }
    return values;
  }

  /** Puts a scenario's values in the form, except in the field being typed in. */
  #writeForm(scenario: Scenario, except?: string) {
    const values = formValues(scenario);
    for (const field of formFields) {
      if (field === except) continue;
      const control = this.#root.querySelector<
        HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement
      >(`[data-field="${field}"]`);
      if (!control) continue;
      const value = values[field];
      if (control instanceof HTMLSelectElement) {
        const options = [...control.options];
        const match = options.find((o) => o.value.toLowerCase() === value.toLowerCase());
        if (match) control.value = match.value;
        else {
          // A value the list does not offer (say, from pasted JSON): shown as it is.
          control.append(new Option(value, value));
          control.value = value;
        }
      } else control.value = value;
    }
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
    const values = this.#formValues();
    const next = applyField(current.value, field, values[field] ?? '', values);
    this.#writeScenario(next);
    this.#writeForm(next, field);
  }

  /** The JSON box changed: when it reads, the form follows; when not, say where it breaks. */
  scenarioEdited() {
    const parsed = this.#scenario();
    if (!parsed.ok) {
      this.#partError('scenario', parsed.error);
      return;
    }
    this.#partError('scenario');
    this.#writeForm(parsed.value);
  }

  /** Reads a chosen or dropped file into a part (the scenario's form follows). */
  async loadFile(part: string, file: File) {
    if (part !== 'policies' && part !== 'locations' && part !== 'scenario') return;
    this.#setError('');
    if (file.size > MAX_JSON_CHARS) {
      const text = fill(this.#s['error.fileTooLarge'], {
        size: file.size,
        max: MAX_JSON_CHARS,
      });
      this.#partError(part, undefined, text);
      this.#setError(text);
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
      if (this.#scenario().ok) this.#setMessage(this.#s['status.scenarioLoaded']);
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
    this.#writeForm(scenario);
    const out = this.#root.querySelector('[data-filled]');
    if (!out) return;
    out.replaceChildren();
    if (filled.length) {
      out.append(el('p', undefined, this.#s['details.filled']));
      const list = el('ul');
      for (const f of filled) {
        const name = this.#s[`details.field.${f.field}` as StringKey] ?? f.field;
        const item = el('li', undefined, `${name}: `);
        item.append(el('code', undefined, f.value));
        if (f.inferred) item.append(` (${this.#s['details.inferred']})`);
        list.append(item);
      }
      out.append(list);
    }
    for (const note of notes) out.append(sentenceP(this.#say(note), 'kb-wi-note'));
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
    const link = el('a');
    link.href = url;
    link.download = 'what-if-scenario.json';
    link.hidden = true;
    this.#root.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  /** Copies a link whose fragment carries the three inputs (compact JSON). */
  async copyLink() {
    this.#setError('');
    const parts: Partial<Record<FragmentPart, unknown>> = {};
    for (const part of ['policies', 'locations', 'scenario'] as const) {
      const text = this.#box(part)?.value ?? '';
      if (!text.trim()) continue;
      const json = readJson(text);
      if (!json.ok) {
        this.#partError(part, json.error);
        this.#setError(fill(this.#s[`error.${part}`], { message: this.#say(json.error).text }));
        return;
      }
      parts[part] = json.value;
    }
    const url = `${location.origin}${location.pathname}${toFragment(parts)}`;
    if (url.length > MAX_FRAGMENT_CHARS) {
      this.#setError(this.#s['link.tooLong']);
      return;
    }
    const wrap = this.#root.querySelector<HTMLElement>('[data-link]');
    const field = this.#root.querySelector<HTMLInputElement>('[data-link-field]');
    if (field) field.value = url;
    try {
      await navigator.clipboard.writeText(url);
      this.#setMessage(this.#s['link.copied']);
    } catch {
      if (wrap) wrap.hidden = false;
      field?.focus();
      field?.select();
      this.#setMessage(this.#s['link.manual']);
    }
  }

  /** Opens an evaluation from a fragment: fills the boxes, then evaluates. */
  openFragment(hash: string) {
    const { parts, errors } = fromFragment(hash);
    for (const part of ['policies', 'locations', 'scenario'] as const) {
      const box = this.#box(part);
      const text = parts[part];
      if (box && text !== undefined) box.value = text;
    }
    if (parts.scenario !== undefined) this.scenarioEdited();
    if (errors.length) {
      this.#showErrors(
        errors.map((e) => fill(this.#s['error.link'], { message: this.#say(e).text })),
      );
      this.#hideResults();
      return;
    }
    if (this.evaluate({ focus: false })) this.#setMessage(this.#s['status.fromLink']);
  }

  // ------------------------------------------------------------------ evaluation

  /** Reads the inputs and evaluates; false (with messages) when an input cannot be read. */
  evaluate({ focus = true }: { focus?: boolean } = {}): boolean {
    this.#setError('');
    this.#setMessage('');
    const errors: string[] = [];
    const policiesText = this.#box('policies')?.value ?? '';
    const locationsText = this.#box('locations')?.value ?? '';
    let policies: Parsed<Policy[]> | undefined;
    if (!policiesText.trim()) {
      this.#partError('policies', undefined, this.#s['error.noPolicies']);
      errors.push(this.#s['error.noPolicies']);
    } else {
      policies = parsePolicies(policiesText);
      this.#partError('policies', policies.ok ? undefined : policies.error);
      if (!policies.ok)
        errors.push(fill(this.#s['error.policies'], { message: this.#say(policies.error).text }));
    }
    let locations: Parsed<NamedLocation[]> | undefined;
    if (locationsText.trim()) {
      locations = parseNamedLocations(locationsText);
      this.#partError('locations', locations.ok ? undefined : locations.error);
      if (!locations.ok)
        errors.push(fill(this.#s['error.locations'], { message: this.#say(locations.error).text }));
    } else this.#partError('locations');
    const scenario = this.#scenario();
    this.#partError('scenario', scenario.ok ? undefined : scenario.error);
    if (!scenario.ok)
      errors.push(fill(this.#s['error.scenario'], { message: this.#say(scenario.error).text }));
    if (errors.length || !policies?.ok || (locations && !locations.ok) || !scenario.ok) {
      this.#showErrors(errors);
      this.#hideResults();
      return false;
    }
    const start = performance.now();
    const result = evaluate({
      policies: policies.value,
      locations: locations?.ok ? locations.value : undefined,
      scenario: scenario.value,
    });
    const explained = explain(result, this.#locale);
    const ms = performance.now() - start;
    const warnings = [
      ...policies.warnings,
      ...(locations?.warnings ?? []),
      ...scenario.warnings,
      ...(scenario.value.context ? [] : [{ key: 'scenario.noContext', params: {} }]),
    ];
    this.#render(result, explained, policies.value, warnings);
    this.#setMessage(
      fill(this.#s['status.done'], {
        count: result.policies.length,
        ms: new Intl.NumberFormat(this.#locale, { maximumFractionDigits: 1 }).format(ms),
      }),
    );
    if (focus) this.#root.querySelector<HTMLElement>('#kb-wi-result-heading')?.focus();
    return true;
  }

  // ------------------------------------------------------------------ rendering

  /** Renders the whole result. */
  #render(result: WhatIfResult, ex: Explained, policies: Policy[], warnings: Reason[]) {
    const section = this.#root.querySelector<HTMLElement>('[data-results]');
    const verdictRegion = this.#root.querySelector('[data-verdict-region]');
    const details = this.#root.querySelector('[data-details-region]');
    if (!section || !verdictRegion || !details) return;
    const byId = new Map(policies.map((p) => [p.id, p]));
    verdictRegion.replaceChildren(this.#verdict(result, ex, warnings));
    details.replaceChildren();
    const blocking = result.policies.filter(
      (p) => p.blocks && !p.reportOnly && p.state === 'enabled' && p.applies !== 'no',
    );
    if (blocking.length) details.append(this.#why(blocking, ex));
    details.append(this.#policyList(result, ex, byId));
    section.hidden = false;
  }

  /** The verdict box: what happens, which policies decide, what is uncertain. */
  #verdict(result: WhatIfResult, ex: Explained, warnings: Reason[]): HTMLElement {
    const box = el('div', `kb-wi-verdict is-${result.verdict}`);
    box.dataset.verdict = result.verdict;
    const title = el('p', 'kb-wi-verdict-title');
    title.append(icon(verdictIcons[result.verdict]), ` ${this.#s[`verdict.${result.verdict}`]}`);
    box.append(title, sentenceP(ex.verdict));
    if (ex.deciding) box.append(sentenceP(ex.deciding));
    if (ex.uncertain) box.append(sentenceP(ex.uncertain));
    if (result.verdict === 'unknown')
      box.append(
        el(
          'p',
          undefined,
          `${fill(this.#s['verdict.best'], { verdict: this.#s[`verdict.${result.best.verdict}`] })} ${fill(
            this.#s['verdict.worst'],
            { verdict: this.#s[`verdict.${result.worst.verdict}`] },
          )}`,
        ),
      );
    if (ex.requirements.length) {
      box.append(el('p', 'kb-wi-subhead', this.#s.requirements));
      const list = el('ul');
      for (const r of ex.requirements) {
        const li = el('li');
        li.append(sentenceNodes(r));
        list.append(li);
      }
      box.append(list);
    }
    const notes = [...warnings.map((w) => this.#say(w)), ...ex.warnings];
    if (notes.length) {
      box.append(el('p', 'kb-wi-subhead', this.#s.warnings));
      const list = el('ul', 'kb-wi-warnings');
      for (const n of notes) {
        const li = el('li');
        li.append(sentenceNodes(n));
        list.append(li);
      }
      box.append(list);
    }
    return box;
  }

  /** "Why wasn't I excluded?": each blocking policy's exclusions, and how to fall under them. */
  #why(blocking: PolicyResult[], ex: Explained): HTMLElement {
    const wrap = el('div', 'kb-wi-why');
    wrap.append(
      el('h4', undefined, this.#s['why.heading']),
      el('p', undefined, this.#s['why.intro']),
    );
    for (const p of blocking) {
      const card = el('div', 'kb-wi-why-policy');
      card.dataset.whyPolicyId = p.id;
      card.append(el('h5', undefined, p.displayName));
      const exp = ex.policies.find((x) => x.id === p.id);
      if (!p.exclusions.length || !exp) {
        card.append(el('p', undefined, this.#s['why.none']));
      } else {
        const list = el('ul', 'kb-wi-exclusions');
        p.exclusions.forEach((hint, i) => {
          const e = exp.exclusions[i];
          if (!e) return;
          const li = el('li', `is-${hint.status}`);
          const status = el('p', 'kb-wi-tri');
          status.append(icon(triIcons[hint.status]), ' ', sentenceNodes(e.status));
          li.append(status, sentenceP(e.requirement));
          list.append(li);
        });
        card.append(list);
      }
      wrap.append(card);
    }
    return wrap;
  }

  /** Every policy: enabled ones, report-only ones apart, disabled ones as skipped. */
  #policyList(result: WhatIfResult, ex: Explained, byId: Map<string, Policy>): HTMLElement {
    const wrap = el('div', 'kb-wi-policies');
    wrap.append(el('h4', undefined, this.#s['policies.heading']));
    const groups: [StringKey, StringKey | undefined, PolicyResult[]][] = [
      ['policies.enforced', undefined, result.policies.filter((p) => p.state === 'enabled')],
      [
        'policies.reportOnly',
        'policies.reportOnlyIntro',
        result.policies.filter((p) => p.reportOnly),
      ],
      [
        'policies.disabled',
        'policies.disabledIntro',
        result.policies.filter((p) => p.state === 'disabled'),
      ],
    ];
    // Policies whose state the engine could not read are listed with the enabled ones.
    const listed = new Set(groups.flatMap(([, , ps]) => ps.map((p) => p.id)));
    groups[0]?.[2].push(...result.policies.filter((p) => !listed.has(p.id)));
    for (const [heading, intro, ps] of groups) {
      const section = el('section', 'kb-wi-group');
      section.append(el('h5', undefined, this.#s[heading]));
      if (intro) section.append(el('p', 'kb-wi-note', this.#s[intro]));
      if (!ps.length) section.append(el('p', undefined, this.#s['policies.none']));
      else {
        const list = el('ul', 'kb-wi-policy-list');
        for (const p of ps) {
          const exp = ex.policies.find((x) => x.id === p.id);
          list.append(
            p.state === 'disabled' ? this.#disabled(p) : this.#policy(p, exp, byId.get(p.id)),
          );
        }
        section.append(list);
      }
      wrap.append(section);
    }
    return wrap;
  }

  /** A disabled policy: listed, not evaluated. */
  #disabled(p: PolicyResult): HTMLElement {
    const li = el('li', 'kb-wi-policy is-disabled');
    li.dataset.policyId = p.id;
    li.dataset.applies = 'no';
    li.append(el('h6', undefined, p.displayName));
    const state = el('p', 'kb-wi-tri');
    state.append(icon('–'), ` ${this.#s['policy.skipped']}`);
    li.append(state);
    return li;
  }

  /** One evaluated policy: whether it applies, what it asks, and each condition. */
  #policy(p: PolicyResult, exp: Explained['policies'][number] | undefined, policy?: Policy) {
    const li = el('li', `kb-wi-policy is-applies-${p.applies}`);
    li.dataset.policyId = p.id;
    li.dataset.applies = p.applies;
    if (p.reportOnly) {
      li.dataset.reportOnly = '';
      li.classList.add('is-report-only');
    }
    if (p.blocks) li.classList.add('is-blocking');
    li.append(el('h6', undefined, p.displayName));
    const badges = el('p', 'kb-wi-badges');
    const applies = el('span', `kb-wi-badge is-${p.applies}`);
    applies.append(icon(triIcons[p.applies]), ' ');
    if (exp) applies.append(sentenceNodes(exp.applies));
    badges.append(applies);
    if (p.reportOnly) {
      badges.append(' ', el('span', 'kb-wi-badge is-report-only', this.#s['policy.reportOnly']));
    }
    li.append(badges);
    if (p.blocks) {
      li.append(sentenceP(this.#plain(this.#s['policy.blocks'], 'Block access')));
      if (p.reportOnly) li.append(el('p', 'kb-wi-note', this.#s['policy.wouldBlock']));
    } else if (p.requirement) {
      li.append(sentenceP(requirementSentence(p.requirement, p.displayName, this.#locale)));
    }
    if (p.sessionControls.length)
      li.append(
        el(
          'p',
          'kb-wi-note',
          fill(this.#s['policy.session'], { list: p.sessionControls.join(', ') }),
        ),
      );
    for (const issue of exp?.issues ?? []) li.append(sentenceP(issue, 'kb-wi-warning'));
    if (!exp || !p.conditions.length) return li;

    const details = el('details', 'kb-wi-conditions');
    details.open = p.applies !== 'no';
    details.append(el('summary', undefined, this.#s['policy.conditions']));
    const tableWrap = el('div', 'kb-wi-table-wrap');
    const table = el('table');
    // Explicit roles: on a phone the CSS shows rows as blocks, which would drop table semantics.
    table.setAttribute('role', 'table');
    const head = el('tr');
    head.setAttribute('role', 'row');
    for (const key of ['col.condition', 'col.result', 'col.reason'] as const) {
      const th = el('th', undefined, this.#s[key]);
      th.scope = 'col';
      th.setAttribute('role', 'columnheader');
      head.append(th);
    }
    table.append(el('thead'), el('tbody'));
    for (const group of [table.tHead, table.tBodies[0]]) group?.setAttribute('role', 'rowgroup');
    table.tHead?.append(head);
    p.conditions.forEach((c, i) => {
      const e = exp.conditions[i];
      if (!e) return;
      const row = el('tr', `is-${c.result}`);
      row.setAttribute('role', 'row');
      row.dataset.condition = c.condition;
      row.dataset.result = c.result;
      const name = el('th');
      name.scope = 'row';
      name.setAttribute('role', 'rowheader');
      name.append(sentenceNodes(e.name));
      const outcome = el('td', 'kb-wi-outcome');
      outcome.setAttribute('role', 'cell');
      outcome.append(icon(outcomeIcons[c.result]), ' ', sentenceNodes(e.outcome));
      const reason = el('td');
      reason.setAttribute('role', 'cell');
      reason.append(
        sentenceP(
          e.reason,
          c.reason.key === 'devices.invalidRule' ? 'kb-wi-rule-error' : undefined,
        ),
      );
      if (c.reason.key === 'devices.invalidRule') reason.append(this.#ruleMarker(c.reason, policy));
      for (const note of e.notes) reason.append(sentenceP(note, 'kb-wi-note'));
      if (c.trace && c.trace.leaves.length) reason.append(this.#trace(c.trace.leaves));
      row.append(name, outcome, reason);
      table.tBodies[0]?.append(row);
    });
    tableWrap.append(table);
    details.append(tableWrap);
    li.append(details);
    return li;
  }

  /** A sentence from one of our strings whose `label` is a portal label (set in italics). */
  #plain(text: string, label: string): Sentence {
    const at = text.indexOf(label);
    if (at < 0) return { text, parts: [{ text, em: false }] };
    const parts = [
      { text: text.slice(0, at), em: false },
      { text: label, em: true },
      { text: text.slice(at + label.length), em: false },
    ].filter((x) => x.text);
    return { text, parts };
  }

  /**
   * A device-filter rule that does not parse, under the engine's sentence (which names the error
   * and its position): the rule with a marker under the place of the error.
   */
  #ruleMarker(reason: Reason, policy?: Policy): DocumentFragment {
    const out = document.createDocumentFragment();
    const offset = Number(reason.params.offset) || 0;
    const rule = policy?.conditions.deviceFilter?.rule;
    if (rule !== undefined) {
      // The rule line by line; under the line with the error, a caret at its column.
      const before = rule.slice(0, offset);
      const lineStart = before.lastIndexOf('\n') + 1;
      const lineEnd = rule.indexOf('\n', offset);
      const end = lineEnd < 0 ? rule.length : lineEnd;
      const column = [...rule.slice(lineStart, offset)].length;
      const pre = el('pre', 'kb-wi-rule');
      pre.dataset.errorOffset = String(offset);
      const marker = el('span', 'kb-wi-marker', `${' '.repeat(column)}^`);
      marker.setAttribute('aria-hidden', 'true');
      pre.append(rule.slice(0, end), '\n', marker, rule.slice(end));
      out.append(pre);
    }
    return out;
  }

  /** The parts of a device filter rule, each with its result on the scenario's device. */
  #trace(
    leaves: NonNullable<WhatIfResult['policies'][number]['conditions'][number]['trace']>['leaves'],
  ) {
    const wrap = el('div', 'kb-wi-trace');
    wrap.append(el('p', 'kb-wi-note', this.#s['rule.parts']));
    const list = el('ul');
    for (const leaf of leaves) {
      const li = el('li');
      const value =
        leaf.actual === undefined
          ? this.#s['rule.actualUnknown']
          : leaf.actual === null
            ? this.#s['rule.actualEmpty']
            : fill(this.#s['rule.actual'], {
                value: Array.isArray(leaf.actual) ? leaf.actual.join(', ') : leaf.actual,
              });
      li.append(
        el('code', undefined, leaf.text),
        ' ',
        icon(triIcons[leaf.result]),
        ` ${this.#s[`tri.${leaf.result}`]} (${value})`,
      );
      list.append(li);
    }
    wrap.append(list);
    return wrap;
  }

  // ------------------------------------------------------------------ status

  /** Hides the result (after an error, an old result would mislead). */
  #hideResults() {
    const section = this.#root.querySelector<HTMLElement>('[data-results]');
    if (section) section.hidden = true;
  }

  /** Sets the polite status line. */
  #setMessage(text: string) {
    const line = this.#root.querySelector('[data-message]');
    if (line) line.textContent = text;
  }

  /** Sets (or clears) the alert region with one line. */
  #setError(text: string) {
    this.#showErrors(text ? [text] : []);
  }

  /** Sets the alert region to these lines. */
  #showErrors(lines: string[]) {
    const region = this.#root.querySelector('[data-error]');
    if (region) region.replaceChildren(...lines.map((line) => el('p', undefined, line)));
  }
}
