import { describe, expect, test } from 'vitest';
import {
  normalizeQuery,
  queryTerms,
  searchTerms,
  bonusTerms,
  phraseTerms,
  stripElision,
  unifyPunctuation,
} from '../../../src/lib/search/query';

describe('stripElision', () => {
  test.each([
    ["l'accesso", 'accesso'],
    ['l’accesso', 'accesso'],
    ['dell’utente', 'utente'],
    ["un'app", 'app'],
    ['all‘account', 'account'],
    ['nell`app', 'app'],
    ['quest’ultimo', 'ultimo'],
    ['accesso', 'accesso'],
    ["po'", "po'"],
  ])('%s → %s', (word, expected) => {
    expect(stripElision(word)).toBe(expected);
  });
});

describe('normalizeQuery', () => {
  test.each([
    ['  vpn  ', 'it', 'vpn'],
    ["l'accesso condizionale", 'it', 'accesso condizionale'],
    ['errore dell’utente', 'it', 'errore utente'],
    ['un’app   non   approvata', 'it', 'app non approvata'],
    ['AADSTS53003', 'it', '53003'],
    ['errore 53oo3 teams', 'it', 'errore 53003 teams'],
    ['AADSTS53OO3', 'en', '53003'],
    ['5OO76', 'en', '50076'],
    ['50o', 'en', '50o'],
    ['5ooooooo', 'en', '5ooooooo'],
    ['«dispositivo non registrato»', 'it', '"dispositivo non registrato"'],
    ["Microsoft's policy", 'en', 'Microsoft policy'],
    ['Microsoft’s policy', 'en', 'Microsoft policy'],
    ["don't", 'en', "don't"],
    ['Device state', 'en', 'Device state'],
    ['?!', 'en', ''],
    ['', 'it', ''],
  ] as const)('%j (%s) → %j', (raw, lang, expected) => {
    expect(normalizeQuery(raw, lang)).toBe(expected);
  });

  test('English keeps Italian-looking elisions (the index splits them anyway)', () => {
    expect(normalizeQuery("l'accesso", 'en')).toBe("l'accesso");
  });
});

describe('unifyPunctuation', () => {
  test('maps every apostrophe and typographic quote', () => {
    expect(unifyPunctuation('l’a l‘b l`c “d” «e»')).toBe(`l'a l'b l'c "d" "e"`);
  });
});

describe('queryTerms', () => {
  test('lower case, unquoted, distinct, two characters or more', () => {
    expect(queryTerms('"VPN" e vpn, Correlation Id')).toEqual(['vpn', 'correlation', 'id']);
  });
});

describe('searchTerms', () => {
  test.each([
    ['uso una vpn', 'it', ['uso', 'vpn']],
    ['cosa faccio se sono bloccato', 'it', ['bloccato']],
    ['What If', 'en', ['What', 'If']],
    ['the device state', 'en', ['device', 'state']],
    ['"device state"', 'en', ['"device state"']],
    ['', 'it', []],
  ] as const)('%j (%s) → %j', (query, lang, expected) => {
    expect(searchTerms(query, lang)).toEqual(expected);
  });

  test('AADSTS codes become bare codes before that', () => {
    expect(normalizeQuery('aadsts53003', 'en')).toBe('53003');
  });
});

describe('bonusTerms', () => {
  test.each([
    ["I'm blocked, what do I do", 'en', ["i'm", 'what', 'do']],
    ['cosa faccio se sono bloccato', 'it', ['cosa', 'faccio', 'se', 'sono']],
    ['What If', 'en', []],
    ['"device state"', 'en', []],
    ['vpn', 'en', []],
    ['', 'it', []],
  ] as const)('%j (%s) → %j', (query, lang, expected) => {
    expect(bonusTerms(normalizeQuery(query, lang), lang)).toEqual(expected);
  });
});

describe('phraseTerms', () => {
  test.each([
    [
      'who changed the policy',
      'en',
      [
        '"who changed"',
        '"changed the"',
        '"the policy"',
        '"who changed the"',
        '"changed the policy"',
      ],
    ],
    ['what do I do', 'en', []],
    ['account di emergenza', 'it', ['"account di"', '"di emergenza"', '"account di emergenza"']],
    // A run of three with a stopword in it, where every pair but one is two stopwords.
    ["I don't have access", 'en', ['"have access"', '"don\'t have access"']],
    // Three content words: their pairs only.
    ['device code flow', 'en', ['"device code"', '"code flow"']],
    ['vpn', 'en', []],
    ['"device state"', 'en', []],
    ['IT? help, IT', 'en', ['"itdepartment help"', '"help itdepartment"']],
  ] as const)('%j (%s) → %j', (query, lang, expected) => {
    expect(phraseTerms(normalizeQuery(query, lang), lang)).toEqual(expected);
  });
});

describe('synonyms', () => {
  test.each([
    ["can't log in to Teams", 'en', "can't sign-in to Teams"],
    ['why cant i log into work email', 'en', 'why cant i sign-in work email'],
    ['I logged on from home', 'en', 'I sign-in from home'],
    ['the sign-in log shows 53003', 'en', 'the sign-in log shows 53003'],
    ['Login blocked abroad?', 'en', 'sign-in blocked abroad?'],
    ['logging on from home', 'en', 'sign-in from home'],
    ['sign-in logs', 'en', 'sign-in logs'],
    ['log reader', 'en', 'log reader'],
    // "IT" in capitals is the department; "it" and "It" stay the pronoun.
    ['message to IT', 'en', 'message to itdepartment'],
    ["IT's answer (IT)", 'en', 'itdepartment answer (itdepartment)'],
    ['It does not work, tell it', 'en', 'It does not work, tell it'],
    ["messaggio per l'IT", 'it', 'messaggio per IT'],
    ['blocked by my Organisation', 'en', 'blocked by my organization'],
    [
      'device not recognised in the admin centre',
      'en',
      'device not recognized in the admin center',
    ],
    ['non riesco ad entrare', 'it', 'non riesco ad accedere'],
    ['nn riesco ad entrare xké?', 'it', 'non riesco ad accedere perché?'],
    ['X-Forwarded-For ignorato', 'it', 'X-Forwarded-For ignorato'],
    ["scrivo x l'errore", 'it', 'scrivo per errore'],
    ['login bloccato', 'it', 'accesso bloccato'],
    ['az login bloccato', 'it', 'az login bloccato'],
    ['AZ LOGIN fails', 'en', 'AZ LOGIN fails'],
    // The product keeps its name; the verb still becomes "accede".
    ['criteri Microsoft Entra', 'it', 'criteri Microsoft Entra'],
    ['entra id bloccato', 'it', 'entra id bloccato'],
    ['Entra admin center', 'it', 'Entra admin center'],
    ['outlook non entra', 'it', 'outlook non accede'],
    ['1fec8e78-bce4 che app è?', 'it', '1fec8e78 bce4 che app è?'],
    ['app 04b07795-8ddb-461a-bbee-02f9e1bf7b46', 'en', 'app 04b07795 8ddb 461a bbee 02f9e1bf7b46'],
  ] as const)('%j (%s) → %j', (query, lang, expected) => {
    expect(normalizeQuery(query, lang)).toBe(expected);
  });
});
