/**
 * What a paste says besides the labelled fields: the sign-in flow, the resource (scope) it asked
 * for, the user's address, the error page's own wording and the device requirement a message
 * names. Every reader looks for words that prove the value, never for a likely guess: advice
 * printed by a tool ("Interactive authentication is needed. Please run: az login") is not the
 * flow that was used, and a host counts as the resource only after `--scope` and its kin or in a
 * scope (`…/.default`).
 */
import type { Flow } from './types.ts';

/** The kinds of page wording the checker tells apart (`undefined`: none pasted). */
export type Headline =
  'no-permission' | 'device-managed' | 'token-protection' | 'browser' | 'other';

/** Each flow with the words that prove it, strongest first: the first that matches wins. */
const flowWords: [Flow, RegExp][] = [
  [
    'device-code',
    /--use-device-code|-UseDeviceAuthentication\b|-UseDeviceCode\b|-DeviceCode\b|Connect-ExchangeOnline\b[^\n]*\s-Device\b|device ?login|device[ -]code|activation code|enter the code [A-Z0-9]{6,12}\b|DeviceCodeCredential|AcquireTokenWithDeviceCode|-l devicecode/i,
  ],
  [
    'password',
    /(?<![\w-])-Credential\b|Get-Credential|user ?name and pass|\bROPC\b|grant_type=password|UsernamePasswordCredential|ByUsernamePassword|resource owner password/i,
  ],
  [
    'client-credentials',
    /client_credentials|ClientSecretCredential|ClientCertificateCredential|--service-principal|-ServicePrincipal\b|AcquireTokenForClient/i,
  ],
  ['refresh-token', /refresh(?:ing)?[ _]?token|refresh failed|-RefreshToken\b|AcquireTokenSilent/i],
  [
    'interactive',
    /Authentication=ActiveDirectoryInteractive|acquireTokenInteractive|InteractiveBrowserCredential|-l interactive\b|authorization_type, Value: Interactive/i,
  ],
];

/** Hosts that are never the resource asked for: sign-in, help and code pages. */
const notResource =
  /^(?:login\.microsoftonline\.com|login\.microsoft\.com|login\.windows\.net|aka\.ms|(?:go|learn|docs|www)\.microsoft\.com|microsoft\.com|github\.com)$/i;

const guid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** Where a resource is named: after a flag, in a scope, or in "…to access '<id>'". */
const resourcePattern = new RegExp(
  [
    `(?:--scope|--resource|-Scopes?|-ResourceUrl|-Resource|--uri|-Uri|\\bscope=|\\bresource=)[ \\t=]*["']?(https?://[^\\s"'/]+|api://[^\\s"',]+|${guid})`,
    `(https?://[^\\s"'/]+)/+(?:\\.default|user_impersonation)`,
    `to access '(${guid}|https?://[^\\s"'/]+)'`,
  ].join('|'),
  'gi',
);

/** An e-mail address or UPN: a dot in the domain, so `user@HOST` prompts do not count. */
const address =
  /(?<![\w.%+-])[\w.%+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})*\.[a-z]{2,24}(?![\w-])/gi;

/** The flow, resource and user a text shows, each only when the words prove it. */
export function extractExtras(text: string): { flow?: Flow; resource?: string; user?: string } {
  const out: { flow?: Flow; resource?: string; user?: string } = {};
  // `--use-device-code=false` turns the device code off: it is no sign of one.
  const plain = text.replace(/--use-device-code=false/gi, '');
  const flow = flowWords.find(([, words]) => words.test(plain))?.[0];
  if (flow) out.flow = flow;
  for (const m of text.matchAll(resourcePattern)) {
    const raw = m.slice(1).find((g) => g !== undefined) ?? '';
    const value = /^https?:\/\//i.test(raw) ? raw.replace(/^https?:\/\//i, '').toLowerCase() : raw;
    if (value && !notResource.test(value)) {
      out.resource = value;
      break;
    }
  }
  for (const m of text.matchAll(address)) {
    // An address inside a link (`https://…/user@x.com`) or a placeholder is not a person's.
    const before = text.slice(Math.max(0, (m.index ?? 0) - 200), m.index);
    if (/https?:\/\/\S*$/.test(before)) continue;
    out.user = m[0];
    break;
  }
  return out;
}

/**
 * The error page's wording, in English and in the Italian a localised page would likely use
 * (UNCONFIRMED wording: accepting it costs nothing). The specific kinds come first.
 */
export function headlineOf(text: string): Headline | undefined {
  const t = text.toLowerCase().replace(/\s+/g, ' ');
  if (/you don't have permission to access this resource/.test(t)) return 'no-permission';
  if (
    /help us keep your device secure|requires the device requesting access to be managed|set up your device to get access|your device is required to be managed|can only be accessed from: devices or client applications that meet/.test(
      t,
    )
  )
    return 'device-managed';
  if (/requiring token protection|token protection policy/.test(t)) return 'token-protection';
  if (
    /you can't get there from here|the current browser is not supported|cannot access the resource from this browser|can't open this resource from this web browser/.test(
      t,
    )
  )
    return 'browser';
  if (
    /you don't have access to this|you cannot access this right now|does not meet the criteria to access this resource|a security policy is preventing access|non hai accesso a quest|non soddisfa i criteri/.test(
      t,
    )
  )
    return 'other';
  return undefined;
}

/** The device requirement a message names: the state required, not the device's own. */
export function requirementOf(
  text: string,
  headline: Headline | undefined,
): { kind: 'compliant' | 'domain-joined' | 'managed'; words: string } | undefined {
  const words = /required device state:?\s*([a-z_]{3,20})/i.exec(text)?.[1] ?? '';
  if (/compliant/i.test(words)) return { kind: 'compliant', words };
  if (/domain/i.test(words)) return { kind: 'domain-joined', words };
  return headline === 'device-managed' ? { kind: 'managed', words: '' } : undefined;
}
