/**
 * The words the checker reads beyond the labelled fields (see `extract.ts`): the sources of its
 * regular expressions. Kept as data, because they are the wording of Microsoft's pages and of the
 * tools people use, and because the page receives them in the checker's data file
 * (`payload.ts`), so that they do not weigh on the script.
 */
import type { CheckerWords } from './extract.ts';

const guid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

export const checkerWords: CheckerWords = {
  flows: [
    [
      'device-code',
      String.raw`--use-device-code|-UseDeviceAuthentication\b|-UseDeviceCode\b|-DeviceCode\b|Connect-ExchangeOnline\b[^\n]*\s-Device\b|device ?login|device[ -]code|activation code|enter the code [A-Z0-9]{6,12}\b|DeviceCodeCredential|AcquireTokenWithDeviceCode|-l devicecode`,
    ],
    [
      'password',
      String.raw`(?<![\w-])-Credential\b|Get-Credential|user ?name and pass|\bROPC\b|grant_type=password|UsernamePasswordCredential|ByUsernamePassword|resource owner password`,
    ],
    [
      'client-credentials',
      String.raw`client_credentials|ClientSecretCredential|ClientCertificateCredential|--service-principal|-ServicePrincipal\b|AcquireTokenForClient`,
    ],
    [
      'refresh-token',
      String.raw`refresh(?:ing)?[ _]?token|refresh failed|-RefreshToken\b|AcquireTokenSilent`,
    ],
    [
      'interactive',
      String.raw`Authentication=ActiveDirectoryInteractive|acquireTokenInteractive|InteractiveBrowserCredential|-l interactive\b|authorization_type, Value: Interactive`,
    ],
  ],
  notResource: String.raw`^(?:login\.microsoftonline\.com|login\.microsoft\.com|login\.windows\.net|aka\.ms|(?:go|learn|docs|www)\.microsoft\.com|microsoft\.com|github\.com)$`,
  resource: [
    String.raw`(?:--scope|--resource|-Scopes?|-ResourceUrl|-Resource|--uri|-Uri|\bscope=|\bresource=)[ \t=]*["']?(https?://[^\s"'/]+|api://[^\s"',]+|${guid})`,
    String.raw`(https?://[^\s"'/]+)/+(?:\.default|user_impersonation)`,
    String.raw`to access '(${guid}|https?://[^\s"'/]+)'`,
  ].join('|'),
  // A dot in the domain, so that `user@HOST` prompts do not count.
  address: String.raw`(?<![\w.%+-])[\w.%+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})*\.[a-z]{2,24}(?![\w-])`,
  proseCode: String.raw`(?<![\p{L}])(?:error|errore|fehler|erreur|codice)(?:[ \t]+code)?[ \t]*[:#]?[ \t]*\(?(\d{5,7})(?![\d.\-/])|(?<![\w.\-:/])(\d{5,7})[ \t]+error\b`,
  productVersion: String.raw`^[ \t]*(azure data studio|visual studio code) version:`,
  claimedPlatform: String.raw`from a platform \(([^()\n]{1,30})\)`,
  blocked: String.raw`(?:AADSTS(\d{5,7})\s*:?\s*)?access has been blocked by conditional access policies`,
  // English as Microsoft prints it, and the Italian a localised page would likely use
  // (UNCONFIRMED wording: accepting it costs nothing).
  headlines: [
    ['no-permission', "you don't have permission to access this resource"],
    [
      'device-managed',
      'help us keep your device secure|requires the device requesting access to be managed|set up your device to get access|your device is required to be managed|can only be accessed from: devices or client applications that meet',
    ],
    ['token-protection', 'requiring token protection|token protection policy'],
    [
      'browser',
      "you can't get there from here|the current browser is not supported|cannot access the resource from this browser|can't open this resource from this web browser",
    ],
    [
      'other',
      "you don't have access to this|you cannot access this right now|does not meet the criteria to access this resource|a security policy is preventing access|non hai accesso a quest|non soddisfa i criteri",
    ],
  ],
};
