/**
 * Highlights, on a page opened from a search result, the words that matched (`?highlight=`).
 * Loaded only when that parameter is present. Marks only the article's text, never the
 * navigation, and leaves code blocks and existing marks alone.
 */
import { findMatches } from '~/lib/search/highlight';
import { readHighlight } from '~/lib/search/url-state';

const SKIP = 'script, style, mark, pre, svg, [data-pagefind-ignore]';

/**
 * Wraps every match of the terms (by default those of the address) inside the page's Markdown
 * content in `<mark class="kb-highlight">`.
 */
export function highlightPage(terms: readonly string[] = readHighlight(location.search)) {
  const root = document.querySelector('.sl-markdown-content');
  if (!terms.length || !root) return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const hits: [Text, ReturnType<typeof findMatches>][] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const ranges = findMatches(text.data, terms);
    if (ranges.length) hits.push([text, ranges]);
  }
  for (const [text, ranges] of hits) {
    const pieces: (Node | string)[] = [];
    let at = 0;
    for (const [start, end] of ranges) {
      pieces.push(text.data.slice(at, start));
      const mark = document.createElement('mark');
      mark.className = 'kb-highlight';
      mark.textContent = text.data.slice(start, end);
      pieces.push(mark);
      at = end;
    }
    pieces.push(text.data.slice(at));
    text.replaceWith(...pieces.filter((p) => p !== ''));
  }
}
