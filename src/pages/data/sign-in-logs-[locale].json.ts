/**
 * `/data/sign-in-logs-<locale>.json`: the sign-in log tool's strings and data, one static file
 * per language (`src/components/tools/sign-in-logs/payload.ts` builds it). `kb-sign-in-logs` fetches it
 * on connection.
 */
import { jsonPerLocale } from '~/server/strings';
import { signInLogsPayload } from '~/components/tools/sign-in-logs/payload';

export const { getStaticPaths, GET } = jsonPerLocale('Sign-in log tool data', signInLogsPayload);
