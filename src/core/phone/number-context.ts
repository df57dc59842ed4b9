/**
 * Numbers that are written like phone numbers but labelled as something else: order, invoice, case, KvK,
 * VAT, IBAN, ISBN, version, postcode, error codes. The label sits just before the number on the same line;
 * a scam page's "Error # 0x268d3 … call +1-844-…" keeps the error code and the call apart.
 */

const OTHER_NUMBER_LABEL = new RegExp(
  '(?:order|bestel(?:ling)?|invoice|factuur|rechnung|facture|kvk|btw|vat|ust|siret|siren|iban|bic|swift|case|ticket|' +
    'dossier|zaak|referen\\w*|ref|artikel|art|sku|isbn|issn|ean|gtin|serial|serie|version|versie|build|error|fout|' +
    'fehler|erreur|zip|postcode|plz|account|rekening|konto|compte|klant|customer|kunden|client|member|lid|polis|' +
    'policy|tracking|track|zending|sendung|colis|transaction|transactie|id|nr\\. ?kvk|patient|bsn|sofi|registration|' +
    'registratie|licen[cs]e|product key|key|pin|tan|code|batch|lot|model|part|onderdeel|issue|bug|item|pr|request|' +
    'ordernummer|bestelnummer|klantnummer|kundennummer|rechnungsnummer|numéro de commande|n°|no)' +
    '(?:\\s*(?:nr|no|number|nummer|num|#|id|code))?\\.?\\s*[:#.]?\\s*$',
  'i',
);

/** True when the words right before a number say it is not a phone number. */
export function isLabelledAsOtherNumber(textBefore: string): boolean {
  const line = textBefore.slice(-32).split(/[\n\t]/).pop() ?? '';
  return OTHER_NUMBER_LABEL.test(line);
}

/** ISBN-13 and EAN book codes (978/979 …) read as numbers in some plans; they never are phone numbers. */
export function looksLikeBookCode(digits: string): boolean {
  return digits.length === 13 && /^97[89]/.test(digits);
}

/** Words that put a number forward as a phone number: the cue that makes a short national number credible. */
const PHONE_CUE = /(?:tel|phone|call|dial|fax|mobile|bel|telefoon|gsm|rufen|anruf|telefon|appel|téléphone|portable|電話|☎|📞|✆)[^\n\d]{0,24}$/iu;

export function hasPhoneCue(textBefore: string): boolean {
  return PHONE_CUE.test(textBefore.slice(-40));
}
