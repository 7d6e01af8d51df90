import { z } from 'astro/zod';
import { checkerStringKeys } from '../components/tools/checker/strings';
import { signInLogsStringKeys } from '../components/tools/sign-in-logs/strings';
import { whatIfStringKeys } from '../components/tools/what-if/strings';
import { messageKeys, messagePrefix } from '../lib/what-if/messages';

/** Declares every key of a tool's list (its `strings.ts`) as a required string. */
const required = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, z.string()])) as Record<K, z.ZodString>;

/**
 * The interface strings this site adds to Starlight's own. Flat dotted keys, one JSON file per
 * locale in `src/content/i18n/`; a unit test keeps the files on the same keys. Each tool lists its
 * own keys in its folder (`src/components/tools/<tool>/strings.ts`); the site's keys are here,
 * grouped by the part of the site that shows them.
 */
export const uiStringsSchema = z.object({
  'page.sources': z.string().describe('Heading of the source list under every page'),
  'page.reviewed': z.string().describe('Label before the reviewed date'),
  'page.kind.overview': z.string(),
  'page.kind.cause': z.string(),
  'page.kind.fix': z.string(),
  'page.kind.faq': z.string(),
  'page.kind.reference': z.string(),
  'page.kind.tool': z.string(),
  'notFound.title': z.string().describe('Title of the 404 page'),
  'notFound.text': z.string(),
  'notFound.search': z.string().describe('Label of the search field on the 404 page'),
  'notFound.submit': z.string(),
  'notFound.home': z.string().describe('Link back to the home page'),
  'notFound.looking': z.string().describe('Said while the 404 looks for the page a link meant'),
  'notFound.nearest': z.string().describe('Before the pages nearest to a broken link'),
  'heading.copied': z.string().describe('Said once a heading’s link is on the clipboard'),
  'feedback.question': z.string().describe('"Was this helpful?" at the foot of every page'),
  'feedback.yes': z.string(),
  'feedback.no': z.string(),
  'feedback.note': z
    .string()
    .describe('Under the answers: what they open, and that nothing is sent'),
  'feedback.subject': z.string().describe('Prefilled subject; {title} and {answer} replaced'),
  'feedback.body': z.string().describe('Prefilled message; {url} (the page) and {answer} replaced'),
  'chooser.title': z.string().describe('Title of the root language chooser'),
  'chooser.text': z.string(),
  'searchUi.input': z
    .string()
    .describe('Label of the search field, in the dialog and on the search page'),
  'searchUi.placeholder': z.string().describe('Example words shown in the empty search field'),
  'searchUi.results': z.string().describe('Accessible name of the list of results'),
  'searchUi.loading': z.string().describe('Said while the search index loads'),
  'searchUi.none': z.string().describe('No result; {query} is replaced by the query'),
  'searchUi.one': z.string().describe('One result; {query} is replaced by the query'),
  'searchUi.many': z.string().describe('{count} results for {query}'),
  'searchUi.error': z.string().describe('The index could not be loaded'),
  'searchUi.keys': z.string().describe('How to move through the results with the keyboard'),
  'searchUi.openPage': z.string().describe('Link from the dialog to the search page'),
  'searchUi.more': z.string().describe('Button that shows more results'),
  'searchUi.kind': z.string().describe('Legend of the filters by kind of page'),
  'searchUi.kind.all': z.string(),
  'searchUi.kind.cause': z.string(),
  'searchUi.kind.fix': z.string(),
  'searchUi.kind.faq': z.string(),
  'searchUi.kind.code': z.string(),
  'searchUi.kind.reference': z.string(),
  'searchUi.needsJs': z.string().describe('Search page without JavaScript'),
  'searchUi.allPages': z.string().describe('Link to the list of all pages'),
  'code.copy': z.string().describe('Copy button on code blocks'),
  'code.copied': z.string().describe('Copy button once the text is on the clipboard'),
  'breadcrumbs.home': z.string().describe('Short name of the home page in the breadcrumb trail'),
  'breadcrumbs.label': z.string().describe('Accessible name of the breadcrumb navigation'),
  ...required(checkerStringKeys),
  ...required(signInLogsStringKeys),
  // In the page rather than in the tool's data file, since it says that file could not be had.
  'signinLogs.unavailable': z
    .string()
    .describe('Sign-in log tool: its strings and data could not be loaded'),
  ...required(whatIfStringKeys),
  // The What If engine's sentences (src/lib/what-if/messages.ts lists their keys).
  ...required(messageKeys.map((key) => `${messagePrefix}${key}` as const)),
  'whatIf.unavailable': z.string().describe('What If tool: its strings could not be loaded'),
});
