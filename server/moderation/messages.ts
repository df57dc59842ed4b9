/**
 * Every string the moderation pages show, in English and Dutch. `t` is typed on the English keys and the
 * Dutch table must have exactly the same keys (the compiler checks it), so a page cannot show a key that
 * one language lacks. Placeholders are `{name}`, filled by `t`, never by concatenation.
 */
const en = {
  title: 'Helpdesk Guard moderation',
  login: 'Log in', logout: 'Log out', name: 'Account name', password: 'Password',
  code: 'Authenticator code (admins)', loginFailed: 'The name, password or code is not right.',
  loginThrottled: 'Too many failed attempts. Wait {minutes} minutes, then try again.',
  loginBusy: 'Many logins are being checked right now. Try again in a few seconds.',
  csrfRefused: 'This form was out of date or did not come from this site. Reload the page and try again.',
  forbidden: 'Only an admin can do this.', notFound: 'Not found.',
  navQueue: 'Queue', navAppeals: 'Appeals', navNoNumber: 'Reports without a number', navAudit: 'Audit log', navPublish: 'Publishing',
  language: 'Language', switchLanguage: 'Switch',
  queueEmpty: 'No open reports.', country: 'Country', reports: 'Reports', reporters: 'Distinct reporters',
  hosts: 'Distinct page hosts', firstSeen: 'First seen', lastSeen: 'Last seen', state: 'Decision', verdicts: 'Extension verdicts',
  reasons: 'Reasons shown', titles: 'Page titles', comments: 'Comments', screenshot: 'Screenshot', open: 'Open and decide',
  officialWarning: 'Official number: {organisation} ({source}). Do not list it.',
  sourceAllow: 'allow list', sourceChannels: 'an official reporting channel', sourceReviewed: 'marked official by a reviewer',
  invisibleWarning: 'Contains invisible or direction-changing characters (shown as U+…).',
  received: 'Received', kind: 'Kind', page: 'Page', url: 'Address', comment: 'Comment', partner: 'From partner', status: 'Status',
  reporter: 'Reporter (pseudonym)', verdict: 'Verdict', noVerdict: 'not judged',
  decide: 'Decide', reason: 'Reason (required, goes into the audit log)', brand: 'Brand', organisation: 'Organisation',
  actionList: 'List this number', actionReject: 'Reject these reports', actionOfficial: 'Mark as official number',
  actionRemove: 'Remove from the list', actionKeep: 'Turn the appeals down (keep listed)', actionRejectReport: 'Reject this report',
  actionRejectNoNumber: 'Reject (no number)',
  doneMessage: 'Done: {count} report(s) updated.',
  appealsEmpty: 'No open appeals.', appealsIntro: 'Reports of “This page is safe” about a number, with its current decision.',
  noNumberEmpty: 'No open reports without a number.',
  auditEmpty: 'The audit log is empty.', at: 'When', actor: 'Who', action: 'What', subject: 'Subject', detail: 'Detail', older: 'Older entries',
  publishCurrent: 'List in force', publishNone: 'No list published yet.', version: 'Version', entries: 'Numbers', allowed: 'Allowed',
  added: 'Added', removed: 'Removed', pendingSince: 'Decisions waiting since', lastError: 'Last error', noError: 'none',
  held: 'A publish is held: it would remove a large share of the list.', confirm: 'Publish it', discard: 'Discard it',
  heldAdminOnly: 'An admin must confirm or discard it.',
  errorInvalid: 'The form was incomplete or invalid: {problem}.',
  errorOfficial: 'This number is marked official. Remove the official mark first if you are sure it is a scam number.',
  errorAllowList: 'This number is on the maintainers’ allow list or is an official reporting channel; it cannot be listed here.',
  errorNotOnList: 'This number is not on the list.', errorReport: 'That report is unknown or already decided.',
  errorHasNumber: 'That report names a number: decide on the number instead.',
} as const;

export type MessageKey = keyof typeof en;

const nl: Readonly<Record<MessageKey, string>> = {
  title: 'Helpdesk Guard moderatie',
  login: 'Inloggen', logout: 'Uitloggen', name: 'Accountnaam', password: 'Wachtwoord',
  code: 'Code uit de authenticator-app (beheerders)', loginFailed: 'De naam, het wachtwoord of de code klopt niet.',
  loginThrottled: 'Te veel mislukte pogingen. Wacht {minutes} minuten en probeer het dan opnieuw.',
  loginBusy: 'Er worden nu veel inlogpogingen gecontroleerd. Probeer het over een paar seconden opnieuw.',
  csrfRefused: 'Dit formulier was verouderd of kwam niet van deze site. Laad de pagina opnieuw en probeer het nog eens.',
  forbidden: 'Alleen een beheerder kan dit doen.', notFound: 'Niet gevonden.',
  navQueue: 'Wachtrij', navAppeals: 'Bezwaren', navNoNumber: 'Meldingen zonder nummer', navAudit: 'Auditlog', navPublish: 'Publiceren',
  language: 'Taal', switchLanguage: 'Wissel',
  queueEmpty: 'Geen open meldingen.', country: 'Land', reports: 'Meldingen', reporters: 'Verschillende melders',
  hosts: 'Verschillende websites', firstSeen: 'Eerst gezien', lastSeen: 'Laatst gezien', state: 'Besluit', verdicts: 'Oordeel van de extensie',
  reasons: 'Getoonde redenen', titles: 'Paginatitels', comments: 'Opmerkingen', screenshot: 'Schermafbeelding', open: 'Openen en besluiten',
  officialWarning: 'Officieel nummer: {organisation} ({source}). Niet op de lijst zetten.',
  sourceAllow: 'toegestane lijst', sourceChannels: 'een officieel meldkanaal', sourceReviewed: 'door een moderator als officieel gemarkeerd',
  invisibleWarning: 'Bevat onzichtbare of richtingveranderende tekens (getoond als U+…).',
  received: 'Ontvangen', kind: 'Soort', page: 'Pagina', url: 'Adres', comment: 'Opmerking', partner: 'Van partner', status: 'Status',
  reporter: 'Melder (pseudoniem)', verdict: 'Oordeel', noVerdict: 'niet beoordeeld',
  decide: 'Besluiten', reason: 'Reden (verplicht, komt in het auditlog)', brand: 'Merk', organisation: 'Organisatie',
  actionList: 'Nummer op de lijst zetten', actionReject: 'Deze meldingen afwijzen', actionOfficial: 'Markeren als officieel nummer',
  actionRemove: 'Van de lijst halen', actionKeep: 'Bezwaren afwijzen (op de lijst houden)', actionRejectReport: 'Deze melding afwijzen',
  actionRejectNoNumber: 'Afwijzen (geen nummer)',
  doneMessage: 'Klaar: {count} melding(en) bijgewerkt.',
  appealsEmpty: 'Geen open bezwaren.', appealsIntro: 'Meldingen “Deze pagina is veilig” over een nummer, met het huidige besluit.',
  noNumberEmpty: 'Geen open meldingen zonder nummer.',
  auditEmpty: 'Het auditlog is leeg.', at: 'Wanneer', actor: 'Wie', action: 'Wat', subject: 'Onderwerp', detail: 'Details', older: 'Oudere regels',
  publishCurrent: 'Geldende lijst', publishNone: 'Nog geen lijst gepubliceerd.', version: 'Versie', entries: 'Nummers', allowed: 'Toegestaan',
  added: 'Toegevoegd', removed: 'Verwijderd', pendingSince: 'Besluiten wachten sinds', lastError: 'Laatste fout', noError: 'geen',
  held: 'Een publicatie wacht: die zou een groot deel van de lijst verwijderen.', confirm: 'Publiceren', discard: 'Weggooien',
  heldAdminOnly: 'Een beheerder moet die bevestigen of weggooien.',
  errorInvalid: 'Het formulier was onvolledig of ongeldig: {problem}.',
  errorOfficial: 'Dit nummer is als officieel gemarkeerd. Haal die markering eerst weg als je zeker weet dat het een oplichtersnummer is.',
  errorAllowList: 'Dit nummer staat op de toegestane lijst van de beheerders of is een officieel meldkanaal; het kan hier niet op de lijst.',
  errorNotOnList: 'Dit nummer staat niet op de lijst.', errorReport: 'Die melding is onbekend of er is al over besloten.',
  errorHasNumber: 'Die melding noemt een nummer: besluit over het nummer.',
};

export type Language = 'en' | 'nl';
export const LANGUAGES: readonly Language[] = ['en', 'nl'];

export function t(language: Language, key: MessageKey, values: Readonly<Record<string, string | number>> = {}): string {
  const template: string = (language === 'nl' ? nl : en)[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The language a visitor's browser prefers, for the login page (before we know who they are). */
export function languageFromHeader(acceptLanguage: string | undefined): Language {
  return /^\s*nl\b/i.test(acceptLanguage ?? '') ? 'nl' : 'en';
}
