/**
 * `/data/checker-<locale>.json`: the checker's strings and data, one static file per language
 * (`src/components/checker-payload.ts` builds it). `kb-checker` fetches it on connection.
 */
import { checkerPayload } from '../../components/checker-payload';
import { jsonPerLocale } from '../../components/locale-strings';

export const { getStaticPaths, GET } = jsonPerLocale('Checker data', checkerPayload);
