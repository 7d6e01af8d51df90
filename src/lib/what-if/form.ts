/**
 * The What If page's form, as pure functions over a {@link Scenario}: which fields the form
 * shows, the form's values for a scenario, and a scenario with one field changed. The page keeps
 * the full scenario as JSON (the Graph What If request body plus `directory`) and the form in
 * step through these: a change in the form rewrites only the field it touched, so what the form
 * cannot show (extension attributes, several user risk levels, a service principal…) survives.
 * An empty value means "not known": the field is removed, never set to a guess.
 */
import type { DeviceInfo, Scenario } from './types.ts';

/** The fields of the form, by the `data-field` name of their control. */
export const formFields = [
  'userId',
  'groupIds',
  'roleTemplateIds',
  'userType',
  'externalUserType',
  'contextKind',
  'contextValue',
  'devicePlatform',
  'clientAppType',
  'ipAddress',
  'country',
  'device',
  'trustType',
  'isCompliant',
  'deviceOwnership',
  'operatingSystem',
  'signInRiskLevel',
  'userRiskLevel',
  'insiderRiskLevel',
  'transferMethod',
  'compliantNetwork',
] as const;

export type FormField = (typeof formFields)[number];
export type FormValues = Record<FormField, string>;

/** Whether `name` is one of the form's fields. */
export const isFormField = (name: string): name is FormField =>
  (formFields as readonly string[]).includes(name);

/** A list typed in a field: commas, semicolons, spaces or new lines; lower-cased ids. */
export function splitList(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
}

/** The form's values for a scenario (`''` where the scenario does not say). */
export function formValues(s: Scenario): FormValues {
  const user = s.identity.kind === 'user' ? s.identity : undefined;
  const ctx = s.context;
  const d = s.device;
  return {
    userId: user?.userId ?? '',
    groupIds: s.directory.groupIds?.join(', ') ?? '',
    roleTemplateIds: s.directory.roleTemplateIds?.join(', ') ?? '',
    userType: s.directory.userType ?? '',
    externalUserType: user?.externalUserType ?? '',
    contextKind: ctx?.kind ?? 'application',
    contextValue:
      ctx?.kind === 'application'
        ? ctx.applications.join(', ')
        : ctx?.kind === 'userAction'
          ? ctx.action
          : (ctx?.value ?? ''),
    devicePlatform: s.devicePlatform ?? '',
    clientAppType: s.clientAppType ?? '',
    ipAddress: s.ipAddress ?? '',
    country: s.country ?? '',
    device: d ? 'registered' : '',
    trustType: d?.trustType ?? '',
    isCompliant: typeof d?.isCompliant === 'boolean' ? String(d.isCompliant) : '',
    deviceOwnership: d?.ownership ?? '',
    operatingSystem: d?.operatingSystem ?? '',
    signInRiskLevel: s.signInRiskLevel ?? '',
    userRiskLevel: s.userRiskLevels?.[0] ?? '',
    insiderRiskLevel: s.insiderRiskLevel ?? '',
    transferMethod: s.transferMethod ?? '',
    compliantNetwork:
      s.directory.compliantNetwork === undefined ? '' : String(s.directory.compliantNetwork),
  };
}

type Scalar =
  | 'devicePlatform'
  | 'clientAppType'
  | 'ipAddress'
  | 'signInRiskLevel'
  | 'insiderRiskLevel'
  | 'transferMethod';

/** Sets or removes a scalar field (`Reflect.deleteProperty`: the key is one of a known few). */
function setScalar(s: Scenario, key: Scalar, value: string) {
  if (value) s[key] = value;
  else Reflect.deleteProperty(s, key);
}

function setDevice(
  s: Scenario,
  key: 'trustType' | 'ownership' | 'operatingSystem' | 'isCompliant',
  value: string,
) {
  if (!value) {
    if (s.device) Reflect.deleteProperty(s.device, key);
    return;
  }
  const device: DeviceInfo = s.device ?? { extensionAttributes: {} };
  if (key === 'isCompliant') device.isCompliant = value === 'true';
  else device[key] = value;
  s.device = device;
}

/**
 * The scenario with one form field set to `value` (the `values` give the other half of a pair:
 * the context's kind and value go together). Returns a copy; the input is left as it was.
 */
export function applyField(
  scenario: Scenario,
  field: FormField,
  value: string,
  values: Partial<FormValues> = {},
): Scenario {
  const s = structuredClone(scenario);
  const v = value.trim();
  switch (field) {
    case 'userId':
    case 'externalUserType': {
      if (s.identity.kind !== 'user') {
        if (!v) break;
        s.identity = { kind: 'user' };
      }
      const key = field === 'userId' ? 'userId' : 'externalUserType';
      if (v) s.identity[key] = field === 'userId' ? v.toLowerCase() : v;
      else Reflect.deleteProperty(s.identity, key);
      break;
    }
    case 'groupIds':
    case 'roleTemplateIds': {
      const list = splitList(v);
      if (v) s.directory[field] = list;
      else Reflect.deleteProperty(s.directory, field);
      break;
    }
    case 'userType':
      if (v === 'member' || v === 'guest') s.directory.userType = v;
      else delete s.directory.userType;
      break;
    case 'contextKind':
    case 'contextValue': {
      const kind = field === 'contextKind' ? v : (values.contextKind ?? s.context?.kind);
      const text = (field === 'contextValue' ? v : (values.contextValue ?? '')).trim();
      if (!text) delete s.context;
      else if (kind === 'userAction') s.context = { kind: 'userAction', action: text };
      else if (kind === 'authContext') s.context = { kind: 'authContext', value: text };
      else s.context = { kind: 'application', applications: splitList(text) };
      break;
    }
    case 'country':
      if (v) s.country = v.toUpperCase();
      else delete s.country;
      break;
    case 'device':
      if (v) s.device ??= { extensionAttributes: {} };
      else delete s.device;
      break;
    case 'trustType':
    case 'operatingSystem':
    case 'isCompliant':
      setDevice(s, field, v);
      break;
    case 'deviceOwnership':
      setDevice(s, 'ownership', v);
      break;
    case 'compliantNetwork':
      if (v === 'true' || v === 'false') s.directory.compliantNetwork = v === 'true';
      else delete s.directory.compliantNetwork;
      break;
    case 'userRiskLevel':
      if (v) s.userRiskLevels = [v];
      else delete s.userRiskLevels;
      break;
    default:
      setScalar(s, field, v);
  }
  return s;
}
