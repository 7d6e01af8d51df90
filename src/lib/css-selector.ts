/**
 * A selector for "could this rule style something on the page?", from a selector a static DOM
 * cannot evaluate: every pseudo-class and pseudo-element is removed with its argument
 * (`:hover`, `::before`, `:not(h1, h2)`, `:where(.x)`, `:has(+ p)`), and a compound left empty
 * becomes `*`. The result matches at least every element the original could match once the page
 * is interacted with, so a rule kept on its strength is never one the page needs and lacks.
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
      if (selector[j] === '(') {
        for (let depth = 0; j < selector.length; j += 1) {
          if (selector[j] === '(') depth += 1;
          else if (selector[j] === ')' && --depth === 0) {
            j += 1;
            break;
          }
        }
      }
      if (out.trim() === '' || /[\s>+~]$/.test(out)) out += '*';
      i = j;
    } else {
      out += c;
      i += 1;
    }
  }
  return out.trim();
}
