/**
 * The device-filter rule language of Conditional Access ("filter for devices"), which is the
 * rule syntax of dynamic membership groups restricted to device properties:
 *
 *   rule       := or
 *   or         := and ( -or and )*
 *   and        := not ( -and not )*
 *   not        := -not not | primary
 *   primary    := ( rule ) | comparison
 *   comparison := device.<property> <operator> value
 *   value      := "text" | 'text' | true | false | null | number | [ value, … ]   (lists for -in/-notIn)
 *
 * Precedence, highest first: comparisons, -not, -and, -or (as Learn lists it). Operators are
 * case-insensitive and may be written without the leading hyphen (Learn says so); an en dash or
 * minus sign copied from a web page counts as a hyphen. In double-quoted strings `` `" `` is a
 * quote; in single-quoted strings `''` is one. String comparison ignores case.
 *
 * The parser never throws: it returns the tree or an error with the offset and a message key.
 * The evaluator is three-valued: a property the scenario does not give is `unknown`, and the
 * documented rule for devices not registered in Entra (every property null: positive operators
 * never match, negative ones do) is applied to every comparison.
 */
import { triEquals, triOf, triOr } from './tri.ts';
import type { DeviceInfo, FilterLeafTrace, Reason, Tri } from './types.ts';

/** The documented maximum length of a filter rule. */
export const MAX_RULE_LENGTH = 3072;
/** Deeper nesting is refused so that parsing and printing never exhaust the stack. */
export const MAX_RULE_DEPTH = 100;
/** Longest `-match` pattern the evaluator will compile. */
export const MAX_REGEX_LENGTH = 256;

export const operators = [
  'eq',
  'ne',
  'startsWith',
  'notStartsWith',
  'endsWith',
  'notEndsWith',
  'contains',
  'notContains',
  'in',
  'notIn',
  'match',
  'notMatch',
] as const;
export type Operator = (typeof operators)[number];

/** Operators whose result is the negation of a positive one (Learn's "negative operators"). */
export const negativeOperators: ReadonlySet<Operator> = new Set([
  'ne',
  'notStartsWith',
  'notEndsWith',
  'notContains',
  'notIn',
  'notMatch',
]);

const positiveOf: Record<Operator, Operator> = {
  eq: 'eq',
  ne: 'eq',
  startsWith: 'startsWith',
  notStartsWith: 'startsWith',
  endsWith: 'endsWith',
  notEndsWith: 'endsWith',
  contains: 'contains',
  notContains: 'contains',
  in: 'in',
  notIn: 'in',
  match: 'match',
  notMatch: 'match',
};

export type RuleScalar =
  | { kind: 'string'; value: string }
  | { kind: 'bool'; value: boolean }
  | { kind: 'number'; value: string }
  | { kind: 'null' };

export type RuleNode =
  | { type: 'or' | 'and'; left: RuleNode; right: RuleNode }
  | { type: 'not'; operand: RuleNode }
  | {
      type: 'cmp';
      property: string;
      operator: Operator;
      value: RuleScalar | RuleScalar[];
      /** Offsets of the comparison in the source text. */
      start: number;
      end: number;
    };

export type RuleParse =
  | { ok: true; ast: RuleNode }
  | { ok: false; error: { key: string; offset: number; params: Record<string, string | number> } };

type Token =
  | { t: '(' | ')' | '[' | ']' | ','; at: number; end: number }
  | { t: 'op'; op: Operator; at: number; end: number }
  | { t: 'logic'; op: 'and' | 'or' | 'not'; at: number; end: number }
  | { t: 'prop'; name: string; at: number; end: number }
  | { t: 'string'; value: string; at: number; end: number }
  | { t: 'number'; value: string; at: number; end: number }
  | { t: 'word'; value: string; at: number; end: number };

class RuleError {
  readonly key: string;
  readonly offset: number;
  readonly params: Record<string, string | number>;
  constructor(key: string, offset: number, params: Record<string, string | number> = {}) {
    this.key = key;
    this.offset = offset;
    this.params = params;
  }
}

const operatorByLower = new Map<string, Operator>(operators.map((o) => [o.toLowerCase(), o]));
const DASHES = '-\u2010\u2011\u2012\u2013\u2014\u2212';

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src.charAt(i);
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const start = i;
    if (c === '(' || c === ')' || c === '[' || c === ']' || c === ',') {
      tokens.push({ t: c, at: i, end: i + 1 });
      i++;
    } else if (DASHES.includes(c)) {
      const word = /^[A-Za-z]+/.exec(src.slice(i + 1, i + 40))?.[0] ?? '';
      const lower = word.toLowerCase();
      const op = operatorByLower.get(lower);
      if (op) tokens.push({ t: 'op', op, at: start, end: i + 1 + word.length });
      else if (lower === 'and' || lower === 'or' || lower === 'not')
        tokens.push({ t: 'logic', op: lower, at: start, end: i + 1 + word.length });
      else if (/\d/.test(src.charAt(i + 1))) {
        const num = /^-?\d+(?:\.\d+)?/.exec(src.slice(i).replace(/^./, '-'))?.[0] ?? '-';
        tokens.push({ t: 'number', value: num, at: start, end: i + num.length });
        i += num.length;
        continue;
      } else
        throw new RuleError(word ? 'rule.unknownOperator' : 'rule.unexpectedCharacter', start, {
          text: (c + word).slice(0, 40),
        });
      i += 1 + word.length;
    } else if (c === '"' || c === "'") {
      let value = '';
      let j = i + 1;
      let closed = false;
      while (j < src.length) {
        const d = src.charAt(j);
        if (c === '"' && d === '`' && src.charAt(j + 1) === '"') {
          value += '"';
          j += 2;
        } else if (c === "'" && d === "'" && src.charAt(j + 1) === "'") {
          value += "'";
          j += 2;
        } else if (d === c) {
          closed = true;
          j++;
          break;
        } else {
          value += d;
          j++;
        }
      }
      if (!closed) throw new RuleError('rule.unterminatedString', start);
      tokens.push({ t: 'string', value, at: start, end: j });
      i = j;
    } else if (/\d/.test(c)) {
      const num = /^\d+(?:\.\d+)?/.exec(src.slice(i, i + 64))?.[0] ?? c;
      tokens.push({ t: 'number', value: num, at: start, end: i + num.length });
      i += num.length;
    } else if (/[A-Za-z_]/.test(c)) {
      const word = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?/.exec(
        src.slice(i, i + 200),
      )?.[0];
      const w = word ?? c;
      const dot = w.indexOf('.');
      if (dot >= 0) {
        if (w.slice(0, dot).toLowerCase() !== 'device')
          throw new RuleError('rule.notDeviceProperty', start, { text: w.slice(0, 60) });
        tokens.push({ t: 'prop', name: w.slice(dot + 1), at: start, end: i + w.length });
      } else tokens.push({ t: 'word', value: w, at: start, end: i + w.length });
      i += w.length;
    } else {
      throw new RuleError('rule.unexpectedCharacter', start, { text: c });
    }
  }
  return tokens;
}

class Parser {
  #pos = 0;
  #depth = 0;
  readonly tokens: Token[];
  readonly length: number;
  constructor(tokens: Token[], length: number) {
    this.tokens = tokens;
    this.length = length;
  }

  /** The token at the cursor, if any. */
  peek(): Token | undefined {
    return this.tokens[this.#pos];
  }

  /** Offset for errors at the cursor: the token's start, or the end of the text. */
  here(): number {
    return this.peek()?.at ?? this.length;
  }

  /** Parses the whole rule. */
  rule(): RuleNode {
    const node = this.or();
    const extra = this.peek();
    if (extra)
      throw new RuleError(extra.t === ')' ? 'rule.unmatchedParen' : 'rule.expectedLogic', extra.at);
    return node;
  }

  /** `and ( -or and )*`, left-associative. */
  or(): RuleNode {
    return this.#chain('or', () => this.and());
  }

  /** `not ( -and not )*`, left-associative. */
  and(): RuleNode {
    return this.#chain('and', () => this.not());
  }

  /** `operand ( -op operand )*`, left-associative: the shape of both `or` and `and`. */
  #chain(op: 'or' | 'and', operand: () => RuleNode): RuleNode {
    let left = operand();
    for (let tok = this.peek(); tok?.t === 'logic' && tok.op === op; tok = this.peek()) {
      this.#pos++;
      left = { type: op, left, right: operand() };
    }
    return left;
  }

  /** `-not not | primary`. */
  not(): RuleNode {
    const tok = this.peek();
    if (tok?.t === 'logic' && tok.op === 'not') {
      this.#pos++;
      return this.nested(() => ({ type: 'not', operand: this.not() }));
    }
    return this.primary();
  }

  /** Runs `f` one level deeper, refusing nesting past `MAX_RULE_DEPTH`. */
  nested<T>(f: () => T): T {
    if (++this.#depth > MAX_RULE_DEPTH)
      throw new RuleError('rule.tooDeep', this.here(), { max: MAX_RULE_DEPTH });
    const out = f();
    this.#depth--;
    return out;
  }

  /** `( rule ) | comparison`. */
  primary(): RuleNode {
    const tok = this.peek();
    if (!tok) throw new RuleError('rule.unexpectedEnd', this.length);
    if (tok.t === '(') {
      this.#pos++;
      const inner = this.nested(() => this.or());
      const close = this.peek();
      if (close?.t !== ')') throw new RuleError('rule.unclosedParen', this.here(), { at: tok.at });
      this.#pos++;
      return inner;
    }
    if (tok.t !== 'prop') throw new RuleError('rule.expectedProperty', tok.at);
    this.#pos++;
    let opTok = this.peek();
    let op: Operator | undefined;
    if (opTok?.t === 'op') op = opTok.op;
    else if (opTok?.t === 'word') op = operatorByLower.get(opTok.value.toLowerCase());
    if (!opTok) throw new RuleError('rule.expectedOperator', this.length);
    if (!op) throw new RuleError('rule.expectedOperator', opTok.at);
    this.#pos++;
    const value = this.value(op);
    opTok = this.tokens[this.#pos - 1];
    return {
      type: 'cmp',
      property: tok.name,
      operator: op,
      value,
      start: tok.at,
      end: opTok?.end ?? this.length,
    };
  }

  /** The value of a comparison: a list for `-in`/`-notIn`, a scalar otherwise. */
  value(op: Operator): RuleScalar | RuleScalar[] {
    const tok = this.peek();
    if (!tok) throw new RuleError('rule.expectedValue', this.length);
    const isList = op === 'in' || op === 'notIn';
    if (tok.t === '[') {
      if (!isList) throw new RuleError('rule.unexpectedList', tok.at);
      this.#pos++;
      const items: RuleScalar[] = [];
      if (this.peek()?.t === ']') {
        this.#pos++;
        return items;
      }
      for (;;) {
        items.push(this.scalar(op));
        const next = this.peek();
        if (next?.t === ',') {
          this.#pos++;
          continue;
        }
        if (next?.t === ']') {
          this.#pos++;
          return items;
        }
        throw new RuleError('rule.unclosedList', this.here());
      }
    }
    if (isList) throw new RuleError('rule.expectedList', tok.at);
    return this.scalar(op);
  }

  /** One literal value. */
  scalar(op: Operator): RuleScalar {
    const tok = this.peek();
    if (!tok) throw new RuleError('rule.expectedValue', this.length);
    let out: RuleScalar | undefined;
    if (tok.t === 'string') out = { kind: 'string', value: tok.value };
    else if (tok.t === 'number') out = { kind: 'number', value: tok.value };
    else if (tok.t === 'word') {
      const w = tok.value.toLowerCase();
      if (w === 'true' || w === 'false') out = { kind: 'bool', value: w === 'true' };
      else if (w === 'null') out = { kind: 'null' };
    }
    if (!out) throw new RuleError('rule.expectedValue', tok.at);
    if (out.kind === 'null' && op !== 'eq' && op !== 'ne')
      throw new RuleError('rule.nullOperator', tok.at, { operator: op });
    this.#pos++;
    return out;
  }
}

const parseCache = new Map<string, RuleParse>();

/**
 * Parses a rule. Never throws; an error has a message key and the offset where it was found.
 * Results are cached by text (the trees are never mutated), so evaluating many policies that
 * share rules, again on every change of the scenario, parses each rule once.
 */
export function parseRule(src: string): RuleParse {
  const cached = parseCache.get(src);
  if (cached) return cached;
  const parsed = parseUncached(src);
  if (parseCache.size > 1000) parseCache.clear();
  parseCache.set(src, parsed);
  return parsed;
}

function parseUncached(src: string): RuleParse {
  if (src.length > MAX_RULE_LENGTH)
    return {
      ok: false,
      error: { key: 'rule.tooLong', offset: MAX_RULE_LENGTH, params: { max: MAX_RULE_LENGTH } },
    };
  if (!src.trim()) return { ok: false, error: { key: 'rule.empty', offset: 0, params: {} } };
  try {
    const tokens = tokenize(src);
    return { ok: true, ast: new Parser(tokens, src.length).rule() };
  } catch (e) {
    if (e instanceof RuleError)
      return { ok: false, error: { key: e.key, offset: e.offset, params: e.params } };
    return { ok: false, error: { key: 'rule.internal', offset: 0, params: {} } };
  }
}

/** A scalar as rule text. Double quotes unless the value has a backtick (then single quotes). */
function printScalar(v: RuleScalar): string {
  switch (v.kind) {
    case 'bool':
      return String(v.value);
    case 'null':
      return 'null';
    case 'number':
      return v.value;
    case 'string':
      return v.value.includes('`')
        ? `'${v.value.replace(/'/g, "''")}'`
        : `"${v.value.replace(/"/g, '`"')}"`;
  }
}

const precedence = { or: 1, and: 2, not: 3, cmp: 4 } as const;

/** Prints a tree as rule text, with parentheses only where the precedence needs them. */
export function printRule(node: RuleNode): string {
  const go = (n: RuleNode, min: number): string => {
    let text: string;
    if (n.type === 'cmp') {
      const value = Array.isArray(n.value)
        ? `[${n.value.map(printScalar).join(', ')}]`
        : printScalar(n.value);
      text = `device.${n.property} -${n.operator} ${value}`;
    } else if (n.type === 'not') text = `-not ${go(n.operand, precedence.not)}`;
    else {
      const p = precedence[n.type];
      text = `${go(n.left, p)} -${n.type} ${go(n.right, p + 1)}`;
    }
    return precedence[n.type] < min ? `(${text})` : text;
  };
  return go(node, 0);
}

/** The comparisons of a tree, left to right. */
export function comparisons(node: RuleNode): Extract<RuleNode, { type: 'cmp' }>[] {
  const out: Extract<RuleNode, { type: 'cmp' }>[] = [];
  const stack: RuleNode[] = [node];
  while (stack.length) {
    const n = stack.pop();
    if (!n) break;
    if (n.type === 'cmp') out.push(n);
    else if (n.type === 'not') stack.push(n.operand);
    else stack.push(n.right, n.left);
  }
  return out;
}

/**
 * The device properties Learn lists for filters, with the operators it lists for each
 * (the canonical spelling is the key).
 */
const stringOps: Operator[] = [
  'eq',
  'ne',
  'startsWith',
  'notStartsWith',
  'endsWith',
  'notEndsWith',
  'contains',
  'notContains',
  'in',
  'notIn',
];
export const filterProperties: Readonly<Record<string, readonly Operator[]>> = {
  deviceId: ['eq', 'ne', 'in', 'notIn'],
  displayName: stringOps,
  deviceOwnership: ['eq', 'ne'],
  enrollmentProfileName: stringOps,
  isCompliant: ['eq', 'ne'],
  manufacturer: stringOps,
  mdmAppId: ['eq', 'ne', 'in', 'notIn'],
  model: stringOps,
  operatingSystem: stringOps,
  operatingSystemVersion: stringOps,
  physicalIds: ['contains', 'notContains'],
  profileType: ['eq', 'ne'],
  systemLabels: ['contains', 'notContains'],
  trustType: ['eq', 'ne'],
  ...Object.fromEntries(
    Array.from({ length: 15 }, (_, i) => [`extensionAttribute${i + 1}`, stringOps]),
  ),
};
const canonicalProperty = new Map(Object.keys(filterProperties).map((p) => [p.toLowerCase(), p]));

/** The canonical name of a filter property, or `undefined` for one Learn does not list. */
export function filterProperty(name: string): string | undefined {
  return canonicalProperty.get(name.toLowerCase());
}

/** Warnings about a parsed rule: properties and operators Learn does not list for filters. */
export function lintRule(node: RuleNode): Reason[] {
  const out: Reason[] = [];
  for (const c of comparisons(node)) {
    const prop = filterProperty(c.property);
    if (!prop) out.push({ key: 'rule.unsupportedProperty', params: { property: c.property } });
    else if (c.operator === 'match' || c.operator === 'notMatch')
      out.push({ key: 'rule.matchNotListed', params: { property: prop, operator: c.operator } });
    else if (!filterProperties[prop]?.includes(c.operator))
      out.push({
        key: 'rule.unsupportedOperator',
        params: { property: prop, operator: c.operator },
      });
  }
  return out;
}

/** Microsoft Intune's MDM application id (Learn, dynamic membership rules for devices). */
export const INTUNE_MDM_APP_ID = '0000000a-0000-0000-c000-000000000000';

/** A device property's value as a rule sees it. */
export type Actual =
  | string
  | string[]
  | null
  | undefined
  /** The value is known but may not be visible at evaluation (extension attributes). */
  | { maybeHidden: string | string[] };

/** The device as the rule sees it: registered or not, and each property's value. */
export interface DeviceView {
  registered: boolean;
  get(property: string): Actual;
}

/** Builds the rule's view of the scenario's device. */
export function deviceView(device: DeviceInfo | undefined): DeviceView {
  if (!device) return { registered: false, get: () => null };
  const str = (v: string | boolean | null | undefined): string | null | undefined =>
    typeof v === 'boolean' ? String(v) : v;
  const extVisible = (): Tri =>
    triOr([
      triEquals(device.mdmAppId, INTUNE_MDM_APP_ID),
      triOf(device.isCompliant),
      triEquals(device.trustType, 'ServerAD'),
    ]);
  return {
    registered: true,
    get(property) {
      const p = filterProperty(property);
      const ext = /^extensionAttribute(\d+)$/.exec(p ?? '');
      if (ext) {
        const v = device.extensionAttributes[Number(ext[1])];
        const visible = extVisible();
        if (visible === 'no' || v === null) return null;
        if (v === undefined) return undefined;
        return visible === 'yes' ? v : { maybeHidden: v };
      }
      switch (p) {
        case 'deviceId':
          return device.deviceId;
        case 'displayName':
          return device.displayName;
        case 'deviceOwnership':
          return device.ownership;
        case 'enrollmentProfileName':
          return device.enrollmentProfileName;
        case 'isCompliant':
          return str(device.isCompliant);
        case 'manufacturer':
          return device.manufacturer;
        case 'mdmAppId':
          return device.mdmAppId;
        case 'model':
          return device.model;
        case 'operatingSystem':
          return device.operatingSystem;
        case 'operatingSystemVersion':
          return device.operatingSystemVersion;
        case 'physicalIds':
          return device.physicalIds;
        case 'profileType':
          return device.profileType;
        case 'systemLabels':
          return device.systemLabels;
        case 'trustType':
          return device.trustType;
        default:
          return undefined;
      }
    },
  };
}

const regexCache = new Map<string, RegExp | null>();

/**
 * Compiles a `-match` pattern, or returns `null` when it is invalid, too long, or has the
 * shapes that can backtrack for ever (a quantified group holding a quantifier; a back-reference).
 */
export function safeRegex(pattern: string): RegExp | null {
  const cached = regexCache.get(pattern);
  if (cached !== undefined) return cached;
  let out: RegExp | null = null;
  const nested = /\((?:[^()\\]|\\.)*[+*}?](?:[^()\\]|\\.)*\)\s*(?:[+*]|\{\d)/;
  if (pattern.length <= MAX_REGEX_LENGTH && !nested.test(pattern) && !/\\[1-9k]/.test(pattern)) {
    try {
      out = new RegExp(pattern, 'iu');
    } catch {
      out = null;
    }
  }
  if (regexCache.size > 500) regexCache.clear();
  regexCache.set(pattern, out);
  return out;
}

function scalarText(v: RuleScalar): string {
  return v.kind === 'null' ? '' : String(v.value).toLowerCase();
}

/** A positive comparison on a present value; `unknown` only for an unusable regex. */
function positive(op: Operator, actual: string | string[], value: RuleScalar | RuleScalar[]): Tri {
  const items = (Array.isArray(actual) ? actual : [actual]).map((a) => a.toLowerCase());
  const collection = Array.isArray(actual);
  const values = (Array.isArray(value) ? value : [value]).map(scalarText);
  const v = values[0] ?? '';
  const test = (a: string): Tri => {
    switch (op) {
      case 'eq':
        return a === v ? 'yes' : 'no';
      case 'startsWith':
        return a.startsWith(v) ? 'yes' : 'no';
      case 'endsWith':
        return a.endsWith(v) ? 'yes' : 'no';
      case 'contains':
        // On a collection Learn says Contains matches a whole element.
        return (collection ? a === v : a.includes(v)) ? 'yes' : 'no';
      case 'in':
        return values.includes(a) ? 'yes' : 'no';
      case 'match': {
        const re = safeRegex(
          Array.isArray(value) ? '' : value.kind === 'null' ? '' : String(value.value),
        );
        if (!re) return 'unknown';
        return re.test(a.slice(0, 1024)) ? 'yes' : 'no';
      }
      default:
        return 'unknown';
    }
  };
  return triOr(items.map(test));
}

function not(t: Tri): Tri {
  return t === 'yes' ? 'no' : t === 'no' ? 'yes' : 'unknown';
}

/** One comparison on a concrete actual value (present, or `null`). */
function compareKnown(
  c: Extract<RuleNode, { type: 'cmp' }>,
  actual: string | string[] | null,
): Tri {
  const negative = negativeOperators.has(c.operator);
  if (!Array.isArray(c.value) && c.value.kind === 'null') {
    const isNull = actual === null || (Array.isArray(actual) && actual.length === 0);
    return isNull !== negative ? 'yes' : 'no';
  }
  if (actual === null) return negative ? 'yes' : 'no';
  const pos = positive(positiveOf[c.operator], actual, c.value);
  return negative ? not(pos) : pos;
}

/** Evaluates one comparison on the device. */
export function evaluateComparison(
  c: Extract<RuleNode, { type: 'cmp' }>,
  device: DeviceView,
): { result: Tri; actual: FilterLeafTrace['actual']; note?: Reason } {
  const nullLiteral = !Array.isArray(c.value) && c.value.kind === 'null';
  if (!device.registered) {
    // Learn gives two answers for `-eq null` on an unregistered device (every property null,
    // yet positive operators never apply): the engine does not pick one.
    if (nullLiteral)
      return {
        result: 'unknown',
        actual: null,
        note: { key: 'rule.nullUnregistered', params: {} },
      };
    return { result: negativeOperators.has(c.operator) ? 'yes' : 'no', actual: null };
  }
  const actual = device.get(c.property);
  if (actual === undefined) return { result: 'unknown', actual: undefined };
  if (actual !== null && !Array.isArray(actual) && typeof actual === 'object') {
    const seen = compareKnown(c, actual.maybeHidden);
    const hidden = compareKnown(c, null);
    return {
      result: seen === hidden ? seen : 'unknown',
      actual: actual.maybeHidden,
      note: { key: 'rule.extensionMaybeHidden', params: { property: c.property } },
    };
  }
  const result = compareKnown(c, actual);
  if (result === 'unknown' && (c.operator === 'match' || c.operator === 'notMatch'))
    return { result, actual, note: { key: 'rule.unsafeRegex', params: {} } };
  return { result, actual };
}

/** Evaluates a rule on a device, three-valued, with the result of every comparison. */
export function evaluateRule(
  node: RuleNode,
  device: DeviceView,
  source: string,
): { result: Tri; leaves: FilterLeafTrace[]; notes: Reason[] } {
  const leaves: FilterLeafTrace[] = [];
  const notes: Reason[] = [];
  const go = (n: RuleNode): Tri => {
    if (n.type === 'cmp') {
      const r = evaluateComparison(n, device);
      leaves.push({
        start: n.start,
        end: n.end,
        text: source.slice(n.start, n.end),
        property: filterProperty(n.property) ?? n.property,
        operator: n.operator,
        actual: r.actual,
        result: r.result,
      });
      if (r.note && !notes.some((x) => x.key === r.note?.key)) notes.push(r.note);
      return r.result;
    }
    if (n.type === 'not') return not(go(n.operand));
    // Both sides are evaluated so that every comparison gets a result in the trace.
    const l = go(n.left);
    const r = go(n.right);
    if (n.type === 'and')
      return l === 'no' || r === 'no' ? 'no' : l === 'yes' && r === 'yes' ? 'yes' : 'unknown';
    return l === 'yes' || r === 'yes' ? 'yes' : l === 'no' && r === 'no' ? 'no' : 'unknown';
  };
  return { result: go(node), leaves, notes };
}
