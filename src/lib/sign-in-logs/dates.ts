/**
 * Timestamps as sign-in exports write them, all in UTC: ISO 8601 from Graph and the portal
 * (`2024-07-23T15:37:27Z`, with or without a zone), Log Analytics' US form
 * (`9/19/2023, 1:45:17.287 PM`), dates re-typed by a spreadsheet (`23/07/2024 15:37` in Italy,
 * `7/23/2024 3:37 PM` in the US, `23.07.2024 15:37`), and Windows PowerShell 5.1's
 * `/Date(1721749047000)/`.
 *
 * Day-first or month-first cannot be told from one date like `5/6/2024`; a file says it through
 * its other dates (a first number above 12 means day-first, a second one above 12 month-first)
 * or, failing that, through AM/PM (a US habit). {@link DateOrderGuess} collects that evidence
 * while a file is read, so its dates can be read again once the order is known.
 */

/** Day-first (`dmy`) or month-first (`mdy`). */
export type DateOrder = 'dmy' | 'mdy';

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const SLASHED =
  /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4}),?(?:\s+(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:[.,](\d+))?)?\s*([AaPp]\.?[Mm]\.?)?)?$/;
const DOTNET = /^\/?Date\((-?\d+)([+-]\d{4})?\)\/?$/;

/** True when a text is a slashed (spreadsheet or Log Analytics) date, whose order matters. */
export function isSlashedDate(text: string): boolean {
  return SLASHED.test(text.trim());
}

/**
 * Parses a timestamp to epoch milliseconds, reading a slashed date in `order` (day-first when
 * not given). Times without a zone are UTC: every export this tool reads writes UTC. NaN when
 * the text is not a date.
 */
export function parseTimestamp(text: string, order: DateOrder = 'dmy'): number {
  const t = text.trim();
  if (!t) return NaN;
  let m = ISO.exec(t);
  if (m) {
    const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone = ''] = m;
    const ms = frac ? Math.round(Number(`0${frac}`) * 1000) : 0;
    const base = Date.UTC(
      Number(y),
      Number(mo) - 1,
      Number(d),
      Number(h),
      Number(mi),
      Number(s),
      ms,
    );
    if (!validParts(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s))) return NaN;
    return base - zoneOffset(zone);
  }
  m = SLASHED.exec(t);
  if (m) {
    const [, a = '', b = '', yText = '', h = '0', mi = '0', s = '0', frac = '', ampm = ''] = m;
    const [day, month] = order === 'dmy' ? [Number(a), Number(b)] : [Number(b), Number(a)];
    let year = Number(yText);
    if (yText.length === 2) year += 2000;
    let hour = Number(h);
    const pm = /^p/i.test(ampm);
    if (ampm) {
      if (hour < 1 || hour > 12) return NaN;
      if (hour === 12) hour = pm ? 12 : 0;
      else if (pm) hour += 12;
    }
    if (!validParts(year, month, day, hour, Number(mi), Number(s))) return NaN;
    const ms = frac ? Math.round(Number(`0.${frac}`) * 1000) : 0;
    return Date.UTC(year, month - 1, day, hour, Number(mi), Number(s), ms);
  }
  m = DOTNET.exec(t);
  if (m) return Number(m[1]);
  return NaN;
}

/** The offset of a zone designator (`Z`, `+01:00`, `-0500`) in milliseconds. */
function zoneOffset(zone: string): number {
  if (!zone || /^z$/i.test(zone)) return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.replace(/[^0-9]/g, '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2, 4));
  return sign * (hours * 60 + minutes) * 60_000;
}

/** True when the parts make a real date and time (no 31 February, no 25:00). */
function validParts(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 60) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** Collects what a file's slashed dates say about their order. */
export class DateOrderGuess {
  /** Evidence from a number that can only be a day: the first decides. */
  #proven: DateOrder | null = null;
  #ampm = false;
  #seen = false;

  /** Looks at one date text. */
  add(text: string) {
    if (this.#proven) return;
    const m = SLASHED.exec(text.trim());
    if (!m) return;
    this.#seen = true;
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (m[8]) this.#ampm = true;
    if (a > 12 && b <= 12) this.#proven = 'dmy';
    else if (b > 12 && a <= 12) this.#proven = 'mdy';
  }

  /** True once a slashed date was seen. */
  get seen(): boolean {
    return this.#seen;
  }

  /** True when some date settled the order (else it is a guess). */
  get proven(): boolean {
    return this.#proven !== null;
  }

  /** The order to read with: proven, else month-first with AM/PM, else `fallback`. */
  order(fallback: DateOrder = 'dmy'): DateOrder {
    return this.#proven ?? (this.#ampm ? 'mdy' : fallback);
  }
}
