/**
 * The copy controls of an article, one delegated listener for both:
 *
 * - The Copy button of each code block (rendered in the HTML by src/lib/site/code-blocks.ts):
 *   help desks copy the ready replies, admins the queries. The button says "Copied" for a moment.
 * - The `#` beside every heading copies the section's full address as well as going to it: help
 *   desks paste section links into e-mails, and a phone has no quick way to copy a link it is
 *   on. The address is the page's canonical one (built from SITE_URL) with the heading's anchor,
 *   so it works wherever it is pasted. `<kb-copy role="status">` (Copy.astro) confirms it: an
 *   empty live region that shows "Link copied: <address>" for a moment, which screen readers say.
 *
 * Without a clipboard (or JavaScript) the `#` stays a link to the section, and CSS hides the
 * Copy buttons. Every article loads this before anyone interacts (config/budgets.ts
 * `articleJs`), so it is written small: no class, one listener.
 */
const live = document.querySelector<HTMLElement>('kb-copy');
let timer = 0;

document.addEventListener('click', (event) => {
  const target = (event.target as Element).closest?.('a.kb-a, button.kb-copy');
  const status = live;
  if (!target || !status || !navigator.clipboard) return;
  if (target.tagName === 'BUTTON') {
    // The block's text; the button says "Copied" for a moment.
    const label = target.textContent;
    void navigator.clipboard
      .writeText(target.previousElementSibling?.textContent ?? '')
      .then(() => {
        target.textContent = status.dataset.copied ?? '';
        setTimeout(() => (target.textContent = label), 2500);
      }, Boolean);
    return;
  }
  // The section's full address; the status line shows and says it for a moment.
  // The canonical link (SITE_URL and the page's path) never carries a fragment of its own.
  const page = document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href ?? '';
  const address = `${page}${target.getAttribute('href') ?? ''}`;
  void navigator.clipboard.writeText(address).then(() => {
    status.textContent = `${status.dataset.done} ${address}`;
    status.className = 'on';
    clearTimeout(timer);
    timer = window.setTimeout(() => (status.className = status.textContent = ''), 2500);
  }, Boolean);
});
