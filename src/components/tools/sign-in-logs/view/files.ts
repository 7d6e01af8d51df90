/**
 * The results' first section: every file read, each with the shape the reader recognised in it
 * (`data-shape`, the hook outside checks read), what else it learned (sign-in kinds, encoding,
 * delimiter, date order, repeats) and its warnings; a file it refused is listed with why.
 */
import type { FileEntry } from '~/lib/sign-in-logs/protocol';
import {
  errorText,
  fileDetails,
  fileLabel,
  shapeName,
  warningText,
} from '~/lib/sign-in-logs/words';
import { h } from '~/components/shared/dom.ts';
import { section, type ViewContext } from './context';

/** The list of files read, with their shapes and warnings. */
export function files(ctx: ViewContext, entries: readonly FileEntry[]): HTMLElement {
  const { s, config } = ctx;
  const part = section(s['files.heading']).section;
  const list = h('ul', { class: 'files' });
  for (const entry of entries) {
    const name = h('strong', {}, fileLabel(entry, s));
    if (entry.report) {
      const report = entry.report;
      const item = h(
        'li',
        { 'data-shape': report.shape },
        name,
        ' · ',
        h('span', { class: 'shape' }, shapeName(report.shape, s)),
        h('span', { class: 'meta' }, ` · ${fileDetails(report, s, config.locale).join(' · ')}`),
      );
      for (const warning of report.warnings)
        item.append(h('p', { class: 'warning' }, warningText(warning, s, config.locale)));
      list.append(item);
    } else {
      list.append(
        h(
          'li',
          { class: 'is-refused', 'data-file-error': entry.error.code },
          name,
          ` · ${s['files.refused']}: `,
          errorText(entry.error.code, entry.error.found, s, config.locale),
        ),
      );
    }
  }
  part.append(list);
  return part;
}
