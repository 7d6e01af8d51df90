/**
 * The checker's result region, one function per region: the status and notices, the recognised
 * fields, the ranked causes, the message for IT. What to say is decided in
 * `src/lib/checker/summary.ts`; this places it. Pasted values only ever reach the page as text
 * nodes and form values; every link comes from the site's own data.
 */
import type { CheckerResult } from '~/lib/checker/index.ts';
import { shortAddress, type FieldExplanation } from '~/lib/checker/explain.ts';
import type { Diagnosis } from '~/lib/checker/diagnose.ts';
import { causeHref } from '~/lib/checker/links.ts';
import type { CheckerState } from '~/lib/checker/state.ts';
import {
  causesMessage,
  causesTitle,
  formatsLine,
  list,
  notices,
  problemLine,
  statusLine,
  summarise,
  visibleBlocks,
  type SummaryContext,
} from '~/lib/checker/summary.ts';
import { mailtoHref, type Ticket } from '~/lib/checker/ticket.ts';
import { questions, type Question } from '~/lib/checker/types.ts';
import type { Translate } from '~/lib/text.ts';
import { h } from '~/components/shared/dom.ts';

/** Sets a text and hides the element while it is empty. */
function say(el: HTMLElement | null, text: string) {
  if (!el) return;
  if (el.textContent !== text) el.textContent = text;
  el.hidden = !text;
}

/** Status line (announced), the formats read, and the notices. */
function renderStatus(
  root: HTMLElement,
  state: CheckerState,
  result: CheckerResult,
  ctx: SummaryContext,
) {
  const status = root.querySelector<HTMLElement>('[data-status]');
  const text = statusLine(state, result, ctx);
  if (status && status.textContent !== text) status.textContent = text;
  say(root.querySelector('[data-formats]'), formatsLine(result, ctx.t));
  const list = root.querySelector<HTMLElement>('[data-notices]');
  if (!list) return;
  const lines = notices(state, result, ctx);
  list.replaceChildren(...lines.map((n) => h('li', {}, n)));
  list.hidden = !lines.length;
}

/** A value as the page shows it: the flow in words, the user's address shortened. */
function shown(f: FieldExplanation, t: Translate): string {
  if (f.name === 'flow') return t(`checker.flow.${f.value}`);
  if (f.name === 'user') return shortAddress(f.value);
  return f.value;
}

/**
 * One recognised field: its value, where it was found, notes, meaning and limit. `data-value`
 * holds the value as pasted (the user's whole address too), whatever the card shows.
 */
function fieldItem(f: FieldExplanation, t: Translate): HTMLElement {
  return h(
    'div',
    { class: 'field', 'data-field': f.name, 'data-value': f.value },
    h('dt', {}, t(`checker.field.${f.name}`)),
    h(
      'dd',
      {},
      h('p', {}, h('span', { class: 'value' }, shown(f, t))),
      f.foundAs && h('p', { class: 'found' }, t('checker.foundAs', { label: f.foundAs })),
      ...f.notes.map((n) =>
        h(
          'p',
          { class: 'note' },
          t(n.key, n.params),
          n.href && ' ',
          n.href &&
            h(
              'a',
              { href: n.href },
              n.key === 'checker.note.codeUnknown'
                ? t('checker.note.codeLookup')
                : t('checker.note.codePage', { code: f.value }),
            ),
        ),
      ),
      h('p', {}, t(f.meaning, { code: f.value })),
      h(
        'p',
        { class: 'limit' },
        t(f.limit),
        f.docs && ' ',
        f.docs && h('a', { href: f.docs }, t('checker.fieldDocs')),
      ),
    ),
  );
}

/** The ranked causes, each with its evidence for and against and one thing to try. */
function renderCauses(
  root: HTMLElement,
  result: CheckerResult,
  locale: string,
  ctx: SummaryContext,
  show: { causes: boolean; others: boolean },
) {
  const { t, causeTitle } = ctx;
  const { diagnosis }: { diagnosis: Diagnosis } = result;
  root.querySelector('[data-causes-block]')?.toggleAttribute('hidden', !show.causes);
  const title = causesTitle(result, t);
  say(root.querySelector('[data-causes-title]'), title);
  root.querySelector('[data-caveat]')?.toggleAttribute('hidden', !title);
  say(root.querySelector('[data-causes-message]'), causesMessage(result, t, causeTitle));
  root
    .querySelector('[data-causes]')
    ?.replaceChildren(
      ...diagnosis.causes.map((c) =>
        h(
          'li',
          { class: 'cause', 'data-cause': c.id },
          h(
            'h4',
            {},
            h('a', { href: causeHref(locale, c.id) }, causeTitle(c.id)),
            h(
              'span',
              { class: 'badge', 'data-confidence': c.confidence },
              t(`checker.confidence.${c.confidence}`),
            ),
          ),
          h('p', {}, h('strong', {}, t('checker.causes.why'))),
          h('ul', {}, ...c.for.map((e) => h('li', {}, e.text))),
          c.against.length > 0 && h('p', {}, h('strong', {}, t('checker.causes.against'))),
          c.against.length > 0 && h('ul', {}, ...c.against.map((e) => h('li', {}, e.text))),
          h(
            'p',
            { class: 'try' },
            h('strong', {}, t('checker.causes.tryNow')),
            ' ',
            c.tryNow || t('checker.causes.allTried'),
          ),
          h(
            'p',
            {},
            h(
              'a',
              { href: causeHref(locale, c.id, 'what-it-must-do') },
              t('checker.causes.itMust'),
            ),
          ),
        ),
      ),
    );
  const others = root.querySelector<HTMLElement>('[data-others]');
  if (!others) return;
  others.replaceChildren(
    t('checker.causes.others'),
    ...diagnosis.others.flatMap((id, i) => [
      i ? ', ' : ' ',
      h('a', { href: causeHref(locale, id) }, causeTitle(id)),
    ]),
  );
  others.hidden = !show.others;
}

/**
 * The question whose answer would separate the causes, with its answers as buttons: a button
 * sets the same answer in the form (`data-answer`), which the element then runs again.
 */
function renderQuestion(box: HTMLElement | null, q: Question | undefined, t: Translate) {
  if (!box) return;
  box.replaceChildren(
    ...(q
      ? [
          h('p', {}, h('strong', {}, t('checker.causes.ask')), ' ', t(`checker.q.${q}`)),
          h(
            'p',
            { class: 'answers' },
            ...questions[q].map((value) =>
              h('button', { type: 'button', 'data-answer': q, value }, t(`checker.opt.${value}`)),
            ),
          ),
        ]
      : []),
  );
  box.hidden = !q;
}

/** The short result under the paste box: the first cause or the tied ones, the first step. */
function renderSummary(root: HTMLElement, result: CheckerResult, ctx: SummaryContext) {
  const box = root.querySelector<HTMLElement>('[data-summary]');
  if (!box) return;
  const { t, causeTitle } = ctx;
  const summary = summarise(result.diagnosis);
  box.hidden = !summary;
  if (!summary) return;
  const { top, tied, step } = summary;
  say(
    box.querySelector('[data-summary-cause]'),
    top
      ? t('checker.summary.top', { cause: causeTitle(top) })
      : tied.length
        ? t('checker.summary.undecided', { causes: list(tied.map(causeTitle)) })
        : t('checker.causes.none'),
  );
  say(
    box.querySelector('[data-summary-step]'),
    step
      ? `${t('checker.summary.try')} ${step}`
      : top || tied.length
        ? t('checker.causes.allTried')
        : '',
  );
  renderQuestion(box.querySelector('[data-summary-ask]'), summary.question, t);
}

/** The message for IT: subject, body, the mail links; the copy reports are cleared. */
function renderTicket(root: HTMLElement, ticket: Ticket, show: boolean) {
  const area = root.querySelector<HTMLTextAreaElement>('[data-ticket]');
  if (area) area.value = ticket.body;
  const subject = root.querySelector('[data-subject]');
  if (subject) subject.textContent = ticket.subject;
  const mail = mailtoHref(ticket);
  for (const a of root.querySelectorAll('[data-mail]')) a.setAttribute('href', mail);
  root.querySelector('[data-ticket-block]')?.toggleAttribute('hidden', !show);
  for (const copied of root.querySelectorAll('[data-copy-status]')) copied.textContent = '';
}

/** Renders a whole result into the element's result region. */
export function renderResult(
  root: HTMLElement,
  state: CheckerState,
  result: CheckerResult,
  ticket: Ticket,
  locale: string,
  ctx: SummaryContext,
) {
  const show = visibleBlocks(state, result);
  renderStatus(root, state, result, ctx);
  say(root.querySelector('[data-problem]'), problemLine(ctx.problem, ctx.t));
  renderSummary(root, result, ctx);
  root
    .querySelector('[data-fields]')
    ?.replaceChildren(...result.fields.map((f) => fieldItem(f, ctx.t)));
  root.querySelector('[data-fields-block]')?.toggleAttribute('hidden', !show.fields);
  renderCauses(root, result, locale, ctx, show);
  renderTicket(root, ticket, show.ticket);
}
