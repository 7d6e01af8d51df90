/**
 * The words the checker's label scan knows (see `Lexicon` in `read.ts`): the labels of each field,
 * English as Microsoft prints them, the protocol's keys, and the Italian a localised page would
 * likely use (UNCONFIRMED wording: accepting it costs nothing, because values are checked by
 * shape); the page text that ends a value; the values the page writes for "not available",
 * platforms and states. Labels in other languages are read by position and shape instead.
 */
import type { Lexicon } from './read.ts';

const S = '[\\s_-]*';

export const lexicon: Lexicon = {
  labels: [
    ['errorCode', `error${S}codes?|codice(?: di)? errore`],
    ['requestId', `request${S}id|trace${S}id|id(?: della)? richiesta`],
    ['correlationId', `correlation${S}id|id(?: di)? correlazione`],
    ['timestamp', `timestamp|created${S}date${S}time|data e ora`],
    ['appName', `app(?:lication)?${S}(?:display${S})?name|nome(?: dell')?(?: app| applicazione)`],
    ['appId', `app(?:lication)?${S}id|client${S}id|id(?: dell')?(?: app| applicazione)`],
    ['ipAddress', `(?:client${S})?ip(?:${S}address)?|indirizzo ip`],
    [
      'deviceId',
      `device${S}(?:identifier|id)|identificatore(?: del)? dispositivo|id(?: del)? dispositivo`,
    ],
    ['devicePlatform', `device${S}platform|operating${S}system|piattaforma(?: del)? dispositivo`],
    // "Device is not in required device state: compliant" names the requirement, not the state.
    ['deviceState', `(?<!required )device${S}state|stato(?: del)? dispositivo`],
    ['message', `message|error${S}description|messaggio`],
    // App error reports: the operating system and the product (VS Code, Azure Data Studio).
    ['os', `os(?:${S}version)?`],
    ['product', 'product'],
  ],
  stops:
    "flag sign-in errors for review|if you plan on getting help|troubleshooting details|more details|copy info to clipboard|if you contact your administrator|sign out and sign in with a different account|you don't have access to this|you cannot access this right now|you can't get there from here",
  notAvailable: String.raw`^(not available|non disponibile|nicht verf[üu]gbar|non disponible|no disponible|n[ãa]o dispon[íi]vel|不可用|利用不可|使用できません)(?![\p{L}])`,
  platform: String.raw`^(?:windows(?: (?:10|11|8\.1|8|7|phone|server(?: \d{4})?))?|mac ?os(?: ?x)?(?: [\d.]+)?|ipados|ios|android|linux|ubuntu|chrome ?os|darwin(?: (?:arm64|x64))?(?: [\d.]+)?|win32)(?![\w])`,
  state: String.raw`^(?:unregistered|registered|domain ?joined|hybrid azure ad joined|azure ad joined|workplace joined|compliant|managed|non registrato|registrato|conforme|aggiunto al dominio)(?![\w])`,
  layout: String.raw`<\/?(?:table|thead|tbody|tr|td|th|p|div|span|br|li|ul|ol|dl|dt|dd|b|strong|em|i|code|pre|font)\b[^<>]{0,200}>`,
};
