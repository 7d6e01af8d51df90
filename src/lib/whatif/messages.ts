/**
 * The engine's sentences, in Italian and English, keyed like the reasons it returns. `{name}`
 * is filled from the reason's params; `*text*` marks a label of the Microsoft portal, kept in
 * English, that the page shows in italics (see `explain.ts`). Both objects must have the same
 * keys: a unit test checks it, and another that every key the engine emits is here.
 */

import { extraEn, extraIt } from './messages-extra.ts';

/**
 * The grant controls by their portal labels, which both languages quote as the English portal
 * shows them (in italics, as every portal label here).
 */
const portalControls = {
  'control.block': '*Block access*',
  'control.mfa': '*Require multifactor authentication*',
  'control.compliantDevice': '*Require device to be marked as compliant*',
  'control.domainJoinedDevice': '*Require Microsoft Entra hybrid joined device*',
  'control.approvedApplication': '*Require approved client app*',
  'control.compliantApplication': '*Require app protection policy*',
  'control.passwordChange': '*Require password change*',
  'control.riskRemediation': '*Require risk remediation*',
  'control.authenticationStrength': '*Require authentication strength* ({name})',
} as const;

const en = {
  // Verdicts
  'verdict.block':
    'Blocked: at least one enabled policy that applies uses *Block access* (error 53003).',
  'verdict.grant': 'Access is granted only if you satisfy what each applying policy asks.',
  'verdict.allow': 'Allowed: no enabled policy that applies asks for anything.',
  'verdict.unknown':
    'Cannot tell: some policies may or may not apply, and they would change the result.',
  'verdict.deciding': 'Deciding policies: {names}.',
  'verdict.uncertain': 'Would change the result if it applies: {names}.',
  'verdict.reportOnly': '{name} is in *Report-only* mode: it is evaluated but never blocks.',

  // Condition names
  'condition.users': 'Users',
  'condition.workloadIdentities': 'Workload identities',
  'condition.applications': 'Target resources',
  'condition.platforms': 'Device platforms',
  'condition.locations': 'Network',
  'condition.clientApps': 'Client apps',
  'condition.devices': 'Filter for devices',
  'condition.deviceStates': 'Device state',
  'condition.signInRisk': 'Sign-in risk',
  'condition.userRisk': 'User risk',
  'condition.servicePrincipalRisk': 'Service principal risk',
  'condition.insiderRisk': 'Insider risk',
  'condition.authenticationFlows': 'Authentication flows',
  'condition.times': 'Time',

  // Outcomes
  'outcome.match': 'matches',
  'outcome.noMatch': 'does not match',
  'outcome.unknown': 'cannot tell',
  'outcome.notConfigured': 'not configured',
  'applies.yes': 'Applies',
  'applies.no': 'Does not apply',
  'applies.unknown': 'May apply',

  // Users
  'users.workloadPolicy': 'This policy targets workload identities, not users.',
  'users.servicePrincipal': 'This policy targets users, and the sign-in is a service principal.',
  'users.empty': 'The policy has no users assignment.',
  'users.includeNone': 'The policy includes no users (*None*).',
  'users.included.all': 'The policy includes *All users*.',
  'users.included.user': 'Your user ({target}) is included by name.',
  'users.included.group': 'You are a member of the included group {target}.',
  'users.included.role': 'You hold the included directory role {target}.',
  'users.included.guest':
    'Your account type is among the included guests or external users ({target}).',
  'users.excluded.user': 'Your user ({target}) is excluded by name.',
  'users.excluded.group': 'You are a member of the excluded group {target}.',
  'users.excluded.role': 'You hold the excluded directory role {target}.',
  'users.excluded.guest':
    'Your account type is among the excluded guests or external users ({target}).',
  'users.notIncluded': 'You are not among the users, groups or roles the policy includes.',
  'users.unknown.user': 'The user id was not given, and the policy names users ({target}…).',
  'users.unknown.group':
    'Your group membership was not given, and the policy names the group {target}.',
  'users.unknown.role':
    'Your directory roles were not given, and the policy names the role {target}.',
  'users.unknown.guest': 'Whether you are a guest or external user was not given ({target}).',
  'users.unknown.all': 'Cannot tell whether you are included.',

  // Workload identities
  'workload.notConfigured': 'The policy does not target workload identities.',
  'workload.userIdentity': 'This policy targets workload identities, and the sign-in is a user.',
  'workload.singleTenantOnly':
    'Only single-tenant service principals registered in your tenant are covered.',
  'workload.included.all': 'The policy includes *All owned service principals*.',
  'workload.included.id': 'The service principal {target} is included.',
  'workload.excluded.id': 'The service principal {target} is excluded.',
  'workload.excluded.all': 'All service principals are excluded.',
  'workload.notIncluded': 'The service principal is not among those the policy includes.',
  'workload.unknown.id': 'The service principal id was not given.',
  'workload.unknown.all': 'Cannot tell whether the service principal is included.',
  'workload.filter':
    'The policy also uses a filter on service principal attributes, which the inputs cannot check.',

  // Target resources
  'apps.empty': 'The policy targets no resources, user actions or authentication contexts.',
  'apps.noContext': 'The resource was not given; the policy covers *All resources* anyway.',
  'apps.included.all': 'The policy targets *All resources*.',
  'apps.included.app': 'The resource {target} is targeted.',
  'apps.included.bundle': 'The resource is part of {target}, which the policy targets.',
  'apps.excluded.all': 'The policy excludes every resource.',
  'apps.excluded.app': 'The resource {target} is excluded.',
  'apps.excluded.bundle': 'The resource is part of {target}, which the policy excludes.',
  'apps.notIncluded': 'The resource {target} is not among those the policy targets.',
  'apps.unknown.context': 'The resource (app) of the sign-in was not given.',
  'apps.unknown.filter':
    'The policy also uses an app filter on custom security attributes, which the inputs cannot check.',
  'apps.unknown.bundle':
    'Cannot tell whether the resource belongs to {target}: Microsoft lists its members by name only.',
  'apps.unknown.app': 'Cannot tell whether the resource is targeted.',
  'apps.unknown.all': 'Cannot tell whether the resource is targeted.',
  'apps.mode':
    'The policy targets a different kind of resource ({policy}) from the sign-in ({signIn}).',
  'apps.userAction.match': 'The user action {action} is targeted.',
  'apps.userAction.noMatch':
    'The user action {action} is not targeted (the policy lists {listed}).',
  'apps.authContext.match': 'The authentication context {value} is targeted.',
  'apps.authContext.noMatch':
    'The authentication context {value} is not targeted (the policy lists {listed}).',

  // Platforms
  'platforms.notConfigured': 'Not configured: every platform is covered.',
  'platforms.included.all': 'The policy covers *Any device* platform.',
  'platforms.included.platform': 'Your platform ({target}) is included.',
  'platforms.excluded.platform': 'Your platform ({target}) is excluded.',
  'platforms.notIncluded': 'Your platform ({target}) is not included (the policy lists {listed}).',
  'platforms.unknown.platform': 'The device platform was not given.',

  // Network
  'locations.notConfigured': 'Not configured: every network and location is covered.',
  'locations.mfaTrustedIps':
    'Entra also counts the legacy MFA trusted IPs as trusted; they are not part of the inputs.',
  'locations.badIp': '{ip} is not a valid IP address.',
  'locations.included.all': 'The policy covers *Any network or location*.',
  'locations.included.trusted': 'You are in a trusted location ({target}).',
  'locations.included.named': 'You are in the included location {target}.',
  'locations.excluded.all': 'Every location is excluded.',
  'locations.excluded.trusted':
    'You are in a trusted location ({target}), which the policy excludes.',
  'locations.excluded.named': 'You are in the excluded location {target}.',
  'locations.notIncluded': 'Your IP address or country is not in any location the policy includes.',
  'locations.unknown.noLocations':
    'The policy uses named locations ({target}), and they were not given.',
  'locations.unknown.missing': 'The named location {target} is not among those given.',
  'locations.unknown.ip': 'The IP address was not given, and the policy uses {target}.',
  'locations.unknown.country': 'The country was not given, and the policy uses {target}.',
  'locations.unknown.gps':
    '{target} finds the country by GPS from Microsoft Authenticator, which the inputs do not have.',
  'locations.unknown.trusted': 'Cannot tell whether you are in a trusted location.',
  'locations.unknown.named': 'Cannot tell whether you are in {target}.',
  'locations.unknown.all': 'Cannot tell where you are.',

  // Client apps
  'clientApps.notConfigured': 'Not configured: every client app is covered.',
  'clientApps.match': 'Your client app type ({target}) is covered.',
  'clientApps.noMatch':
    'Your client app type ({target}) is not covered (the policy lists {listed}).',
  'clientApps.unknown': 'The client app type was not given (the policy lists {listed}).',
  'clientApps.easVariant':
    'The policy lists {listed}; how it treats {target} is not documented precisely.',

  // Filter for devices
  'devices.notConfigured': 'Not configured.',
  'devices.invalidRule': 'The rule cannot be read at character {position}: {error}',
  'devices.unregistered':
    'No device information: the device counts as not registered in Entra, so every property is empty.',
  'devices.unknown': 'Cannot tell: the rule needs {property}, which was not given.',
  'devices.include.ruleTrue':
    'Your device matches the rule, and the filter includes matching devices.',
  'devices.include.ruleFalse':
    'Your device does not match the rule, and only matching devices are included.',
  'devices.exclude.ruleTrue': 'Your device matches the rule, so the filter excludes it.',
  'devices.exclude.ruleFalse': 'Your device does not match the rule, so it is not excluded.',
  'deviceStates.notConfigured': 'Not configured.',
  'deviceStates.notExcluded': 'Your device is not in an excluded state ({listed}).',
  'deviceStates.excluded': 'Your device is {target}, which the policy excludes.',
  'deviceStates.unknown': 'Cannot tell whether your device is {target}.',

  // Rule notes and errors
  'rule.unsupportedProperty': 'device.{property} is not a property Learn lists for device filters.',
  'rule.unsupportedOperator': 'Learn does not list -{operator} for device.{property}.',
  'rule.matchNotListed':
    '-{operator} comes from the dynamic group syntax; Learn does not list it for device filters.',
  'rule.nullUnregistered':
    'Learn gives no clear answer for a comparison with null on an unregistered device.',
  'rule.extensionMaybeHidden':
    'device.{property} is only visible to Conditional Access if the device is Intune-managed, compliant or hybrid joined.',
  'rule.unsafeRegex':
    'The -match pattern is invalid, too long or could run for too long, so it was not evaluated.',
  'rule.tooLong': 'The rule is longer than {max} characters.',
  'rule.empty': 'The rule is empty.',
  'rule.tooDeep': 'The rule has more than {max} nested levels.',
  'rule.unknownOperator': 'Unknown operator {text}.',
  'rule.unexpectedCharacter': 'Unexpected character {text}.',
  'rule.unterminatedString': 'A quoted value is not closed.',
  'rule.notDeviceProperty': '{text} is not a device property (it must start with device.).',
  'rule.unmatchedParen': 'A closing parenthesis has no opening one.',
  'rule.expectedLogic': 'Expected -and or -or here.',
  'rule.unexpectedEnd': 'The rule ends too early.',
  'rule.unclosedParen': 'A parenthesis is not closed.',
  'rule.expectedProperty': 'Expected a property such as device.trustType here.',
  'rule.expectedOperator': 'Expected an operator such as -eq here.',
  'rule.expectedValue': 'Expected a value here (text in quotes, true, false or null).',
  'rule.unexpectedList': 'A list of values only goes with -in or -notIn.',
  'rule.unclosedList': 'A list of values is not closed with ].',
  'rule.expectedList': '-in and -notIn need a list in square brackets.',
  'rule.nullOperator': 'null can only be compared with -eq or -ne.',
  'rule.internal': 'The rule could not be read.',

  // Risk, flows, time
  'signInRisk.notConfigured': 'Not configured.',
  'signInRisk.match': 'Your sign-in risk ({target}) is among the levels listed ({listed}).',
  'signInRisk.noMatch': 'Your sign-in risk ({target}) is not among the levels listed ({listed}).',
  'signInRisk.unknown': 'The sign-in risk was not given (the policy lists {listed}).',
  'userRisk.notConfigured': 'Not configured.',
  'userRisk.match': 'Your user risk ({target}) is among the levels listed ({listed}).',
  'userRisk.noMatch': 'Your user risk ({target}) is not among the levels listed ({listed}).',
  'userRisk.unknown': 'The user risk was not given (the policy lists {listed}).',
  'servicePrincipalRisk.notConfigured': 'Not configured.',
  'servicePrincipalRisk.match':
    'The service principal risk ({target}) is among the levels listed ({listed}).',
  'servicePrincipalRisk.noMatch':
    'The service principal risk ({target}) is not among the levels listed ({listed}).',
  'servicePrincipalRisk.unknown':
    'The service principal risk was not given (the policy lists {listed}).',
  'insiderRisk.notConfigured': 'Not configured.',
  'insiderRisk.match': 'Your insider risk ({target}) is among the levels listed ({listed}).',
  'insiderRisk.noMatch': 'Your insider risk ({target}) is not among the levels listed ({listed}).',
  'insiderRisk.unknown': 'The insider risk was not given (the policy lists {listed}).',
  'flows.notConfigured': 'Not configured.',
  'flows.match': 'The sign-in uses {target}, which the policy targets.',
  'flows.noMatch': 'The sign-in uses {target}, which the policy does not target ({listed}).',
  'flows.unknown': 'The authentication flow was not given (the policy targets {listed}).',
  'times.notConfigured': 'Not configured.',
  'times.unknown': 'The policy has a time condition, which this tool cannot check.',

  // Policy issues
  'policy.unknownState': 'Unknown state "{state}": the policy is treated as off.',
  'policy.noConditions': 'The policy has no conditions.',
  'policy.badDeviceFilter': 'The device filter has no valid mode or rule.',
  'policy.noControls': 'The policy has no grant or session controls.',

  // Controls
  ...portalControls,
  'control.termsOfUse': 'Terms of use {id}',
  'control.custom': 'Custom control {id}',
  'control.unknown': 'Control {id}',
  'operator.AND': 'all of: {list}',
  'operator.OR': 'one of: {list}',
  requirement: '{policy} asks for {controls}.',

  // Why wasn't I excluded?
  'hint.user': 'Your user would have to be {target}.',
  'hint.group': 'You would have to be a member of the group {target}.',
  'hint.role': 'You would have to hold the directory role {target}.',
  'hint.guests': 'You would have to be a guest or external user.',
  'hint.guestTypes': 'You would have to be one of these guest or external types: {target}.',
  'hint.app': 'The sign-in would have to be for the resource {target}.',
  'hint.appBundle': 'The sign-in would have to be for a resource in {target}.',
  'hint.platform': 'Your device platform would have to be {target}.',
  'hint.trusted': 'Your IP address would have to be in a location marked as trusted.',
  'hint.ipLocation': 'Your IP address would have to be in {target} ({detail}).',
  'hint.countryLocation': 'You would have to sign in from a country in {target} ({detail}).',
  'hint.location': 'You would have to be in the location {target}.',
  'hint.deviceFilter': 'Your device would have to match the rule {target}.',
  'hint.deviceFilterRegister':
    'Your device would have to be registered in Entra and match the rule {target}: an unregistered device never matches it.',
  'hint.deviceState': 'Your device would have to be {target}.',
  'hint.status.yes': 'You are under this exclusion.',
  'hint.status.no': 'You are not under this exclusion.',
  'hint.status.unknown': 'The inputs cannot tell whether you are under this exclusion.',

  // Inputs
  'input.notText': 'The input is not text.',
  'input.tooLarge': 'The text is too long ({size} characters; the limit is {max}).',
  'input.empty': 'The text is empty.',
  'input.jsonSyntax': 'This is not valid JSON: error at line {line}, column {column}.',
  'input.jsonUnexpectedEnd':
    'This JSON ends too early (line {line}, column {column}): something is cut off.',
  'input.tooMany': 'Too many items ({count}; the limit is {max}).',
  'policies.shape': 'This JSON does not look like Conditional Access policies.',
  'policies.skipped': 'Item {index} is not a policy and was skipped.',
  'policies.duplicateId': 'Two policies have the id {id}.',
  'policies.none': 'No policy could be read.',
  'locations.shape': 'This JSON does not look like named locations.',
  'locations.skipped': 'Item {index} is not a named location and was skipped.',
  'locations.noId': 'Named location {index} has no id and was skipped.',
  'locations.badRange': 'In {location}, {range} is not a valid IP range.',
  'locations.unknownKind': '{location} is neither an IP nor a country location and was skipped.',
  'scenario.shape': 'This JSON does not look like a What If request body.',
  'scenario.badContext':
    'The sign-in context (resource, user action or authentication context) could not be read.',
  'scenario.unusualTrustType':
    'trustType "{value}" is not one of the values device filters use (AzureAD, ServerAD, Workplace).',
  'scenario.noContext': 'The resource of the sign-in was not given.',
  'fragment.badEncoding': 'The link is damaged: part {part} cannot be decoded.',
  'fragment.tooLarge': 'The link is too long to read.',
  'fragment.empty': 'The link carries no simulation.',
  'details.appIsClient':
    'The error page shows the app you used ({app}); policies target the resource it calls, which may differ.',
  'details.resourceFromClient':
    '{app} reaches the *Windows Azure Service Management API*: that resource was used.',
  'details.deviceStateInferred': 'The device state "{state}" was read as {meaning}.',
  'details.platformUnknown': 'The platform "{platform}" has no Conditional Access equivalent.',
  'details.nothing': 'No field of the details block was found.',
  ...extraEn,
} as const;

export type MessageKey = keyof typeof en;

const it: Record<MessageKey, string> = {
  'verdict.block':
    'Bloccato: almeno un criterio attivo che si applica usa *Block access* (errore 53003).',
  'verdict.grant': 'Entri solo se soddisfi quello che chiede ciascun criterio che si applica.',
  'verdict.allow': 'Consentito: nessun criterio attivo che si applica chiede qualcosa.',
  'verdict.unknown':
    'Non si può dire: alcuni criteri potrebbero applicarsi o no, e cambierebbero il risultato.',
  'verdict.deciding': 'Criteri che decidono: {names}.',
  'verdict.uncertain': 'Cambierebbe il risultato se si applica: {names}.',
  'verdict.reportOnly': '{name} è in modalità *Report-only*: viene valutata ma non blocca mai.',

  'condition.users': 'Utenti',
  'condition.workloadIdentities': 'Identità dei carichi di lavoro',
  'condition.applications': 'Risorse di destinazione',
  'condition.platforms': 'Piattaforme del dispositivo',
  'condition.locations': 'Rete',
  'condition.clientApps': 'App client',
  'condition.devices': 'Filtro per dispositivi',
  'condition.deviceStates': 'Stato del dispositivo',
  'condition.signInRisk': "Rischio dell'accesso",
  'condition.userRisk': "Rischio dell'utente",
  'condition.servicePrincipalRisk': "Rischio dell'entità servizio",
  'condition.insiderRisk': 'Rischio interno',
  'condition.authenticationFlows': 'Flussi di autenticazione',
  'condition.times': 'Orario',

  'outcome.match': 'corrisponde',
  'outcome.noMatch': 'non corrisponde',
  'outcome.unknown': 'non si può dire',
  'outcome.notConfigured': 'non configurata',
  'applies.yes': 'Si applica',
  'applies.no': 'Non si applica',
  'applies.unknown': 'Potrebbe applicarsi',

  'users.workloadPolicy':
    'Questo criterio riguarda le identità dei carichi di lavoro, non gli utenti.',
  'users.servicePrincipal':
    "Questo criterio riguarda gli utenti, e l'accesso è di un'entità servizio.",
  'users.empty': 'Il criterio non assegna nessun utente.',
  'users.includeNone': 'Il criterio non include nessun utente (*None*).',
  'users.included.all': 'Il criterio include *All users*.',
  'users.included.user': 'Il tuo utente ({target}) è incluso per nome.',
  'users.included.group': 'Sei membro del gruppo incluso {target}.',
  'users.included.role': 'Hai il ruolo di directory incluso {target}.',
  'users.included.guest':
    'Il tuo tipo di account è tra gli ospiti o utenti esterni inclusi ({target}).',
  'users.excluded.user': 'Il tuo utente ({target}) è escluso per nome.',
  'users.excluded.group': 'Sei membro del gruppo escluso {target}.',
  'users.excluded.role': 'Hai il ruolo di directory escluso {target}.',
  'users.excluded.guest':
    'Il tuo tipo di account è tra gli ospiti o utenti esterni esclusi ({target}).',
  'users.notIncluded': 'Non sei tra gli utenti, i gruppi o i ruoli che il criterio include.',
  'users.unknown.user': "Manca l'id dell'utente, e il criterio nomina degli utenti ({target}…).",
  'users.unknown.group': 'Mancano i tuoi gruppi, e il criterio nomina il gruppo {target}.',
  'users.unknown.role':
    'Mancano i tuoi ruoli di directory, e il criterio nomina il ruolo {target}.',
  'users.unknown.guest': 'Non è indicato se sei un ospite o un utente esterno ({target}).',
  'users.unknown.all': 'Non si può dire se sei incluso.',

  'workload.notConfigured': 'Il criterio non riguarda le identità dei carichi di lavoro.',
  'workload.userIdentity':
    "Questo criterio riguarda le identità dei carichi di lavoro, e l'accesso è di un utente.",
  'workload.singleTenantOnly':
    'Valgono solo le entità servizio single-tenant registrate nel tuo tenant.',
  'workload.included.all': 'Il criterio include *All owned service principals*.',
  'workload.included.id': "L'entità servizio {target} è inclusa.",
  'workload.excluded.id': "L'entità servizio {target} è esclusa.",
  'workload.excluded.all': 'Tutte le entità servizio sono escluse.',
  'workload.notIncluded': "L'entità servizio non è tra quelle che il criterio include.",
  'workload.unknown.id': "Manca l'id dell'entità servizio.",
  'workload.unknown.all': "Non si può dire se l'entità servizio è inclusa.",
  'workload.filter':
    "Il criterio usa anche un filtro sugli attributi dell'entità servizio, che i dati non permettono di verificare.",

  'apps.empty': 'Il criterio non indica risorse, azioni utente o contesti di autenticazione.',
  'apps.noContext': 'Manca la risorsa, ma il criterio copre comunque *All resources*.',
  'apps.included.all': 'Il criterio riguarda *All resources*.',
  'apps.included.app': 'La risorsa {target} è inclusa.',
  'apps.included.bundle': 'La risorsa fa parte di {target}, che il criterio include.',
  'apps.excluded.all': 'Il criterio esclude tutte le risorse.',
  'apps.excluded.app': 'La risorsa {target} è esclusa.',
  'apps.excluded.bundle': 'La risorsa fa parte di {target}, che il criterio esclude.',
  'apps.notIncluded': 'La risorsa {target} non è tra quelle che il criterio include.',
  'apps.unknown.context': "Manca la risorsa (app) dell'accesso.",
  'apps.unknown.filter':
    'Il criterio usa anche un filtro per app sugli attributi di sicurezza personalizzati, che i dati non permettono di verificare.',
  'apps.unknown.bundle':
    'Non si può dire se la risorsa fa parte di {target}: Microsoft ne elenca i membri solo per nome.',
  'apps.unknown.app': 'Non si può dire se la risorsa è inclusa.',
  'apps.unknown.all': 'Non si può dire se la risorsa è inclusa.',
  'apps.mode':
    "Il criterio riguarda un tipo di risorsa ({policy}) diverso da quello dell'accesso ({signIn}).",
  'apps.userAction.match': "L'azione utente {action} è inclusa.",
  'apps.userAction.noMatch':
    "L'azione utente {action} non è inclusa (il criterio indica {listed}).",
  'apps.authContext.match': 'Il contesto di autenticazione {value} è incluso.',
  'apps.authContext.noMatch':
    'Il contesto di autenticazione {value} non è incluso (il criterio indica {listed}).',

  'platforms.notConfigured': 'Non configurata: vale per tutte le piattaforme.',
  'platforms.included.all': 'Il criterio vale per *Any device*.',
  'platforms.included.platform': 'La tua piattaforma ({target}) è inclusa.',
  'platforms.excluded.platform': 'La tua piattaforma ({target}) è esclusa.',
  'platforms.notIncluded':
    'La tua piattaforma ({target}) non è inclusa (il criterio indica {listed}).',
  'platforms.unknown.platform': 'Manca la piattaforma del dispositivo.',

  'locations.notConfigured': 'Non configurata: vale per ogni rete e posizione.',
  'locations.mfaTrustedIps':
    "Entra conta come attendibili anche i vecchi IP attendibili dell'MFA, che qui non ci sono.",
  'locations.badIp': '{ip} non è un indirizzo IP valido.',
  'locations.included.all': 'Il criterio vale per *Any network or location*.',
  'locations.included.trusted': 'Sei in una posizione attendibile ({target}).',
  'locations.included.named': 'Sei nella posizione inclusa {target}.',
  'locations.excluded.all': 'Tutte le posizioni sono escluse.',
  'locations.excluded.trusted':
    'Sei in una posizione attendibile ({target}), che il criterio esclude.',
  'locations.excluded.named': 'Sei nella posizione esclusa {target}.',
  'locations.notIncluded':
    'Il tuo indirizzo IP o il tuo paese non sono in nessuna posizione inclusa.',
  'locations.unknown.noLocations':
    'Il criterio usa delle posizioni denominate ({target}), che non sono state fornite.',
  'locations.unknown.missing': 'La posizione denominata {target} non è tra quelle fornite.',
  'locations.unknown.ip': "Manca l'indirizzo IP, e il criterio usa {target}.",
  'locations.unknown.country': 'Manca il paese, e il criterio usa {target}.',
  'locations.unknown.gps':
    '{target} ricava il paese dal GPS di Microsoft Authenticator, che qui non c’è.',
  'locations.unknown.trusted': 'Non si può dire se sei in una posizione attendibile.',
  'locations.unknown.named': 'Non si può dire se sei in {target}.',
  'locations.unknown.all': 'Non si può dire dove sei.',

  'clientApps.notConfigured': 'Non configurata: vale per tutte le app client.',
  'clientApps.match': 'Il tuo tipo di app client ({target}) è incluso.',
  'clientApps.noMatch':
    'Il tuo tipo di app client ({target}) non è incluso (il criterio indica {listed}).',
  'clientApps.unknown': 'Manca il tipo di app client (il criterio indica {listed}).',
  'clientApps.easVariant':
    'Il criterio indica {listed}; come tratti {target} non è documentato con precisione.',

  'devices.notConfigured': 'Non configurato.',
  'devices.invalidRule': 'La regola non si legge al carattere {position}: {error}',
  'devices.unregistered':
    'Nessun dato sul dispositivo: conta come non registrato in Entra, quindi ogni proprietà è vuota.',
  'devices.unknown': 'Non si può dire: la regola usa {property}, che manca.',
  'devices.include.ruleTrue':
    'Il tuo dispositivo soddisfa la regola, e il filtro include i dispositivi che la soddisfano.',
  'devices.include.ruleFalse':
    'Il tuo dispositivo non soddisfa la regola, e sono inclusi solo quelli che la soddisfano.',
  'devices.exclude.ruleTrue': 'Il tuo dispositivo soddisfa la regola, quindi il filtro lo esclude.',
  'devices.exclude.ruleFalse': 'Il tuo dispositivo non soddisfa la regola, quindi non è escluso.',
  'deviceStates.notConfigured': 'Non configurato.',
  'deviceStates.notExcluded': 'Il tuo dispositivo non è in uno stato escluso ({listed}).',
  'deviceStates.excluded': 'Il tuo dispositivo è {target}, che il criterio esclude.',
  'deviceStates.unknown': 'Non si può dire se il tuo dispositivo è {target}.',

  'rule.unsupportedProperty':
    'device.{property} non è tra le proprietà che Learn elenca per i filtri dei dispositivi.',
  'rule.unsupportedOperator': 'Learn non elenca -{operator} per device.{property}.',
  'rule.matchNotListed':
    '-{operator} viene dalla sintassi dei gruppi dinamici; Learn non lo elenca per i filtri dei dispositivi.',
  'rule.nullUnregistered':
    'Learn non dice con chiarezza come va un confronto con null su un dispositivo non registrato.',
  'rule.extensionMaybeHidden':
    'Conditional Access vede device.{property} solo se il dispositivo è gestito da Intune, conforme o ibrido.',
  'rule.unsafeRegex':
    'Il modello di -match non è valido, è troppo lungo o potrebbe metterci troppo: non è stato valutato.',
  'rule.tooLong': 'La regola supera i {max} caratteri.',
  'rule.empty': 'La regola è vuota.',
  'rule.tooDeep': 'La regola ha più di {max} livelli annidati.',
  'rule.unknownOperator': 'Operatore sconosciuto {text}.',
  'rule.unexpectedCharacter': 'Carattere inatteso {text}.',
  'rule.unterminatedString': 'Un valore tra virgolette non è chiuso.',
  'rule.notDeviceProperty':
    '{text} non è una proprietà del dispositivo (deve iniziare con device.).',
  'rule.unmatchedParen': 'Una parentesi chiusa non ha la sua aperta.',
  'rule.expectedLogic': 'Qui ci vuole -and oppure -or.',
  'rule.unexpectedEnd': 'La regola finisce troppo presto.',
  'rule.unclosedParen': 'Una parentesi non è chiusa.',
  'rule.expectedProperty': 'Qui ci vuole una proprietà, per esempio device.trustType.',
  'rule.expectedOperator': 'Qui ci vuole un operatore, per esempio -eq.',
  'rule.expectedValue': 'Qui ci vuole un valore (testo tra virgolette, true, false o null).',
  'rule.unexpectedList': 'Una lista di valori va solo con -in o -notIn.',
  'rule.unclosedList': 'Una lista di valori non è chiusa con ].',
  'rule.expectedList': '-in e -notIn vogliono una lista tra parentesi quadre.',
  'rule.nullOperator': 'null si confronta solo con -eq o -ne.',
  'rule.internal': 'La regola non si legge.',

  'signInRisk.notConfigured': 'Non configurato.',
  'signInRisk.match': "Il rischio dell'accesso ({target}) è tra i livelli indicati ({listed}).",
  'signInRisk.noMatch':
    "Il rischio dell'accesso ({target}) non è tra i livelli indicati ({listed}).",
  'signInRisk.unknown': "Manca il rischio dell'accesso (il criterio indica {listed}).",
  'userRisk.notConfigured': 'Non configurato.',
  'userRisk.match': 'Il tuo rischio utente ({target}) è tra i livelli indicati ({listed}).',
  'userRisk.noMatch': 'Il tuo rischio utente ({target}) non è tra i livelli indicati ({listed}).',
  'userRisk.unknown': 'Manca il rischio utente (il criterio indica {listed}).',
  'servicePrincipalRisk.notConfigured': 'Non configurato.',
  'servicePrincipalRisk.match':
    "Il rischio dell'entità servizio ({target}) è tra i livelli indicati ({listed}).",
  'servicePrincipalRisk.noMatch':
    "Il rischio dell'entità servizio ({target}) non è tra i livelli indicati ({listed}).",
  'servicePrincipalRisk.unknown':
    "Manca il rischio dell'entità servizio (il criterio indica {listed}).",
  'insiderRisk.notConfigured': 'Non configurato.',
  'insiderRisk.match': 'Il tuo rischio interno ({target}) è tra i livelli indicati ({listed}).',
  'insiderRisk.noMatch':
    'Il tuo rischio interno ({target}) non è tra i livelli indicati ({listed}).',
  'insiderRisk.unknown': 'Manca il rischio interno (il criterio indica {listed}).',
  'flows.notConfigured': 'Non configurato.',
  'flows.match': "L'accesso usa {target}, che il criterio include.",
  'flows.noMatch': "L'accesso usa {target}, che il criterio non include ({listed}).",
  'flows.unknown': 'Manca il flusso di autenticazione (il criterio indica {listed}).',
  'times.notConfigured': 'Non configurato.',
  'times.unknown':
    'Il criterio ha una condizione sull’orario, che questo strumento non sa valutare.',

  'policy.unknownState': 'Stato sconosciuto "{state}": il criterio è trattato come spento.',
  'policy.noConditions': 'Il criterio non ha condizioni.',
  'policy.badDeviceFilter': 'Il filtro dei dispositivi non ha una modalità o una regola valida.',
  'policy.noControls': 'Il criterio non ha controlli di concessione né di sessione.',

  ...portalControls,
  'control.termsOfUse': "Condizioni d'uso {id}",
  'control.custom': 'Controllo personalizzato {id}',
  'control.unknown': 'Controllo {id}',
  'operator.AND': 'tutti questi: {list}',
  'operator.OR': 'uno di questi: {list}',
  requirement: '{policy} chiede {controls}.',

  'hint.user': 'Il tuo utente dovrebbe essere {target}.',
  'hint.group': 'Dovresti essere membro del gruppo {target}.',
  'hint.role': 'Dovresti avere il ruolo di directory {target}.',
  'hint.guests': 'Dovresti essere un ospite o un utente esterno.',
  'hint.guestTypes': 'Dovresti essere di uno di questi tipi di ospite o utente esterno: {target}.',
  'hint.app': "L'accesso dovrebbe essere per la risorsa {target}.",
  'hint.appBundle': "L'accesso dovrebbe essere per una risorsa di {target}.",
  'hint.platform': 'Il tuo dispositivo dovrebbe essere {target}.',
  'hint.trusted': 'Il tuo indirizzo IP dovrebbe essere in una posizione segnata come attendibile.',
  'hint.ipLocation': 'Il tuo indirizzo IP dovrebbe essere in {target} ({detail}).',
  'hint.countryLocation': 'Dovresti accedere da un paese di {target} ({detail}).',
  'hint.location': 'Dovresti essere nella posizione {target}.',
  'hint.deviceFilter': 'Il tuo dispositivo dovrebbe soddisfare la regola {target}.',
  'hint.deviceFilterRegister':
    'Il tuo dispositivo dovrebbe essere registrato in Entra e soddisfare la regola {target}: un dispositivo non registrato non la soddisfa mai.',
  'hint.deviceState': 'Il tuo dispositivo dovrebbe essere {target}.',
  'hint.status.yes': 'Rientri in questa esclusione.',
  'hint.status.no': 'Non rientri in questa esclusione.',
  'hint.status.unknown': 'Con questi dati non si può dire se rientri in questa esclusione.',

  'input.notText': 'Quello che hai incollato non è testo.',
  'input.tooLarge': 'Il testo è troppo lungo ({size} caratteri; il massimo è {max}).',
  'input.empty': 'Il testo è vuoto.',
  'input.jsonSyntax': 'Non è un JSON valido: errore alla riga {line}, colonna {column}.',
  'input.jsonUnexpectedEnd':
    'Il JSON finisce troppo presto (riga {line}, colonna {column}): manca un pezzo.',
  'input.tooMany': 'Troppi elementi ({count}; il massimo è {max}).',
  'policies.shape': 'Questo JSON non sembra un elenco di criteri di accesso condizionale.',
  'policies.skipped': "L'elemento {index} non è un criterio ed è stato saltato.",
  'policies.duplicateId': 'Due criteri hanno lo stesso id {id}.',
  'policies.none': 'Non si è riusciti a leggere nessun criterio.',
  'locations.shape': 'Questo JSON non sembra un elenco di posizioni denominate.',
  'locations.skipped': "L'elemento {index} non è una posizione denominata ed è stato saltato.",
  'locations.noId': 'La posizione denominata {index} non ha un id ed è stata saltata.',
  'locations.badRange': 'In {location}, {range} non è un intervallo IP valido.',
  'locations.unknownKind': '{location} non è una posizione per IP né per paese ed è stata saltata.',
  'scenario.shape': 'Questo JSON non sembra il corpo di una richiesta What If.',
  'scenario.badContext':
    "Non si riesce a leggere il contesto dell'accesso (risorsa, azione utente o contesto di autenticazione).",
  'scenario.unusualTrustType':
    'trustType "{value}" non è tra i valori usati dai filtri dei dispositivi (AzureAD, ServerAD, Workplace).',
  'scenario.noContext': "Manca la risorsa dell'accesso.",
  'fragment.badEncoding': 'Il link è rovinato: la parte {part} non si decodifica.',
  'fragment.tooLarge': 'Il link è troppo lungo da leggere.',
  'fragment.empty': 'Il link non contiene nessuna simulazione.',
  'details.appIsClient':
    "La pagina d'errore mostra l'app che hai usato ({app}); i criteri riguardano la risorsa che chiama, che può essere un'altra.",
  'details.resourceFromClient':
    '{app} passa dalla *Windows Azure Service Management API*: è stata usata quella risorsa.',
  'details.deviceStateInferred': 'Lo stato del dispositivo "{state}" è stato letto come {meaning}.',
  'details.platformUnknown':
    'La piattaforma "{platform}" non ha un equivalente in Conditional Access.',
  'details.nothing': 'Nel blocco dei dettagli non è stato trovato nessun campo.',
  ...extraIt,
};

/** Every sentence, by language. */
export const messages: { it: Record<MessageKey, string>; en: Record<MessageKey, string> } = {
  it,
  en,
};

export type Locale = keyof typeof messages;
