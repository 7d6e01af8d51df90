/**
 * `/data/what-if-messages-<locale>.json`: the What If engine's sentences in one language
 * (`whatIf.engine.*` of `src/content/i18n/<locale>.json`, see `src/lib/what-if/messages.ts`).
 * `kb-what-if` fetches it on first use, with the engine.
 */
import { jsonPerLocale } from '~/server/strings';
import { whatIfMessages } from '~/components/tools/what-if/payload';

export const { getStaticPaths, GET } = jsonPerLocale('What If sentences', whatIfMessages);
