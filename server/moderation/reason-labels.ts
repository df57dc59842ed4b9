/**
 * Short labels for the extension's verdict reasons (the message keys a report carries), so a reviewer reads
 * "Names a brand" rather than `reasonImpersonation`. A key not in this table (a newer extension, or a forged
 * report) is shown as the raw key, escaped like any other report text.
 */
import type { ReasonKey } from '../../src/core/verdict/verdict.ts';
import type { Language } from './messages.ts';

const LABELS: Readonly<Record<ReasonKey, readonly [en: string, nl: string]>> = {
  reasonListedNumber: ['Number on the block list', 'Nummer op de blokkeerlijst'],
  reasonReportedNumber: ['Number reported before by this user', 'Nummer eerder gemeld door deze gebruiker'],
  reasonImpersonation: ['Claims to be a brand (brand named)', 'Doet zich voor als een merk (merk genoemd)'],
  reasonDisguisedBrand: ['Disguised brand name', 'Vermomde merknaam'],
  reasonDisguisedNumber: ['Disguised phone number', 'Vermomd telefoonnummer'],
  reasonScareLanguage: ['Scare language', 'Bangmakerij'],
  reasonLockClaim: ['Claims the computer is locked', 'Beweert dat de computer geblokkeerd is'],
  reasonRemoteAccess: ['Asks for remote access', 'Vraagt om toegang op afstand'],
  reasonRefundLure: ['Refund lure', 'Terugbetalingslokkertje'],
  reasonNumberInUrl: ['Number in the address', 'Nummer in het adres'],
  reasonForeignNumber: ['Foreign number', 'Buitenlands nummer'],
  reasonManyCountries: ['Numbers from many countries', 'Nummers uit veel landen'],
  reasonLockScreenBehaviour: ['Lock-screen behaviour', 'Gedrag van een blokkeerscherm'],
  reasonNumberNearBrand: ['Number next to a brand', 'Nummer naast een merknaam'],
  reasonPremiumNumber: ['Premium-rate number', 'Betaalnummer'],
  reasonCallbackForm: ['Call-back form', 'Terugbelformulier'],
};

export function reasonLabel(key: string, language: Language): string {
  const labels = (LABELS as Readonly<Record<string, readonly [string, string]>>)[key];
  return labels ? labels[language === 'nl' ? 1 : 0] : key;
}
