/**
 * Ways people mangle a details block on its way to the checker. Each takes the block as copied
 * from the page and returns what might reach the paste area. The parse of every variant must
 * equal the parse of the original (values compared case-insensitively where a variant changes
 * the case of everything).
 */
const lines = (s: string) => s.replace(/\r\n?/g, '\n').split('\n');
const map = (s: string, f: (line: string) => string) => lines(s).map(f).join('\n');
const label = /^([A-Za-z][A-Za-z ]*?):\s*(.*)$/;

export const variants: Record<string, (block: string) => string> = {
  'as copied': (s) => s,
  'CRLF line endings': (s) => s.replace(/\r?\n/g, '\r\n'),
  'old Mac CR line endings': (s) => s.replace(/\r?\n/g, '\r'),
  'all on one line': (s) => lines(s).join(' '),
  'all on one line, tab separated': (s) => lines(s).join('\t'),
  'blank line between lines': (s) => lines(s).join('\n\n'),
  'text around it': (s) =>
    `Hi team,\n\nI get this every morning since Monday:\n\n${s}\n\nThanks,\nMario\nSent from my phone`,
  'quoted e-mail reply': (s) => `On Mon, 24 Nov 2026 Mario wrote:\n${map(s, (l) => `> ${l}`)}`,
  'quoted twice, no space': (s) => map(s, (l) => `>>${l}`),
  'quoted twice, spaced': (s) => map(s, (l) => `> > ${l}`),
  'Markdown bold labels': (s) => map(s, (l) => l.replace(label, '**$1:** $2')),
  'Markdown bold label and colon outside': (s) => map(s, (l) => l.replace(label, '**$1**: $2')),
  'Markdown bullet list': (s) => map(s, (l) => (l.trim() ? `- ${l}` : l)),
  'Markdown star list': (s) => map(s, (l) => (l.trim() ? `* ${l}` : l)),
  'numbered list': (s) => map(s, (l) => (l.trim() ? `1. ${l}` : l)),
  'Markdown table': (s) =>
    `| Field | Value |\n| --- | --- |\n${map(s, (l) => l.replace(label, '| $1 | $2 |'))}`,
  'Markdown code fence': (s) => `\`\`\`text\n${s}\n\`\`\``,
  'inline code values': (s) => map(s, (l) => l.replace(label, '$1: `$2`')),
  'upper case': (s) => s.toUpperCase(),
  'lower case': (s) => s.toLowerCase(),
  'double spaces after colons': (s) => map(s, (l) => l.replace(label, '$1:  $2')),
  'no space after colons': (s) => map(s, (l) => l.replace(label, '$1:$2')),
  'space before colons': (s) => map(s, (l) => l.replace(label, '$1 : $2')),
  'tabs after colons': (s) => map(s, (l) => l.replace(label, '$1:\t$2')),
  'indented lines': (s) => map(s, (l) => `    ${l}`),
  'trailing spaces': (s) => map(s, (l) => `${l}   `),
  'non-breaking spaces': (s) => s.replace(/ /g, '\u00a0'),
  'byte order mark and zero-width spaces': (s) => `\ufeff${s.replace(/: /g, ':\u200b ')}`,
  'value on the next line': (s) => map(s, (l) => l.replace(label, '$1:\n$2')),
  'HTML table source': (s) => map(s, (l) => l.replace(label, '<tr><td>$1:</td><td>$2</td></tr>')),
};
