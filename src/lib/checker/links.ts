/**
 * The site addresses the checker links to. Kept in one place because the cause pages, the code
 * pages and the field anchors are promises other pages and e-mails rely on (CONTRIBUTING.md).
 */
import type { CauseId, CodeInfo, FieldName } from './types.ts';

/** The section ids of every cause page. */
export type CauseAnchor =
  | 'how-to-recognise'
  | 'why-it-happens'
  | 'what-you-can-try'
  | 'what-it-must-do'
  | 'how-to-verify'
  | 'related-codes';

/** The anchors of `/details/` for each field of the page's box. */
export const fieldAnchors: Record<Exclude<FieldName, 'flow' | 'resource' | 'user'>, string> = {
  errorCode: 'error-code',
  requestId: 'request-id',
  correlationId: 'correlation-id',
  timestamp: 'timestamp',
  appName: 'app-name',
  appId: 'app-id',
  ipAddress: 'ip-address',
  deviceId: 'device-identifier',
  devicePlatform: 'device-platform',
  deviceState: 'device-state',
};

/** A cause page, or one of its sections. */
export function causeHref(locale: string, id: CauseId, anchor?: CauseAnchor): string {
  return `/${locale}/causes/${id}/${anchor ? `#${anchor}` : ''}`;
}

/** The page that explains a code, when the site has one: 53003 has its own overview. */
export function codeHref(
  locale: string,
  code: Pick<CodeInfo, 'code' | 'page'>,
): string | undefined {
  if (code.code === '53003') return `/${locale}/what-is-53003/`;
  return code.page ? `/${locale}/codes/${code.code}/` : undefined;
}

/**
 * Where a field is explained: its section of `/details/`; the flow on the page about
 * authentication flows; the resource with the app name (client and resource differ); the user's
 * address nowhere, since it needs no explanation.
 */
export function fieldHref(locale: string, field: FieldName): string | undefined {
  if (field === 'flow') return causeHref(locale, 'auth-flow', 'how-to-recognise');
  if (field === 'resource') return `/${locale}/details/#${fieldAnchors.appName}`;
  if (field === 'user') return undefined;
  return `/${locale}/details/#${fieldAnchors[field]}`;
}

/** How to flag a sign-in error for review. */
export function flagHref(locale: string): string {
  return `/${locale}/fix/user/#flag-sign-in`;
}

/** Microsoft's own page about a sign-in error code: for codes this site does not explain. */
export function lookupHref(code: string): string {
  return `https://login.microsoftonline.com/error?code=${encodeURIComponent(code)}`;
}
