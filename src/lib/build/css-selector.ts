/**
 * A selector for "could this rule style something on the page?", from a selector a static DOM
 * cannot evaluate: every pseudo-class and pseudo-element that depends on state, or that narrows
 * the match, is removed with its argument (`:hover`, `::before`, `:not(h1, h2)`, `:has(+ p)`),
 * and a compound left empty becomes `*`. `:is()` and `:where()` only say "one of these", which a
 * static DOM can answer: they stay, their arguments broadened in turn, so that a component's
 * scoped rule (`h1:where(.astro-x)`) is kept only on the pages that have that component. The
 * result matches at least every element the original could match once the page is interacted
 * with, so a rule kept on its strength is never one the page needs and lacks.
 *
 * Beasties' own normalisation drops a compound made only of a pseudo-class, so that
 * `.content :not(h2) + .heading` turns into `.content + .heading` and the rule is lost.
 */
export function broadenSelector(selector: string): string {
  let out = '';
  let i = 0;
  while (i < selector.length) {
    const c = selector[i] ?? '';
    if (c === '\\') {
      out += selector.slice(i, i + 2);
      i += 2;
    } else if (c === '[') {
      // An attribute selector may hold a colon in its value: copy it whole.
      const quoted = /^\[[^\]"']*(?:"[^"]*"|'[^']*')?[^\]]*\]/.exec(selector.slice(i));
      const text = quoted?.[0] ?? selector.slice(i);
      out += text;
      i += text.length;
    } else if (c === ':') {
      let j = i + 1;
      if (selector[j] === ':') j += 1;
      while (j < selector.length && /[\w-]/.test(selector[j] ?? '')) j += 1;
      const name = selector.slice(i, j);
      const open = j;
      if (selector[j] === '(') {
        for (let depth = 0; j < selector.length; j += 1) {
          if (selector[j] === '(') depth += 1;
          else if (selector[j] === ')' && --depth === 0) {
            j += 1;
            break;
          }
        }
      }
      if (/^:(is|where)$/i.test(name) && j > open) {
        const args = splitSelectorList(selector.slice(open + 1, j - 1)).map(broadenSelector);
        out += `${name}(${args.join(', ')})`;
      } else if (out.trim() === '' || /[\s>+~]$/.test(out)) out += '*';
      i = j;
    } else {
      out += c;
      i += 1;
    }
  }
  return out.trim();
}

/** A selector list split at its top-level commas (not those inside brackets or parentheses). */
export function splitSelectorList(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  let quote = '';
  for (let i = 0; i < list.length; i += 1) {
    const c = list[i];
    if (c === '\\') i += 1;
    else if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth += 1;
    else if (c === ')' || c === ']') depth -= 1;
    else if (c === ',' && depth === 0) {
      parts.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(list.slice(start).trim());
  return parts.filter((part) => part !== '');
}
