/**
 * Names for the ids a policy is made of. Built in, offline: Microsoft Entra's built-in role
 * template ids (Learn's "All roles" table) and Microsoft application ids (`src/data/apps.json`,
 * shared with the checker, plus `src/data/what-if-names.json`). On top, what the reader pastes:
 * the output of `Get-MgGroup`, `Get-MgUser` or a CSV, as an id → name map that the page keeps in
 * the browser, and the names an export tool wrote beside a policy (`AssignmentDetails`).
 *
 * A name is a label, never a decision, with one exception documented in `apps.ts`: Learn lists the
 * Office 365 suite by display name, so an app's name is how What If checks it against that list.
 */
import knownApps from '../../data/apps.json' with { type: 'json' };
import tables from '../../data/what-if-names.json' with { type: 'json' };

/** Where a name comes from, for the page to say so. */
export type NameSource = 'role' | 'app' | 'pasted' | 'export';

export interface NameEntry {
  name: string;
  source: NameSource;
}

/** Looks up names by id (any case). */
export interface NameBook {
  get(id: string): NameEntry | undefined;
  /** How many names the reader's own map holds. */
  readonly pastedCount: number;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Every GUID in a text (for labelling ids inside a sentence). */
export const GUID_IN_TEXT = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** Whether `value` is a GUID. */
export const isGuid = (value: string) => GUID.test(value);

const builtIn = new Map<string, NameEntry>();
for (const r of tables.roles) builtIn.set(r.id.toLowerCase(), { name: r.name, source: 'role' });
for (const a of [...knownApps, ...tables.apps])
  builtIn.set(a.id.toLowerCase(), { name: a.name, source: 'app' });

/** The built-in names only. */
export const builtInNames: NameBook = {
  get: (id) => builtIn.get(id.toLowerCase()),
  pastedCount: 0,
};

/**
 * A name book: the reader's names (pasted, then those an export carried) over the built-in ones.
 * Built-in role and app names win: a pasted map cannot rename Global Administrator.
 */
export function nameBook(
  pasted: ReadonlyMap<string, string> = new Map(),
  fromExport: ReadonlyMap<string, string> = new Map(),
): NameBook {
  return {
    get(id) {
      const key = id.toLowerCase();
      const own = builtIn.get(key);
      if (own) return own;
      const p = pasted.get(key);
      if (p) return { name: p, source: 'pasted' };
      const e = fromExport.get(key);
      return e ? { name: e, source: 'export' } : undefined;
    },
    pastedCount: pasted.size,
  };
}

/** The most names kept from one paste. */
export const MAX_NAMES = 50_000;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The id and the name of one exported object, whatever the casing of its keys. */
function idAndName(o: Obj): [string, string] | undefined {
  let id: unknown;
  let name: unknown;
  for (const [k, v] of Object.entries(o)) {
    const key = k.toLowerCase();
    if (key === 'id' || key === 'objectid' || key === 'appid') id ??= v;
    if (key === 'displayname' || key === 'name') name ??= v;
  }
  if (typeof id !== 'string' || typeof name !== 'string' || !isGuid(id.trim())) return undefined;
  const label = name.trim().slice(0, 256);
  return label ? [id.trim().toLowerCase(), label] : undefined;
}

/** Splits one CSV line on `sep`, with double-quoted fields. */
function csvFields(line: string, sep: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charAt(i);
    if (quoted) {
      if (c === '"' && line.charAt(i + 1) === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) {
      out.push(field);
      field = '';
    } else field += c;
  }
  out.push(field);
  return out.map((f) => f.trim());
}

/** The outcome of reading a pasted map: the names, and how many lines gave none. */
export interface NameMapRead {
  names: Map<string, string>;
  skipped: number;
  /** `json`, `csv` or `lines`: what the paste was read as. */
  format: 'json' | 'csv' | 'lines' | 'empty';
}

/**
 * Reads an id → name map from what admins paste: JSON from `Get-MgGroup | ConvertTo-Json` or
 * Graph (`[{id, displayName}]`, `{value: [...]}`, or `{"<id>": "<name>"}`), a CSV with `Id` and
 * `DisplayName` columns (comma, semicolon or tab), or plain lines "id name" / "id,name" /
 * "id = name". Lines without a GUID are counted as skipped. Never throws.
 */
export function parseNameMap(text: string): NameMapRead {
  const names = new Map<string, string>();
  const body = typeof text === 'string' ? text.replace(/^\uFEFF/, '').trim() : '';
  if (!body) return { names, skipped: 0, format: 'empty' };
  if (body.startsWith('{') || body.startsWith('[')) {
    try {
      const value: unknown = JSON.parse(body);
      const list = Array.isArray(value)
        ? value
        : isObj(value) && Array.isArray(value.value)
          ? value.value
          : undefined;
      let skipped = 0;
      if (list) {
        for (const item of list.slice(0, MAX_NAMES)) {
          const pair = isObj(item) ? idAndName(item) : undefined;
          if (pair) names.set(pair[0], pair[1]);
          else skipped++;
        }
      } else if (isObj(value)) {
        const single = idAndName(value);
        if (single) names.set(single[0], single[1]);
        else
          for (const [k, v] of Object.entries(value).slice(0, MAX_NAMES)) {
            if (isGuid(k) && typeof v === 'string' && v.trim())
              names.set(k.toLowerCase(), v.trim().slice(0, 256));
            else skipped++;
          }
      }
      return { names, skipped, format: 'json' };
    } catch {
      // Not JSON after all: read it as lines below.
    }
  }
  const lines = body.split(/\r?\n/).slice(0, MAX_NAMES + 1);
  const first = lines[0] ?? '';
  const sep = [',', ';', '\t'].find((s) => /\bid\b/i.test(first) && first.includes(s));
  if (sep) {
    const head = csvFields(first, sep).map((h) => h.toLowerCase().replace(/[^a-z]/g, ''));
    const idCol = head.findIndex((h) => h === 'id' || h === 'objectid' || h === 'appid');
    const nameCol = head.findIndex((h) => h === 'displayname' || h === 'name');
    if (idCol >= 0 && nameCol >= 0) {
      let skipped = 0;
      for (const line of lines.slice(1)) {
        if (!line.trim()) continue;
        const f = csvFields(line, sep);
        const id = f[idCol] ?? '';
        const name = f[nameCol] ?? '';
        if (isGuid(id) && name) names.set(id.toLowerCase(), name.slice(0, 256));
        else skipped++;
      }
      return { names, skipped, format: 'csv' };
    }
  }
  let skipped = 0;
  for (const line of lines) {
    if (!line.trim()) continue;
    const m =
      /^\s*"?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"?\s*[,;:=\t ]\s*"?(.+?)"?\s*$/i.exec(
        line,
      );
    const reversed =
      /^\s*"?(.+?)"?\s*[,;:=\t]\s*"?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"?\s*$/i.exec(
        line,
      );
    if (m?.[1] && m[2]) names.set(m[1].toLowerCase(), m[2].slice(0, 256));
    else if (reversed?.[1] && reversed[2])
      names.set(reversed[2].toLowerCase(), reversed[1].slice(0, 256));
    else skipped++;
  }
  return { names, skipped, format: 'lines' };
}

/** An id with its name, as the page shows it: "Global Administrator (62e90394…)". */
export function labelId(id: string, book: NameBook | undefined): string {
  const entry = book?.get(id);
  return entry ? `${entry.name} (${id.slice(0, 8)}…)` : id;
}

/** A text with every GUID in it labelled (see {@link labelId}). */
export function labelText(text: string, book: NameBook | undefined): string {
  if (!book) return text;
  return text.replace(GUID_IN_TEXT, (id) => labelId(id, book));
}
