/**
 * Three-valued answers (`yes`, `no`, `unknown`) from inputs that may not say: the one helper set
 * the engine, the conditions and the device-filter rule share, and the one rule for the legacy
 * device-state condition, which the condition and the "why wasn't I excluded?" view both apply.
 */
import type { DeviceInfo, Tri } from './types.ts';

/** An optional flag: not given is `unknown`; given, only `true` is `yes`. */
export function triOf(value: boolean | null | undefined): Tri {
  if (value === undefined) return 'unknown';
  return value === true ? 'yes' : 'no';
}

/** Whether an optional text equals `expected`, ignoring case: not given is `unknown`. */
export function triEquals(value: string | null | undefined, expected: string): Tri {
  if (value === undefined) return 'unknown';
  return (value ?? '').toLowerCase() === expected.toLowerCase() ? 'yes' : 'no';
}

/** Kleene OR: `yes` if any is, else `unknown` if any is, else `no`. */
export function triOr(values: readonly Tri[]): Tri {
  if (values.includes('yes')) return 'yes';
  return values.includes('unknown') ? 'unknown' : 'no';
}

/**
 * Whether the scenario's device is in a device state that a (legacy) `deviceStates` condition
 * lists in `excludeStates`. Graph defines two: `Compliant` (marked compliant) and `DomainJoined`
 * (Microsoft Entra hybrid joined: `trustType` ServerAD). A sign-in without a registered device is
 * in neither. Any other value is one the engine cannot interpret: `unknown`, never a guess.
 */
export function inDeviceState(state: string, device: DeviceInfo | undefined): Tri {
  if (!device) return 'no';
  switch (state.toLowerCase()) {
    case 'compliant':
      return triOf(device.isCompliant);
    case 'domainjoined':
      return triEquals(device.trustType, 'ServerAD');
    default:
      return 'unknown';
  }
}
