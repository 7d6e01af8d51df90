/**
 * The engine's sentences added for real policy sets (issue 18): what a wrong file looks like,
 * what became of each file, conditions the engine does not evaluate, Entra's "none" for unset
 * inputs, compliant network locations, Office 365 by name, links. Merged into `messages.ts`;
 * the same two rules hold (same keys in both languages, every emitted key present).
 */

export const extraEn = {
  'condition.notEvaluated': 'Other conditions',
  'notEvaluated.none': 'None: the engine reads every condition this policy sets.',
  'notEvaluated.unknown':
    'The policy also sets {keys}, which this tool does not evaluate: it cannot say whether they match.',
  'unset.none': 'Not given: Entra’s What If counts it as none, and the policy lists {listed}.',
  'apps.unknown.bundleName':
    'Whether the resource is part of {target} depends on its name, which this tool does not know: add the app’s id and name to the names box.',
  'apps.unknown.keyword':
    'The policy names {target}, which this tool does not know: it may or may not cover the resource.',
  'locations.unknown.compliantNetwork':
    'The policy uses {target}, and whether the sign-in comes through the compliant network (Global Secure Access) was not given.',
  'input.notJson': 'This is not JSON: it begins with “{start}”.',
  'shape.empty': 'This JSON holds an empty list: nothing to read.',
  'shape.scalars': 'This JSON holds plain values (numbers or text), not objects (values: {count}).',
  'shape.other':
    'This JSON holds objects with fields such as {fields} (objects: {count}): none of them is what this box reads.',
  'shape.signIn.policy':
    'This is a sign-in log (sign-ins: {count}), not Conditional Access policies: open it in the sign-in log reader.',
  'shape.signIn.location':
    'This is a sign-in log (sign-ins: {count}), not named locations: open it in the sign-in log reader.',
  'shape.location.policy':
    'These are named locations (count: {count}), not policies: put them in box 2.',
  'shape.policy.location':
    'These are Conditional Access policies (count: {count}), not named locations: put them in box 1.',
  'shape.scenario.policy':
    'This is a What If request body (a sign-in to simulate), not policies: put it in box 3.',
  'shape.scenario.location':
    'This is a What If request body (a sign-in to simulate), not named locations: put it in box 3.',
  'shape.auditLog.policy':
    'These are audit log records (count: {count}), not policies: export the policies themselves.',
  'shape.auditLog.location': 'These are audit log records (count: {count}), not named locations.',
  'shape.authStrength.policy':
    'These are authentication strengths (count: {count}), not Conditional Access policies.',
  'shape.authStrength.location':
    'These are authentication strengths (count: {count}), not named locations.',
  'shape.other.policy': 'This JSON holds no Conditional Access policy.',
  'shape.other.location': 'This JSON holds no named location.',
  'shape.leftOut': 'Left out, being of another kind ({kind}): {count}.',
  'file.wrapper':
    'The policy was inside an export tool’s wrapper and was read from its {key} field.',
  'file.othersSkipped': 'Left out, being neither policies nor named locations: {count}.',
  'file.badZip': 'This ZIP archive cannot be opened.',
  'file.emptyZip': 'This ZIP archive holds no file.',
  'file.hidden': 'A hidden or system file, not read.',
  'file.tooLarge': 'Too large ({size} bytes; the limit is {max}).',
  'file.zip': 'A ZIP archive inside the archive: not opened.',
  'file.pdf': 'A PDF document, not JSON.',
  'file.image': 'A picture, not JSON.',
  'file.binary': 'Not a text file (perhaps an Office document or a program).',
  'fragment.damaged': 'The link is damaged: its content cannot be unpacked.',
} as const;

export const extraIt: Record<keyof typeof extraEn, string> = {
  'condition.notEvaluated': 'Altre condizioni',
  'notEvaluated.none': 'Nessuna: il motore legge tutte le condizioni di questo criterio.',
  'notEvaluated.unknown':
    'Il criterio imposta anche {keys}, che questo strumento non valuta: non può dire se corrispondono.',
  'unset.none':
    'Non indicato: il What If di Entra lo considera none, e il criterio indica {listed}.',
  'apps.unknown.bundleName':
    'Se la risorsa fa parte di {target} dipende dal suo nome, che lo strumento non conosce: aggiungi id e nome dell’app nel riquadro dei nomi.',
  'apps.unknown.keyword':
    'Il criterio indica {target}, che questo strumento non conosce: potrebbe includere la risorsa o no.',
  'locations.unknown.compliantNetwork':
    'Il criterio usa {target}, e non è indicato se l’accesso passa dalla rete conforme (Global Secure Access).',
  'input.notJson': 'Non è un JSON: comincia con «{start}».',
  'shape.empty': 'Questo JSON contiene un elenco vuoto: non c’è niente da leggere.',
  'shape.scalars':
    'Questo JSON contiene valori semplici (numeri o testo), non oggetti (valori: {count}).',
  'shape.other':
    'Questo JSON contiene oggetti con campi come {fields} (oggetti: {count}): nessuno è quello che legge questo riquadro.',
  'shape.signIn.policy':
    'È un log degli accessi (accessi: {count}), non un elenco di criteri di accesso condizionale: aprilo nel lettore dei log di accesso.',
  'shape.signIn.location':
    'È un log degli accessi (accessi: {count}), non un elenco di posizioni denominate: aprilo nel lettore dei log di accesso.',
  'shape.location.policy':
    'Sono posizioni denominate (in tutto: {count}), non criteri: mettile nel riquadro 2.',
  'shape.policy.location':
    'Sono criteri di accesso condizionale (in tutto: {count}), non posizioni denominate: mettili nel riquadro 1.',
  'shape.scenario.policy':
    'È il corpo di una richiesta What If (un accesso da simulare), non un elenco di criteri: mettilo nel riquadro 3.',
  'shape.scenario.location':
    'È il corpo di una richiesta What If (un accesso da simulare), non un elenco di posizioni denominate: mettilo nel riquadro 3.',
  'shape.auditLog.policy':
    'Sono record del log di controllo (in tutto: {count}), non criteri: esporta i criteri veri e propri.',
  'shape.auditLog.location':
    'Sono record del log di controllo (in tutto: {count}), non posizioni denominate.',
  'shape.authStrength.policy':
    'Sono livelli di autenticazione (in tutto: {count}), non criteri di accesso condizionale.',
  'shape.authStrength.location':
    'Sono livelli di autenticazione (in tutto: {count}), non posizioni denominate.',
  'shape.other.policy': 'Questo JSON non contiene nessun criterio di accesso condizionale.',
  'shape.other.location': 'Questo JSON non contiene nessuna posizione denominata.',
  'shape.leftOut': 'Lasciati fuori perché di un altro tipo ({kind}): {count}.',
  'file.wrapper':
    'Il criterio era dentro il contenitore di uno strumento di esportazione ed è stato letto dal campo {key}.',
  'file.othersSkipped': 'Lasciati fuori perché né criteri né posizioni denominate: {count}.',
  'file.badZip': 'Questo archivio ZIP non si apre.',
  'file.emptyZip': 'Questo archivio ZIP non contiene file.',
  'file.hidden': 'File nascosto o di sistema, non letto.',
  'file.tooLarge': 'Troppo grande ({size} byte; il massimo è {max}).',
  'file.zip': 'Un archivio ZIP dentro l’archivio: non aperto.',
  'file.pdf': 'Un documento PDF, non un JSON.',
  'file.image': 'Un’immagine, non un JSON.',
  'file.binary': 'Non è un file di testo (forse un documento di Office o un programma).',
  'fragment.damaged': 'Il link è rovinato: il suo contenuto non si riesce a estrarre.',
};
