/**
 * Rebuilds, from a log record, the "Troubleshooting details" block the user would have copied
 * from the error page, and the link that opens it in the site's checker (which reads a
 * `#details=<URI-encoded block>` fragment: the fragment never reaches a server). The link is
 * absolute (the tool's payload carries the checker's absolute address, built at build time from
 * the site's): admins paste it into tickets and e-mails.
 */
import type { SignInRecord } from './types';

/** The details block of a record, in the error page's labels and order; empty lines left out. */
export function detailsBlock(r: SignInRecord): string {
  const timestamp =
    Number.isFinite(r.time) && !/^\d{4}-\d{2}-\d{2}T/.test(r.createdDateTime)
      ? new Date(r.time).toISOString()
      : r.createdDateTime;
  const lines: [string, string][] = [
    ['Error Code', r.errorCode === null ? '' : String(r.errorCode)],
    ['Request Id', r.requestId],
    ['Correlation Id', r.correlationId],
    ['Timestamp', timestamp],
    ['App name', r.appDisplayName],
    ['App id', r.appId],
    ['IP address', r.ipAddress],
    ['Device platform', r.device.operatingSystem],
  ];
  return lines
    .filter(([, value]) => value !== '')
    .map(([label, value]) => `${label}: ${value.replace(/[\r\n]+/g, ' ')}`)
    .join('\n');
}

/**
 * The checker's address for a record: `checkerUrl` (the checker page's absolute address, in the
 * page's language: `ClientConfig.checkerUrl`) with the block in its fragment,
 * `https://…/it/checker/#details=…`.
 */
export function checkerHref(checkerUrl: string, r: SignInRecord): string {
  return `${checkerUrl.replace(/#.*$/, '')}#details=${encodeURIComponent(detailsBlock(r))}`;
}
