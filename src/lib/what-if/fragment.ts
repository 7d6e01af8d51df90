/**
 * The whole simulation in a URL fragment, `#policies=<JSON>&locations=<JSON>&scenario=<JSON>`,
 * each part URI-encoded, so a link can be shared without a server ever seeing it (fragments are
 * not sent). Reading a fragment returns the three JSON texts for the `parse*` functions; a
 * damaged part is reported by name, and the other parts are still returned.
 */
import type { DeviceInfo, InputError, Scenario } from './types.ts';

/** Longest fragment read: about the largest URL browsers keep. */
export const MAX_FRAGMENT_CHARS = 2_000_000;

export const fragmentParts = ['policies', 'locations', 'scenario'] as const;
export type FragmentPart = (typeof fragmentParts)[number];

// `wi` is the compressed form of `share.ts`.
const evaluationPart = new RegExp(`^#?(?:.*&)?(?:${[...fragmentParts, 'wi'].join('|')})=`);

/**
 * Whether a fragment carries an evaluation (one of the parts), rather than pointing to a heading
 * of the page (`#limits`): only then does the tool open it.
 */
export function carriesEvaluation(hash: string): boolean {
  return evaluationPart.test(hash);
}

/** Builds the fragment (with its `#`) from values that are serialised as compact JSON. */
export function toFragment(parts: Partial<Record<FragmentPart, unknown>>): string {
  const out: string[] = [];
  for (const name of fragmentParts) {
    const v = parts[name];
    if (v === undefined) continue;
    const json = typeof v === 'string' ? v : JSON.stringify(v);
    out.push(`${name}=${encodeURIComponent(json)}`);
  }
  return `#${out.join('&')}`;
}

/** Reads a fragment (with or without `#`) into the JSON text of each part. Never throws. */
export function fromFragment(hash: string): {
  parts: Partial<Record<FragmentPart, string>>;
  errors: InputError[];
} {
  const parts: Partial<Record<FragmentPart, string>> = {};
  const errors: InputError[] = [];
  if (typeof hash !== 'string') return { parts, errors: [{ key: 'fragment.empty', params: {} }] };
  if (hash.length > MAX_FRAGMENT_CHARS)
    return { parts, errors: [{ key: 'fragment.tooLarge', params: { max: MAX_FRAGMENT_CHARS } }] };
  for (const pair of hash.replace(/^#/, '').split('&')) {
    const eq = pair.indexOf('=');
    if (eq < 0) continue;
    const name = pair.slice(0, eq);
    if (!(fragmentParts as readonly string[]).includes(name)) continue;
    try {
      parts[name as FragmentPart] = decodeURIComponent(pair.slice(eq + 1).replace(/\+/g, '%20'));
    } catch {
      errors.push({ key: 'fragment.badEncoding', params: { part: name } });
    }
  }
  if (!Object.keys(parts).length && !errors.length)
    errors.push({ key: 'fragment.empty', params: {} });
  return { parts, errors };
}

function deviceInfoJson(d: DeviceInfo): Record<string, unknown> {
  const { extensionAttributes, ...rest } = d;
  const out: Record<string, unknown> = { ...rest };
  for (const [n, v] of Object.entries(extensionAttributes)) out[`extensionAttribute${n}`] = v;
  return out;
}

/** A scenario as Graph's What If request body (plus our `directory`): the inverse of `parseScenario`. */
export function scenarioToRequest(s: Scenario): Record<string, unknown> {
  const identity =
    s.identity.kind === 'servicePrincipal'
      ? {
          '@odata.type': '#microsoft.graph.servicePrincipalSignIn',
          servicePrincipalId: s.identity.servicePrincipalId,
        }
      : {
          '@odata.type': '#microsoft.graph.userSignIn',
          userId: s.identity.userId,
          externalUserType: s.identity.externalUserType,
          externalTenantId: s.identity.externalTenantId,
        };
  const ctx = s.context;
  const context =
    ctx?.kind === 'application'
      ? {
          '@odata.type': '#microsoft.graph.applicationContext',
          includeApplications: ctx.applications,
        }
      : ctx?.kind === 'userAction'
        ? { '@odata.type': '#microsoft.graph.userActionContext', userAction: ctx.action }
        : ctx?.kind === 'authContext'
          ? { '@odata.type': '#microsoft.graph.authContext', authenticationContextValue: ctx.value }
          : undefined;
  const conditions = {
    devicePlatform: s.devicePlatform,
    clientAppType: s.clientAppType,
    ipAddress: s.ipAddress,
    country: s.country,
    signInRiskLevel: s.signInRiskLevel,
    userRiskLevel: s.userRiskLevels?.length === 1 ? s.userRiskLevels[0] : undefined,
    userRiskLevels: s.userRiskLevels && s.userRiskLevels.length > 1 ? s.userRiskLevels : undefined,
    servicePrincipalRiskLevel: s.servicePrincipalRiskLevel,
    insiderRiskLevel: s.insiderRiskLevel,
    authenticationFlow: s.transferMethod ? { transferMethod: s.transferMethod } : undefined,
    deviceInfo: s.device ? deviceInfoJson(s.device) : undefined,
  };
  // JSON.stringify drops the undefined fields.
  return JSON.parse(
    JSON.stringify({
      signInIdentity: identity,
      signInContext: context,
      signInConditions: conditions,
      directory: s.directory,
    }),
  ) as Record<string, unknown>;
}
