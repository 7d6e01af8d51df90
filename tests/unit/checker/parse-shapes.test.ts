/**
 * The shapes people paste besides the details block, each written small: what the parser must
 * read in them and, as much, what it must not (advice printed by a tool, the requirement a
 * message names, numbers that are not codes). The real pastes are in `real/`.
 */
import { describe, expect, test } from 'vitest';
import { platformKind } from '../../../src/lib/checker/parse';
import { redactDetails, shareLink, decodeState, emptyState } from '../../../src/lib/checker/state';
import { read } from './helpers';

const guidA = '2f8ccb7a-459e-44fb-b615-232475945800';
const guidB = '824fc737-3721-428a-adb8-e51aec8c4cce';

describe('codes', () => {
  test('error_codes wins over a mistyped code in the text, and the disagreement is kept', () => {
    const r = read(
      `{"error":"interaction_required","error_description":"AADSTS56003:Access has been blocked by Conditional Access policies.","error_codes":[53003],"trace_id":"${guidA}"}`,
    );
    expect(r.fields.errorCode).toBe('53003');
    expect(r.conflicts).toEqual([{ field: 'errorCode', values: ['53003', '56003'] }]);
  });

  test('the same when the JSON is cut and read as text', () => {
    const r = read(
      `server response: {"error_description":"AADSTS56003: …","error_codes":[53003],"timest`,
    );
    expect(r.fields.errorCode).toBe('53003');
  });

  test.each([
    ['(error code 53003)', '53003'],
    ['Error 530001: You can’t get there from here', '530001'],
    ['resulting in a Microsoft 53003 error with Device-id: Not available', '53003'],
    ['Sign-in error code 53009', '53009'],
    ['codice errore 53003 da stamattina', '53003'],
    ['530032 is not listed.', '530032'],
    ['Can you add 530022 to the table?', '530022'],
  ])('a code in prose: %s', (text, code) => {
    expect(read(text).fields.errorCode).toBe(code);
  });

  test.each([
    ['a build number', 'Build 53651 failed'],
    ['a WAM status code', 'Error code: 3399614476, Tag: 557973645'],
    ['a hex error', 'Error code 0xinvalid_grant'],
    ['a version', 'version 53003.1.2'],
  ])('not a code: %s', (_, text) => {
    expect(read(text).fields.errorCode).toBeUndefined();
  });

  test('53003’s sentence under another number is read as 53003’s words', () => {
    const r = read(
      'MsalInteractionRequiredException: AADSTS53005: access has been blocked by conditional access policies.',
    );
    expect(r.fields.errorCode).toBe('53005');
    expect(r.codeWords).toBe('53003');
    expect(
      read('AADSTS53000: Device is not in required device state: compliant.').codeWords,
    ).toBeUndefined();
  });

  test('a labelled code of a WAM page (eight digits) and a correlation id without hyphens', () => {
    const r = read('Error Code: 80043490\nCorrelation Id: ac0cb5112d264898af4f4e76a17061a4');
    expect(r.fields).toMatchObject({
      errorCode: '80043490',
      correlationId: 'ac0cb5112d264898af4f4e76a17061a4',
    });
  });
});

describe('the CLI and SDK line', () => {
  const line = `Authentication failed against tenant 1a092f68-5741-455a-8057-2acdb897a850 'Contoso': AADSTS53003: Access has been blocked by Conditional Access policies. The access policy does not allow token issuance. Trace ID: ${guidA} Correlation ID: ${guidB} Timestamp: 2025-06-24 08:46:52Z. Status: Response_Status.Status_InteractionRequired, Error code: 3399614476, Tag: 557973645`;

  test('every id, the time as written, and the WAM status ignored', () => {
    expect(read(line).fields).toEqual({
      errorCode: '53003',
      requestId: guidA,
      correlationId: guidB,
      timestamp: '2025-06-24 08:46:52Z',
    });
  });

  test('wrapped by the terminal', () => {
    const wrapped = line.replace(/(.{80})/g, '$1\n');
    expect(read(wrapped).fields.errorCode).toBe('53003');
  });

  test('several attempts: the first is kept, the others are a conflict', () => {
    const second = line
      .replace('53003', '50079')
      .replace(guidA, 'a3c52841-d43e-4d86-88e7-d0f2c3862b00');
    const r = read(`${line}\n${second}`);
    expect(r.fields.requestId).toBe(guidA);
    expect(r.conflicts.map((c) => c.field)).toEqual(['errorCode', 'requestId']);
  });
});

describe('flow, resource, user', () => {
  test.each([
    ['az login --use-device-code', 'device-code'],
    [
      'To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code DRCJY6YBU to authenticate.',
      'device-code',
    ],
    ['Connect-AzAccount -UseDeviceAuthentication', 'device-code'],
    ['Connect-ExchangeOnline -UserPrincipalName x -Device', 'device-code'],
    ['I get an activation code which I plug into MS Login', 'device-code'],
    ['DEBUG: msal.application: Refresh failed. invalid_grant: AADSTS530003', 'refresh-token'],
    ['$token = New-PartnerAccessToken -Module ExchangeOnline -RefreshToken $rt', 'refresh-token'],
    ['Connect-AzureAD -Credential $Credential', 'password'],
    ['I pass the username and password and call acquireToken', 'password'],
    ['grant_type=client_credentials', 'client-credentials'],
    ['Authentication=ActiveDirectoryInteractive', 'interactive'],
  ])('%s → %s', (text, flow) => {
    expect(read(text).fields.flow).toBe(flow);
  });

  test.each([
    'Interactive authentication is needed. Please run:\naz login',
    'Run the command below to authenticate interactively',
    'azd login --use-device-code=false',
    'Connect-AzAccount -CredentialType Foo',
  ])('advice and look-alikes are no flow: %s', (text) => {
    expect(read(text).fields.flow).toBeUndefined();
  });

  test.each([
    ['az login --scope https://storage.azure.com/.default', 'storage.azure.com'],
    ['az login --scope https://graph.microsoft.com//.default', 'graph.microsoft.com'],
    [
      '[VSCODE_TENANT:x https://management.core.windows.net/.default offline_access]',
      'management.core.windows.net',
    ],
    [
      "you must use multi-factor authentication to access '797f4846-ba00-4fd7-ba43-dac1f8f63013'.",
      '797f4846-ba00-4fd7-ba43-dac1f8f63013',
    ],
    ['Get-MsalToken -Scopes api://contoso-api/.default', 'api://contoso-api/.default'],
  ])('resource of %s', (text, resource) => {
    expect(read(text).fields.resource).toBe(resource);
  });

  test('sign-in and help pages are no resource', () => {
    expect(
      read('see https://login.microsoftonline.com/error?code=53003 and https://aka.ms/TBCADocs')
        .fields.resource,
    ).toBeUndefined();
  });

  test('the user’s address, not a prompt or an address in a link', () => {
    expect(
      read('alex.rossi@contoso.com\nSorry, a security policy is preventing access').fields.user,
    ).toBe('alex.rossi@contoso.com');
    expect(read('user@DESKTOP-EXAMPLE:~$ az login').fields.user).toBeUndefined();
    expect(
      read('https://contoso.sharepoint.com/personal/x@contoso.com/Documents').fields.user,
    ).toBeUndefined();
  });
});

describe('app error reports', () => {
  test('VS Code: the OS into the platform, the product as the app', () => {
    const r = read(
      'Error Message: AADSTS53003: …\n\nVersion: 0.10.0\nOS: linux\nOS Release: 4.19.0-18-amd64\nProduct: Visual Studio Code\nProduct Version: 1.64.2',
    );
    expect(r.fields).toMatchObject({ devicePlatform: 'linux', appName: 'Visual Studio Code' });
    expect(platformKind('darwin')).toBe('macos');
    expect(platformKind('win32')).toBe('windows');
  });

  test('Azure Data Studio: "OS version: Darwin …" and the product before its version', () => {
    const r = read(
      'AADSTS53003: …\nAzure Data Studio version: azuredatastudio 1.47.0 (c7c2b2f)\nOS version: Darwin arm64 23.2.0',
    );
    expect(r.fields).toMatchObject({
      devicePlatform: 'Darwin arm64 23.2.0',
      appName: 'Azure Data Studio',
    });
  });

  test('the page’s platform comes before the report’s, and they do not conflict', () => {
    const r = read('Device platform: macOS\nOS: darwin');
    expect(r.fields.devicePlatform).toBe('macOS');
    expect(r.conflicts).toEqual([]);
  });

  test('a telemetry header is no OS', () => {
    expect(read('x-client-OS:REDACTED').fields.devicePlatform).toBeUndefined();
  });

  test('50005 names the platform it saw', () => {
    const r = read(
      "AADSTS50005: User tried to log in to a device from a platform (Unknown) that's currently not supported",
    );
    expect(r.fields.devicePlatform).toBe('Unknown');
    expect(platformKind('Unknown')).toBe('unknown');
  });
});

describe('the page’s wording and the device requirement', () => {
  test.each([
    [
      'Your sign-in was successful but does not meet the criteria to access this resource.',
      'other',
    ],
    [
      'Help us keep your device secure. Your sign-in was successful but your admin requires the device requesting access to be managed by Contoso',
      'device-managed',
    ],
    [
      'Sorry, a security policy is preventing access\nAn organization security policy requiring token protection is preventing this application',
      'token-protection',
    ],
    ["You can't get there from here", 'browser'],
    [
      'Your sign-in was successful but you don’t have permission to access this resource.',
      'no-permission',
    ],
  ])('%s', (text, headline) => {
    const r = read(text);
    expect(r.headline).toBe(headline);
    expect(r.fields).toEqual({});
  });

  test('“required device state: compliant” is the requirement, not the state', () => {
    for (const text of [
      'Device is not in required device state: compliant.',
      'AADSTS53001: Device is not in required device state: domain_joined. Conditional Access policy requires a domain joined device',
    ]) {
      const r = read(text);
      expect(r.fields.deviceState).toBeUndefined();
      expect(r.unreadable).toEqual([]);
    }
    expect(read('Device is not in required device state: compliant.').requirement).toBe(
      'compliant',
    );
    expect(read('Device is not in required device state: domain_joined.').requirement).toBe(
      'domain-joined',
    );
  });
});

describe('a details block in another language', () => {
  const block = (labels: string[]) =>
    [
      `${labels[0]}: 53003`,
      `${labels[1]}: ${guidA}`,
      `${labels[2]}: ${guidB}`,
      `${labels[3]}: 2026-01-20T21:33:18.342Z`,
      `${labels[4]}: 198.51.100.77`,
      `${labels[5]}: ${labels[8]}`,
      `${labels[6]}: macOS`,
      `${labels[7]}: Unregistered`,
    ].join('\n');
  const expected = {
    errorCode: '53003',
    requestId: guidA,
    correlationId: guidB,
    timestamp: '2026-01-20T21:33:18.342Z',
    ipAddress: '198.51.100.77',
    devicePlatform: 'macOS',
    deviceState: 'Unregistered',
  };

  test.each([
    [
      'Italian',
      [
        'Codice errore',
        'ID richiesta',
        'ID correlazione',
        'Timestamp',
        'Indirizzo IP',
        'Identificatore dispositivo',
        'Piattaforma dispositivo',
        'Stato dispositivo',
        'Non disponibile',
      ],
    ],
    [
      'German',
      [
        'Fehlercode',
        'Anforderungs-ID',
        'Korrelations-ID',
        'Zeitstempel',
        'IP-Adresse',
        'Geräte-ID',
        'Geräteplattform',
        'Gerätestatus',
        'Nicht verfügbar',
      ],
    ],
    [
      'French',
      [
        "Code d'erreur",
        'ID de demande',
        'ID de corrélation',
        'Horodatage',
        'Adresse IP',
        "Identificateur de l'appareil",
        "Plateforme de l'appareil",
        "État de l'appareil",
        'Non disponible',
      ],
    ],
    [
      'Spanish',
      [
        'Código de error',
        'Id. de solicitud',
        'Id. de correlación',
        'Marca de tiempo',
        'Dirección IP',
        'Identificador del dispositivo',
        'Plataforma del dispositivo',
        'Estado del dispositivo',
        'No disponible',
      ],
    ],
    [
      'Chinese',
      [
        '错误代码',
        '请求 ID',
        '相关 ID',
        '时间戳',
        'IP 地址',
        '设备标识符',
        '设备平台',
        '设备状态',
        '不可用',
      ],
    ],
    [
      'Japanese',
      [
        'エラー コード',
        '要求 ID',
        '相関 ID',
        'タイムスタンプ',
        'IP アドレス',
        'デバイス識別子',
        'デバイス プラットフォーム',
        'デバイスの状態',
        '利用不可',
      ],
    ],
  ])('%s labels', (_, labels) => {
    const r = read(block(labels));
    expect(r.fields).toEqual({ ...expected, deviceId: labels[8] });
  });

  test('labels we do not know are read by position and shape, after known ones', () => {
    const text = [
      'Error Code: 53003',
      `Request Id: ${guidA}`,
      `Correlation Id: ${guidB}`,
      'Timestamp: 2026-01-20T21:33:18.342Z',
      'App name: Microsoft App Access Panel',
      'App id: 0000000c-0000-0000-c000-000000000000',
      'IP address: 198.51.100.77',
      '장치 식별자: 0b5649b2-796b-4c6b-b8dc-9a3ae2677ab7',
      '장치 플랫폼: Windows 10',
      '장치 상태: Registered',
    ].join('\n');
    expect(read(text).fields).toMatchObject({
      deviceId: '0b5649b2-796b-4c6b-b8dc-9a3ae2677ab7',
      devicePlatform: 'Windows 10',
      deviceState: 'Registered',
    });
  });

  test('an unknown label with a value of no known shape is not guessed', () => {
    const text = `Error Code: 53003\nRequest Id: ${guidA}\nCorrelation Id: ${guidB}\nSomething: whatever this is`;
    expect(Object.keys(read(text).fields).sort()).toEqual([
      'correlationId',
      'errorCode',
      'requestId',
    ]);
  });
});

describe('leaving values out of the shared link', () => {
  const text = `Error Code: 53003\nIP address: 203.0.113.58\nDevice identifier: ba99cc29-76ce-4b74-adaa-dbc6e693c4fd\nalex.rossi@contoso.com`;

  test('the IP, the device id and the address go, everything else stays', () => {
    const out = redactDetails(text, read(text));
    expect(out).not.toMatch(/203\.0\.113\.58|ba99cc29|alex\.rossi/);
    expect(out).toContain('Error Code: 53003');
  });

  test('every attempt’s IP goes, and "Not available" is no value to hide', () => {
    const two = `IP address: 203.0.113.58\nIP address: 198.51.100.7\nDevice identifier: Not available`;
    const out = redactDetails(two, read(two));
    expect(out).not.toMatch(/203\.0\.113\.58|198\.51\.100\.7/);
    expect(out).toContain('Not available');
  });

  test('the copied link is absolute and, with "leave out" chosen, carries no left-out value', () => {
    const state = { ...emptyState(), details: text, redact: true };
    const link = shareLink(state, read(text), 'it', 'https://kb.example.org');
    expect(link.startsWith('https://kb.example.org/it/checker/#details=')).toBe(true);
    const back = decodeState(new URL(link).hash);
    expect(back?.details).not.toMatch(/203\.0\.113\.58|ba99cc29|alex\.rossi/);
    expect(back?.redact).toBe(true);
    const plain = shareLink(
      { ...state, redact: false },
      read(text),
      'en',
      'https://kb.example.org/',
    );
    expect(decodeState(new URL(plain).hash)?.details).toContain('203.0.113.58');
  });
});
