/**
 * Fills a scenario from the "Troubleshooting details" block of the error page, using the
 * checker's parser (`../checker/parse.ts`). The block tells the client app id, the IP address,
 * the device platform and state, the device id; it never tells the user's groups, the risk or
 * the client app type, so those stay "not known". Each filled field is reported with where it
 * came from, and every guess is labelled as one.
 */
import { deviceStateKind, parse, platformKind } from '../checker/parse.ts';
import { clientResources } from './apps.ts';
import type { Reason, Scenario } from './types.ts';

/** A field the block filled, with the value used. */
export interface FilledField {
  field: 'applications' | 'ipAddress' | 'devicePlatform' | 'device' | 'deviceId';
  value: string;
  /** True when the value is an interpretation, not a copy. */
  inferred: boolean;
}

const platforms: Record<string, string> = {
  windows: 'windows',
  macos: 'macOS',
  ios: 'iOS',
  android: 'android',
  linux: 'linux',
};

/**
 * Reads a pasted details block into a scenario, starting from `base` (what the person already
 * entered): the block's values replace the base's. Never throws.
 */
export function scenarioFromDetails(
  text: string,
  base: Scenario = { identity: { kind: 'user' }, directory: {} },
): { scenario: Scenario; filled: FilledField[]; notes: Reason[] } {
  const parsed = parse(typeof text === 'string' ? text : '');
  const f = parsed.fields;
  const scenario: Scenario = structuredClone(base);
  const filled: FilledField[] = [];
  const notes: Reason[] = [];

  if (f.appId) {
    const resource = clientResources[f.appId];
    const app = f.appName ?? f.appId;
    if (resource) {
      scenario.context = { kind: 'application', applications: [resource] };
      filled.push({ field: 'applications', value: resource, inferred: true });
      notes.push({ key: 'details.resourceFromClient', params: { app } });
    } else {
      scenario.context = { kind: 'application', applications: [f.appId] };
      filled.push({ field: 'applications', value: f.appId, inferred: false });
      notes.push({ key: 'details.appIsClient', params: { app } });
    }
  }
  if (f.ipAddress) {
    scenario.ipAddress = f.ipAddress;
    filled.push({ field: 'ipAddress', value: f.ipAddress, inferred: false });
  }
  if (f.devicePlatform) {
    const kind = platformKind(f.devicePlatform);
    const platform = platforms[kind];
    if (platform) {
      scenario.devicePlatform = platform;
      filled.push({ field: 'devicePlatform', value: platform, inferred: false });
    } else notes.push({ key: 'details.platformUnknown', params: { platform: f.devicePlatform } });
  }
  const state = deviceStateKind(f.deviceState);
  if (state === 'unregistered') {
    delete scenario.device;
    filled.push({ field: 'device', value: 'unregistered', inferred: false });
  } else if (state === 'registered' || state === 'domainjoined') {
    scenario.device = { ...(scenario.device ?? { extensionAttributes: {} }) };
    if (state === 'domainjoined') {
      // The error page's "DomainJoined" read as Entra hybrid joined: an interpretation.
      scenario.device.trustType = 'ServerAD';
      notes.push({
        key: 'details.deviceStateInferred',
        params: { state: f.deviceState ?? '', meaning: 'trustType ServerAD' },
      });
    }
    filled.push({ field: 'device', value: state, inferred: state === 'domainjoined' });
  }
  const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  if (f.deviceId && guid.test(f.deviceId) && scenario.device) {
    scenario.device.deviceId = f.deviceId;
    filled.push({ field: 'deviceId', value: f.deviceId, inferred: false });
  }
  if (!filled.length) notes.push({ key: 'details.nothing', params: {} });
  return { scenario, filled, notes };
}
