/**
 * `/data/checker-<locale>.json`: the checker's strings and data, one static file per language
 * (`src/components/tools/checker/payload.ts` builds it). `kb-checker` fetches it on connection.
 */
import { checkerPayload } from '~/components/tools/checker/payload';
import { jsonPerLocale } from '~/server/strings';

export const { getStaticPaths, GET } = jsonPerLocale('Checker data', checkerPayload);
