/**
 * What the reader says about the files it read, in the page's language: each file's recognised
 * shape with what else it learned (sign-in kinds, encoding, delimiter, date order, repeats), the
 * warnings, and, for a file it refused, what the file holds and what the reader accepts. Pure:
 * the words come from the tool's strings (`src/content/i18n/{it,en}.json`, `signinLogs.*`
 * without the prefix); counts go through `Intl.PluralRules` (`plural.ts`).
 */
import type { CountEntry, Top } from './aggregate';
import type { FileReport, Found, LogReadErrorCode, LogReadWarning } from './intake';
import { fill } from '../text';
import { countText, formatCount } from './plural';
import { signInKinds, type ShapeId } from './shapes';

/** The tool's strings, keys without the `signinLogs.` prefix. */
export type Words = Readonly<Record<string, string>>;

/** A list of names in quotes, the first few, "…" when there were more. */
function names(list: readonly string[] = [], total = list.length, max = 6): string {
  const shown = list.slice(0, max).map((n) => `"${n}"`);
  return shown.join(', ') + (total > shown.length ? ', …' : '');
}

/** The name a file is listed under: its own (or "pasted text"), and the archive it came out of. */
export function fileLabel(file: { name: string; container?: string | null }, s: Words): string {
  const name = file.name || (s['files.pasted'] ?? '');
  return file.container
    ? `${name} (${fill(s['files.inArchive'] ?? '', { archive: file.container })})`
    : name;
}

/** The name of a shape, as the `data-shape` element shows it. */
export function shapeName(shape: ShapeId, s: Words): string {
  return s[`shape.${shape}`] ?? shape;
}

/**
 * What else a file's report says, each a short phrase: how many sign-ins and of which kinds,
 * the encoding and delimiter of a re-saved file, the date order it was read in, the sign-ins
 * another file had already given.
 */
export function fileDetails(report: FileReport, s: Words, locale: string): string[] {
  const out = [countText(s, 'file.records', locale, report.count)];
  const kinds = signInKinds.filter((k) => report.kinds[k]);
  if (kinds.length === 1 && kinds[0]) out.push(s[`kind.${kinds[0]}`] ?? kinds[0]);
  else
    for (const k of kinds)
      out.push(`${s[`kind.${k}`] ?? k}: ${formatCount(locale, report.kinds[k] ?? 0)}`);
  if (report.encoding && report.encoding !== 'utf-8')
    out.push(s[`encoding.${report.encoding}`] ?? report.encoding);
  if (report.delimiter === ';') out.push(s['delimiter.semicolon'] ?? ';');
  else if (report.delimiter === '\t') out.push(s['delimiter.tab'] ?? 'tab');
  if (report.dateOrder) out.push(s[`dates.${report.dateOrder}`] ?? report.dateOrder);
  if (report.duplicates) out.push(countText(s, 'file.duplicates', locale, report.duplicates));
  return out;
}

/** What a refused file holds, in words (the `{found}` of an error message). */
export function foundText(found: Found | null, s: Words, locale: string): string {
  if (!found) return '';
  switch (found.kind) {
    case 'object':
      return fill(s['found.object'] ?? '', { names: names(found.names, found.count) });
    case 'array':
      return countText(s, 'found.array', locale, found.count ?? 0);
    case 'csv':
      return fill(s['found.csv'] ?? '', { names: names(found.names, found.count) });
    case 'text':
      if (found.names?.length) return fill(s['found.field'] ?? '', { names: names(found.names) });
      return fill(s['found.text'] ?? '', { excerpt: found.excerpt ?? '' });
    case 'json-error':
      if (found.truncated) return s['found.json-truncated'] ?? '';
      return found.line
        ? fill(s['found.json-error'] ?? '', {
            line: formatCount(locale, found.line),
            column: formatCount(locale, found.column ?? 0),
            excerpt: found.excerpt ?? '',
          })
        : fill(s['found.json-error-record'] ?? '', {
            record: formatCount(locale, found.record ?? 0),
            excerpt: found.excerpt ?? '',
          });
    case 'zip':
      return found.names
        ? fill(s['found.zip'] ?? '', { names: names(found.names, found.count) })
        : (s['found.zip-broken'] ?? '');
    default:
      return s[`found.${found.kind}`] ?? found.kind;
  }
}

/**
 * The message for a file the reader refused: what it found, what it expected. Every message
 * names what the file holds (`{found}`) where there is something to say; the shapes the reader
 * accepts follow those that are not a sign-in log at all.
 */
export function errorText(
  code: LogReadErrorCode | 'cancelled',
  found: Found | null,
  s: Words,
  locale: string,
): string {
  const template = s[`error.${code}`] ?? s['error.internal'] ?? code;
  const missing = found?.missing?.length
    ? fill(s['found.missing'] ?? '', { names: names(found.missing) })
    : '';
  return fill(template, {
    found: foundText(found, s, locale),
    missing,
    accepted: s['accepted'] ?? '',
  })
    .replace(/\s+/g, ' ')
    .trim();
}

/** A warning about a file that was read nonetheless, in words. */
export function warningText(w: LogReadWarning, s: Words, locale: string): string {
  switch (w.code) {
    case 'skipped':
      return countText(s, 'warning.skipped', locale, w.count, {
        found: foundText(w.found, s, locale),
      });
    case 'missing-fields': {
      const fields = w.fields.map((f) =>
        f.missing >= w.records
          ? `"${f.name}"`
          : fill(s['warning.missing-some'] ?? '', {
              name: `"${f.name}"`,
              count: formatCount(locale, f.missing),
            }),
      );
      return countText(s, 'warning.missing-fields', locale, w.fields.length, {
        fields: fields.join(', '),
      });
    }
    case 'mixed':
      return fill(s['warning.mixed'] ?? '', {
        shapes: w.shapes.map((shape) => shapeName(shape, s)).join(', '),
      });
    case 'no-code':
      return countText(s, 'warning.no-code', locale, w.count, { field: `"${w.field}"` });
    case 'date-order':
      return s[`warning.date-order.${w.order}`] ?? '';
    default:
      return s[`warning.${w.code}`] ?? w.code;
  }
}

/** What a breakdown table counts: sign-ins, or distinct users (the insights workbook's switch). */
export type CountBy = 'sign-ins' | 'users';

/** The top entries of a dimension for a count, most first (ties by name), at most `limit`. */
export function topEntries(top: Top, by: CountBy, limit = 10): CountEntry[] {
  const value = (e: CountEntry) => (by === 'users' ? e.users : e.count);
  return [...top.entries]
    .sort((a, b) => value(b) - value(a) || b.count - a.count || a.key.localeCompare(b.key))
    .slice(0, limit);
}
