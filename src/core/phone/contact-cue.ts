/**
 * Words that put a number forward as something to call, in the languages of the phrase table. The verdict
 * uses them to tell a contact from a number that merely appears; the content script uses them to keep such
 * numbers in the sample of a page crowded with number-like text.
 */
export const CONTACT_CUE =
  /(?:call|phone|tel\b|contact|dial|helpline|hotline|toll|support|help ?desk|technician|\bbel\b|bellen|telefoon|rufen|anruf|telefon|appel|téléphone|numéro|電話|連絡|サポート|☎|📞|✆)/iu;
