/**
 * `/data/what-if-<locale>.json`: the What If tool's strings, one static file per language
 * (`src/components/what-if-payload.ts` builds it). `kb-what-if` fetches it on connection.
 */
import { jsonPerLocale } from '../../components/locale-strings';
import { whatIfPayload } from '../../components/what-if-payload';

export const { getStaticPaths, GET } = jsonPerLocale('What If tool data', whatIfPayload);
