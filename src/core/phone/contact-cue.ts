/**
 * Words that put a number forward as something to call, in the languages of the phrase table. The verdict
 * uses them to tell a contact from a number that merely appears; the content script uses them to keep such
 * numbers in the sample of a page crowded with number-like text.
 *
 * No `u` flag: with it, case-insensitive matching folds every character of the text the Unicode way, which
 * made one pass over a crowded page's 166 KB of text take 3.1 ms instead of 0.8. Nothing here needs it: no
 * character classes, and the emoji match as the two UTF-16 units they are written with.
 */
export const CONTACT_CUE =
  /(?:call|phone|\btel\b|contact|dial|helpline|hotline|toll|support|help ?desk|technician|\bbel\b|bellen|telefoon|rufen|anruf|telefon|appel|téléphone|numéro|電話|連絡|サポート|☎|📞|✆)/i;
