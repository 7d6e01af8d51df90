import { describe, expect, test } from 'vitest';
import { evaluate } from '../../../src/lib/what-if/engine';
import { explain, sentence } from '../../../src/lib/what-if/explain';
import { isMessageKey, messageKeys } from '../../../src/lib/what-if/messages';
import { scenarioFromDetails } from '../../../src/lib/what-if/details';
import { fromFragment, scenarioToRequest, toFragment } from '../../../src/lib/what-if/fragment';
import { parseScenario } from '../../../src/lib/what-if/input';
import type { Reason, Scenario, WhatIfResult } from '../../../src/lib/what-if/types';
import {
  baseScenario,
  device,
  fixtureLocations,
  fixturePolicies,
  fixtureText,
  messages,
  scenario,
} from './helpers';
import { localeKeys } from '../../../config/locales';

/** Every reason a result carries. */
function reasons(r: WhatIfResult): Reason[] {
  return [
    ...r.warnings,
    ...r.policies.flatMap((p) => [
      ...p.issues,
      ...p.conditions.flatMap((c) => [c.reason, ...c.notes]),
      ...p.exclusions.map((e) => e.requirement),
    ]),
  ];
}

describe('messages', () => {
  test.each(localeKeys)('every sentence has a text in %s', (locale) => {
    expect(messageKeys.filter((key) => !messages[locale][key].trim())).toEqual([]);
  });
  test('each sentence uses the same placeholders in every language', () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const locale of localeKeys)
      for (const key of messageKeys)
        expect(holes(messages[locale][key]), `${locale} ${key}`).toEqual(holes(messages.en[key]));
  });
  test('every key the engine emits over many scenarios has a sentence', () => {
    const policies = fixturePolicies();
    const locations = fixtureLocations();
    const base = scenario(JSON.parse(fixtureText('scenario-office-abroad.json')) as unknown);
    const variants: Scenario[] = [
      base,
      baseScenario(),
      { ...base, device: device(), identity: { kind: 'user' }, directory: {} },
      {
        ...base,
        ipAddress: '203.0.113.1',
        clientAppType: 'other',
        country: 'KP',
        devicePlatform: 'linux',
      },
      { ...base, context: { kind: 'userAction', action: 'registerOrJoinDevices' } },
      { ...base, identity: { kind: 'servicePrincipal' } },
    ];
    const missing = new Set<string>();
    for (const s of variants)
      for (const r of reasons(evaluate({ policies, locations, scenario: s })))
        if (!isMessageKey(r.key)) missing.add(r.key);
    expect([...missing]).toEqual([]);
  });
  test('a sentence fills params and marks portal labels for italics, without parsing the values', () => {
    const s = sentence(
      { key: 'users.included.group', params: { target: '*<b>g</b>*' } },
      messages.it,
    );
    expect(s.text).toBe('Sei membro del gruppo incluso *<b>g</b>*.');
    expect(s.parts).toEqual([{ text: 'Sei membro del gruppo incluso *<b>g</b>*.', em: false }]);
    expect(sentence({ key: 'users.included.all', params: {} }, messages.en).parts).toEqual([
      { text: 'The policy includes ', em: false },
      { text: 'All users', em: true },
      { text: '.', em: false },
    ]);
  });
  test('explain gives the verdict, the deciding policies and the requirements in both languages', () => {
    const r = evaluate({
      policies: fixturePolicies(),
      locations: fixtureLocations(),
      scenario: {
        ...scenario(JSON.parse(fixtureText('scenario-office-abroad.json')) as unknown),
        ipAddress: '203.0.113.9',
        signInRiskLevel: 'high',
      },
    });
    const it = explain(r, messages.it);
    expect(it.verdict.text).toBe(messages.it['verdict.grant']);
    expect(it.requirements.map((x) => x.text)).toEqual([
      'CA002 Require compliant or hybrid joined device chiede uno di questi: Require device to be marked as compliant, Require Microsoft Entra hybrid joined device.',
      'CA008 Medium or high sign-in risk needs MFA chiede Require multifactor authentication.',
    ]);
    const en = explain(r, messages.en);
    expect(en.policies[0]?.conditions[0]?.name.text).toBe('Users');
    expect(en.requirements[0]?.parts.filter((p) => p.em).map((p) => p.text)).toEqual([
      'Require device to be marked as compliant',
      'Require Microsoft Entra hybrid joined device',
    ]);
  });
});

describe('details block', () => {
  test('Azure CLI, unregistered Windows: resource, platform, IP, no device', () => {
    const {
      scenario: s,
      filled,
      notes,
    } = scenarioFromDetails(fixtureText('../../fixtures/details/53003-azure-cli-unregistered.txt'));
    expect(s).toMatchObject({
      context: { applications: ['797f4846-ba00-4fd7-ba43-dac1f8f63013'] },
      devicePlatform: 'windows',
      ipAddress: '198.51.100.23',
    });
    expect(s.device).toBeUndefined();
    expect(filled.map((f) => f.field)).toEqual([
      'applications',
      'ipAddress',
      'devicePlatform',
      'device',
    ]);
    expect(notes.map((n) => n.key)).toEqual(['details.resourceFromClient']);
  });
  test('Teams web, domain joined: the client app id, a hybrid device (labelled as inferred)', () => {
    const {
      scenario: s,
      filled,
      notes,
    } = scenarioFromDetails(
      fixtureText('../../fixtures/details/53003-teams-web-domainjoined.txt'),
      baseScenario(),
    );
    expect(s.context).toEqual({
      kind: 'application',
      applications: ['5e3ce6c0-2b1f-4285-8d4b-75ee78787346'],
    });
    expect(s.device).toMatchObject({
      trustType: 'ServerAD',
      deviceId: 'ba99cc29-76ce-4b74-adaa-dbc6e693c4fd',
    });
    expect(filled.find((f) => f.field === 'device')?.inferred).toBe(true);
    expect(notes.map((n) => n.key)).toEqual(['details.appIsClient', 'details.deviceStateInferred']);
  });
  test('garbage fills nothing and says so', () => {
    expect(scenarioFromDetails('<script>alert(1)</script>').notes.map((n) => n.key)).toEqual([
      'details.nothing',
    ]);
  });
});

describe('URL fragment', () => {
  test('round trip of the whole input', () => {
    const s = scenario(JSON.parse(fixtureText('scenario-office-abroad.json')) as unknown);
    const policies = JSON.parse(fixtureText('policies.json')) as unknown;
    const hash = toFragment({ policies, scenario: scenarioToRequest(s) });
    expect(hash.startsWith('#policies=')).toBe(true);
    const back = fromFragment(hash);
    expect(back.errors).toEqual([]);
    expect(JSON.parse(back.parts.policies ?? '')).toEqual(policies);
    const again = parseScenario(back.parts.scenario ?? '');
    expect(again.ok && again.value).toEqual(s);
  });
  test('a broken part is named, the others still read', () => {
    const r = fromFragment('#policies=%E0%A4%A&scenario=%7B%7D&junk=1');
    expect(r.errors).toEqual([{ key: 'fragment.badEncoding', params: { part: 'policies' } }]);
    expect(r.parts).toEqual({ scenario: '{}' });
  });
  test.each(['', '#', '#nothing-here'])('%j carries nothing', (hash) => {
    expect(fromFragment(hash).errors.map((e) => e.key)).toEqual(['fragment.empty']);
  });
});
