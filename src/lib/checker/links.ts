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

/** The anchors of `/details/` for each field. */
export const fieldAnchors: Record<FieldName, string> = {
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

/** The explanation of one field of the details block. */
export function fieldHref(locale: string, field: FieldName): string {
  return `/${locale}/details/#${fieldAnchors[field]}`;
}

/** How to flag a sign-in error for review. */
export function flagHref(locale: string): string {
  return `/${locale}/fix/user/#flag-sign-in`;
}
