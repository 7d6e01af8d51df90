/**
 * `/data/what-if-<locale>.json`: the What If tool's strings, one static file per language
 * (`src/components/tools/what-if/payload.ts` builds it). `kb-what-if` fetches it on connection.
 */
import { jsonPerLocale } from '~/server/strings';
import { whatIfPayload } from '~/components/tools/what-if/payload';

export const { getStaticPaths, GET } = jsonPerLocale('What If tool data', whatIfPayload);
