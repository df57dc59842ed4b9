/**
 * What fake helpdesks say, and what honest warnings about them say, in the five languages of the kits
 * measured so far (English, Dutch, German, French, Japanese). Patterns are regex sources matched on folded,
 * lower-case text (fold-lookalikes.ts), so look-alike letters cannot dodge them.
 *
 * Categories, not single words, carry the weight (see docs/detection.md): a page that claims the computer is
 * locked, that it is infected, and that the user must not close it is saying three different things that an
 * honest page almost never says together. `warning` is the other side: news, banks and the brands themselves
 * writing *about* these scams. It lowers the score, but never below what a listed number or a disguise earns.
 */

import { PHRASES_ES_IT_PT } from './scam-phrases-es-it-pt.ts';

export type PhraseCategory =
  | 'lock' | 'infection' | 'doNotClose' | 'dataTheft' | 'errorCode' | 'callNow' | 'remoteTool' | 'refund'
  | 'disclaimer' | 'support' | 'callback' | 'warning';

export type PhraseTable = Readonly<Record<PhraseCategory, readonly string[]>>;

const DEVICE_EN = '(?:computer|pc|device|system|windows|browser|mac|access|ip address|account|network)';
const DEVICE_NL = '(?:computer|pc|apparaat|systeem|toegang|browser|windows|account|laptop|(?:bank|betaal)?rekening|bankpas|pas)';
const DEVICE_DE = '(?:computer|pc|gerät|system|zugang|zugriff|browser|windows|konto|rechner)';
const DEVICE_FR = '(?:ordinateur|pc|appareil|système|accès|navigateur|windows|compte)';
const DEVICE_JA = '(?:コンピューター|コンピュータ|pc|パソコン|デバイス|システム|アクセス|ブラウザ|windows)';

const BASE_PHRASES: PhraseTable = {
  lock: [
    `${DEVICE_EN} (?:has been|is|was|have been|will be)(?: temporarily| permanently)? (?:locked|blocked|suspended|disabled)`,
    'access to (?:this|your) (?:pc|computer|device) (?:has been|is) (?:blocked|locked|denied)',
    '(?:pc|computer|windows|system) (?:is )?locked', 'blocked for (?:security|your safety)',
    `(?:uw|je|jouw) ${DEVICE_NL}(?: is| werd| wordt)?(?: tijdelijk| volledig| permanent)? (?:geblokkeerd|vergrendeld|op slot)`,
    '(?:toegang|computer|pc) (?:is |werd )?geblokkeerd',
    `(?:ihr|dein) ${DEVICE_DE}(?: wurde| ist)? (?:gesperrt|blockiert)`, `(?:ihr|dein) ${DEVICE_DE}[^.\\n]{0,40}(?:gesperrt|blockiert|deaktiviert|eingeschränkt)`, '(?:zugriff|computer|pc) (?:wurde |ist )?(?:gesperrt|blockiert)',
    `votre ${DEVICE_FR}(?: a été| est)? (?:bloqué|verrouillé|suspendu)`, `votre ${DEVICE_FR}[^.\\n]{0,40}(?:bloqué|verrouillé|suspendu|désactivé)e?`, 'accès (?:[^.\\n]{0,20})?(?:a été )?bloqué',
    "(?:le )?registre windows est verrouillé", "(?:l['’])?accès à (?:ce|cet) (?:système|ordinateur|appareil)[^.\\n]{0,20}bloqué",
    `${DEVICE_JA}[^。\\n]{0,12}(?:ロック|ブロック)(?:されています|されました|されて)`, '(?:ロック|ブロック)されています',
    // Families rather than sentences: the subject, a few words, the claim ("your Apple ID has been
    // temporarily locked", "we have suspended your account", "uw computer zal binnen 24 uur worden geblokkeerd").
    '(?:apple ?id|icloud|account|card|bank account|microsoft account|paypal|subscription)[^.\\n]{0,30}(?:has been|is|was|have been|will be|may be|is being) (?:temporarily |permanently |now |already )?(?:locked|blocked|suspended|disabled|frozen|restricted|deactivated)',
    'we (?:have |\'ve )?(?:temporarily |permanently )?(?:locked|blocked|suspended|restricted|frozen|disabled) (?:your|this)',
    `(?:uw|je|jouw) ${DEVICE_NL}[^.\\n]{0,50}(?:geblokkeerd|vergrendeld|opgeschort|bevroren|afgesloten)`,
    `(?:wordt|worden|werd|is|zal|zullen) (?:uw|je) ${DEVICE_NL}[^.\\n]{0,30}(?:geblokkeerd|vergrendeld|opgeschort|bevroren|afgesloten)`,
    '(?:ロック|ブロック|凍結|停止|制限)(?:されました|されます|されています)', '(?:アカウント|カード|口座|apple ?id)[^。\\n]{0,12}(?:ロック|凍結|停止|制限)',
  ],
  infection: [
    '(?:virus|viruses|malware|spyware|trojan|ransomware|adware|worm)[^.\\n]{0,30}(?:detected|found|infection|alert|attack)',
    '(?:is|are|has been|have been|was) (?:seriously |severely )?infected', 'infected with', 'threats? (?:detected|found)',
    '(?:critical|security|system|virus) (?:alert|warning|error)', 'pornographic (?:spyware|virus)',
    '(?:virus|malware|spyware|trojan)[^.\\n]{0,30}(?:gedetecteerd|gevonden|aangetroffen)', '(?:is|zijn|werd) (?:besmet|geïnfecteerd|geinfecteerd)',
    'bedreigingen? (?:gedetecteerd|gevonden)', 'beveiligingswaarschuwing',
    '(?:virus|viren|malware|spyware|trojaner)[^.\\n]{0,30}(?:erkannt|gefunden|entdeckt)', 'infiziert', 'bedrohungen? (?:erkannt|gefunden)',
    'sicherheitswarnung',
    '(?:virus|logiciels? malveillants?|malware|spyware|cheval de troie|logiciels? espions?)[^.\\n]{0,30}(?:détecté|trouvé)',
    'infecté', 'menaces? détectées?', 'alerte de sécurité',
    // Bare nouns, but not "ウイルス対策" (antivirus) or "感染を防ぐ" (prevent infection), which antivirus
    // vendors and shops write about their own products.
    'ウイルス(?!対策|バスター)', 'ウィルス(?!対策|バスター)', 'マルウェア(?!対策)', 'スパイウェア(?!対策)', 'トロイの木馬', '感染(?!を防|予防|対策|防止)', '脅威が(?:検出|見つか)',
    // Fake antivirus: expired protection, fake scan results, "clean-up required".
    '(?:antivirus|protection|license|licence|subscription)(?: is| has)? (?:not active|expired|disabled|inactive|out of date)',
    '(?:high|medium|severe) risk', 'instant clean ?up', 'clean ?up (?:is )?required', 'remove (?:the )?(?:virus|viruses|threats)',
    'your (?:pc|computer|device|mac) (?:is|may be) (?:at risk|in danger|vulnerable)',
    // The same claims the other way round: "the scan detected unwanted adware", "may put your PC at risk".
    '(?:detected|found) (?:an? |the |some |several |\\d+ )?(?:unwanted |malicious |suspicious |dangerous )?(?:adware|malware|spyware|viruse?s?|trojans?|ransomware)',
    'put your (?:pc|computer|device|mac|system|data) at risk',
    '(?:virusscanner|antivirus|bescherming|licentie)(?: is)? (?:verlopen|uitgeschakeld|niet actief)',
    '(?:virenschutz|antivirus|schutz|lizenz)(?: ist)? (?:abgelaufen|deaktiviert|nicht aktiv)',
    '(?:antivirus|protection|licence)(?: est)? (?:expirée?|désactivée?|inactive?)',
  ],
  doNotClose: [
    "(?:do not|don't|please do not) (?:(?:access|use|touch) or )?(?:close|restart|shut ?down|turn off|ignore|reboot|try to (?:close|restart|fix))",
    'closing this (?:page|window) (?:will|may|can)', 'keep this (?:page|window) open',
    // Fake "leave this site?" dialogs drawn by kits to keep the user on the page.
    'do you (?:really )?want to (?:close|leave|exit) this (?:site|page|window)', 'wilt u deze (?:site|pagina) (?:sluiten|verlaten)',
    'wollen sie diese seite (?:schließen|schliessen|verlassen)', 'voulez-vous (?:vraiment )?(?:fermer|quitter) (?:ce site|cette page)',
    'このサイトを閉じますか', 'このページを閉じますか', '(?:will|may) (?:result in|lead to) (?:the )?(?:suspension|disabling|deletion|loss)',
    '(?:sluit|herstart) (?:deze pagina |uw computer |je computer |de computer |dit venster )?niet',
    'niet (?:afsluiten|sluiten|herstarten|uitschakelen|opnieuw opstarten)', 'schakel (?:uw|je) (?:computer|pc) niet uit',
    '(?:nicht|keinesfalls) (?:schließen|schliessen|neu starten|herunterfahren|ausschalten)',
    '(?:schließen|schliessen|starten) sie (?:diese seite |ihren computer |den computer |das fenster )?nicht',
    'ne (?:fermez|redémarrez|éteignez|quittez) (?:surtout |en aucun cas )?(?:pas|jamais)', 'ne pas (?:utiliser ou )?(?:fermer|redémarrer|éteindre)',
    'la fermeture de cette (?:fenêtre|page)',
    '(?:閉じ|再起動し|シャットダウンし|電源を切ら)ないで', '閉じると', '再起動すると',
    '(?:閉じ|再起動し|シャットダウンし|電源を切っ)たり[^。\\n]{0,20}(?:しないで|しないでください)',
    // Dutch separable verbs: "sluit deze pagina niet af", "zet uw computer niet uit", "start … niet opnieuw op".
    '(?:sluit|zet|schakel) [^.\\n]{0,30}niet (?:af|uit)', 'start [^.\\n]{0,30}niet opnieuw op',
    '(?:do not|don\'t) (?:leave|navigate away from) this (?:page|site|window)',
  ],
  dataTheft: [
    '(?:passwords?|credit cards?|banking (?:details|information)|personal (?:data|information)|photos|email credentials|logins?)[^.\\n]{0,40}(?:stolen|at risk|compromised|being (?:stolen|sent)|exposed)',
    'identity theft', 'suspicious (?:activity|transactions?|login)',
    '(?:can|could|will|may|to) steal (?:your )?(?:passwords?|credit cards?|banking (?:details|information)|personal (?:data|information)|photos|identit(?:y|ies)|logins?)',
    'verdachte (?:activiteit|transacties?|aanmelding)', 'verdächtige (?:aktivitäten|transaktionen)', 'activité suspecte',
    '(?:wachtwoorden|creditcard|bankgegevens|persoonlijke gegevens|foto\'s)[^.\\n]{0,40}(?:gestolen|in gevaar|gelekt)',
    '(?:passwörter|kreditkarten?|bankdaten|persönlichen? daten|fotos)[^.\\n]{0,40}(?:gestohlen|in gefahr|gefährdet)',
    '(?:mots de passe|cartes? de crédit|cartes? bancaires?|données personnelles|photos)[^.\\n]{0,40}(?:volée?s?|en danger|compromise?s?)',
    '(?:パスワード|クレジットカード|個人情報|写真|銀行)[^。\\n]{0,20}(?:盗ま|漏洩|流出|危険)',
    'unusual (?:sign-?in|log-?in|activity|purchase|transaction)', 'unauthori[sz]ed (?:access|purchase|transaction|charge|login|sign-?in|payment)',
    '(?:account|computer|device|pc|apple ?id|icloud)[^.\\n]{0,30}(?:hacked|compromised|breached)', 'someone (?:tried to|has tried to|has) (?:access|sign in|log in|use)',
    'ongebruikelijke (?:aanmelding|activiteit|inlogpoging|betaling)', 'onbevoegde (?:toegang|betaling|aankoop)', '(?:account|rekening|computer)[^.\\n]{0,30}gehackt',
    'ungewöhnliche (?:anmeldung|aktivität)', 'unbefugte(?:r)? zugriff', 'connexion inhabituelle', 'accès non autorisé',
    '不正(?:アクセス|ログイン|利用)', '異常なログイン',
  ],
  errorCode: [
    'error (?:code|#|no\\.?)\\s*[:#]?\\s*[0-9a-z]{3,}', '(?<![a-z0-9])0x[0-9a-f]{4,8}(?![a-z0-9])', 'dw6vb36', 'err(?:or)?[_ ]?[0-9]{3,}',
    'foutcode', 'fehlercode', "code d['’]erreur", 'エラーコード', 'エラー ?#',
  ],
  callNow: [
    'call (?:now|immediately|microsoft|apple|windows|support|our (?:refund|billing|support|help)|the (?:number|helpline|support|toll[- ]free|refund|billing)|toll[- ]free|(?:technical|tech) support|a (?:certified )?technician|help ?desk)',
    '(?:please )?contact (?:microsoft|apple|support|(?:technical|tech) support|the support team|us|a technician)(?: immediately| now| at| on| right away)?',
    'toll[- ]free', 'helpline', 'speak (?:to|with) (?:a|an) (?:technician|expert|agent|engineer)',
    'bel (?:direct|nu|onmiddellijk|meteen|ons|microsoft|apple|de helpdesk|gratis)', 'neem (?:direct |onmiddellijk |nu )?contact op',
    'gratis (?:nummer|bellen)',
    'rufen sie (?:uns |den support |microsoft |sofort |jetzt |umgehend )?an', '(?:sofort|umgehend|jetzt) anrufen',
    'kontaktieren sie (?:uns|den support|microsoft|sofort)', 'gebührenfrei', 'kostenlose (?:hotline|rufnummer)',
    'appelez(?:-nous)? ', 'contactez(?:-nous)? (?:immédiatement|maintenant|le support|microsoft)', 'contactez[^.\\n]{0,30}(?:support|assistance|service technique|technicien)', 'numéro (?:gratuit|vert)', 'appel gratuit',
    '(?:今すぐ|すぐに|直ちに)[^。\\n]{0,10}(?:電話|連絡)', 'お電話(?:ください|下さい)', '(?:サポート|技術者)(?:に|へ)(?:電話|連絡)',
    'フリーダイヤル', '無料通話',
    'call (?:us|our|the)? ?(?:toll[- ]free )?(?:number|line|hotline|helpline)? ?(?:below|above|right away|today)',
    'call (?:us|our) (?:\\w+ ){0,2}(?:department|team|line|center|centre|desk)', '(?:reach|contact) (?:our|the) (?:support|billing|fraud|security|refund) (?:team|department)',
    'give us a call', 'dial (?:the|this|our) (?:number|toll)', '(?:talk|speak) (?:to|with) (?:a |an |our )?(?:agent|specialist|representative|support|technician|expert)',
    '(?:call|contact)[^.\\n]{0,40}within (?:24|48|72) hours',
    'bel [^.\\n]{0,30}(?:direct|onmiddellijk|meteen|nu) op', 'neem [^.\\n]{0,30}contact (?:met [^.\\n]{0,30})?op', 'bel (?:het|ons|onze|de) [^.\\n]{0,20}(?:nummer|helpdesk|afdeling|servicedesk)',
    'rufen sie [^.\\n]{0,50} an(?![a-zäöü])',
    '(?:chat|talk) with (?:microsoft|apple|windows|a technician|an agent|our (?:support|technicians?|agents?)|support|us)', '(?:message|text|contact) us on (?:whatsapp|messenger|telegram)',
    '(?:電話|連絡)して(?:ください|下さい)',
  ],
  remoteTool: [
    'anydesk', 'teamviewer', 'ultra ?viewer', 'supremo', 'quick ?assist', 'zoho assist', 'logmein', 'screenconnect',
    'connectwise', 'rustdesk', 'ammyy', 'aeroadmin', 'splashtop',
    'remote (?:access|desktop|support|control) (?:software|tool|session|app|program)',
  ],
  refund: [
    '(?:subscription|membership|plan|license|licence)(?: has been| was| will be)? (?:auto[- ]?)?renewed', 'auto[- ]?renewal',
    'you (?:have been|were|will be) charged', '(?:charged|deducted|debited)[^.\\n]{0,20}(?:\\$|usd|eur|€)',
    'if you did not (?:authori[sz]e|make|place|request) (?:this|the)', 'refund (?:department|process|request)',
    'cancel (?:your |the |this )?(?:subscription|order|transaction|purchase|payment|charge)',
    "(?:did not|didn't|never) (?:place|make|authori[sz]e|order|request|recogni[sz]e) (?:this|the|that|these)", 'get (?:a|your) (?:full )?refund',
    'niet (?:zelf )?(?:besteld|geplaatst|goedgekeurd)', 'annuleer (?:de|deze|uw|je) (?:bestelling|betaling|transactie|aankoop)', 'geld terug',
    // Licence lures: "register your antivirus to remove the virus", "get your 1 year licence now".
    '(?:renew|register|activate|reactivate) your (?:antivirus|subscription|licen[cs]e|protection|mcafee|norton|windows)',
    'get your (?:\\d+ years? )?licen[cs]e (?:now|today)',
    '(?:abonnement|lidmaatschap)[^.\\n]{0,20}(?:verlengd|vernieuwd)', 'automatisch verlengd', 'terugbetaling',
    '(?:abonnement|abo|mitgliedschaft)[^.\\n]{0,20}(?:verlängert|erneuert)', 'rückerstattung',
    'abonnement[^.\\n]{0,20}renouvelé', 'remboursement',
    '(?:サブスクリプション|定期購入)[^。\\n]{0,10}更新', '返金',
  ],
  disclaimer: [
    'independent (?:service |support |technical )?(?:provider|company|affiliate)', 'not (?:affiliated|associated) with',
    'third[- ]party (?:support|service|technical)', 'no affiliation',
    'onafhankelijke (?:dienstverlener|aanbieder|serviceprovider)', 'niet (?:gelieerd|verbonden) (?:aan|met)',
    'unabhängiger? (?:dienstleister|anbieter)', 'nicht verbunden mit',
    '(?:prestataire|fournisseur) indépendant', 'non affilié',
    '独立した(?:サービス)?プロバイダー', '提携していません',
  ],
  support: [
    '(?:technical|tech|customer|computer|microsoft|apple|windows) support', 'help ?desk', 'support (?:team|center|centre|line|number)',
    'customer (?:care|service)', 'technician',
    'technische (?:ondersteuning|dienst)', 'klantenservice', 'storingsdienst',
    '(?:technischer|technische) (?:support|kundendienst)', 'kundendienst', 'kundenservice', 'hotline',
    'support technique', 'assistance technique', 'service client',
    'サポート', 'ヘルプデスク', 'カスタマーサービス', 'テクニカルサポート',
  ],
  callback: [
    '(?:a|our|one of our) (?:certified |qualified )?(?:technician|agent|specialist|expert|engineer|advisor)s? will (?:call|contact|ring) you',
    "we(?:'ll| will) call you(?: back)?", 'leave your (?:phone |telephone |mobile )?number', 'enter your (?:phone|mobile|telephone) number',
    'request a (?:call ?back|callback)',
    '(?:wij|we) bellen (?:u|je) (?:terug|binnen|zo snel|direct)', 'laat (?:uw|je) (?:telefoon)?nummer achter',
    '(?:een|onze) (?:technicus|medewerker|monteur|specialist) (?:belt|neemt contact met) (?:u|je)', 'terugbelverzoek',
    'wir rufen sie (?:zurück|an)', 'rückruf', 'hinterlassen sie ihre (?:telefon)?nummer', 'ein techniker ruft sie (?:zurück|an)',
    'nous vous rappel(?:ons|lerons)', 'un technicien vous (?:rappellera|appellera|contactera)', 'laissez votre numéro', 'être rappelé',
    '折り返し(?:お電話|ご連絡)', '(?:電話番号|お電話番号)を(?:ご)?(?:入力|記入)',
  ],
  warning: [
    '(?:is|are|was|this is|these are|it\'s) (?:a |an )?(?:scam|fraud|fake)', 'scammers?', 'scams', 'tech(?:nical)? support scam',
    'fraudsters?', 'phishing', 'never (?:call|calls|display|displays|show|shows|ask|asks|include|includes|contact)',
    "(?:do not|don't|never) call (?:the|this|any|a|that) (?:number|phone)", '(?:beware|watch out) (?:of|for)', 'report (?:a )?(?:scam|fraud)',
    'oplicht(?:ing|ers?|erij)', 'helpdeskfraude', 'fraudehelpdesk', 'nepmelding', 'nep-?helpdesk', 'bel (?:dit nummer )?niet',
    'trap er niet in', 'belt nooit', 'pas op voor', 'valse (?:meldingen|helpdesks?|medewerkers|pop-?ups?)',
    'betrug', 'betrüger', 'abzocke', 'gefälschte', 'polizei warnt', 'verbraucherzentrale', 'ruft (?:niemals|nie)',
    'arnaque', 'escroquerie', 'escrocs?', 'hameçonnage', "n['’]appelez pas", 'faux support',
    '詐欺', '偽の(?:警告|サポート)', '電話しないで',
    'reported (?:numbers?|as (?:a )?scam|\\d+ times|once|twice)', 'known scam numbers?', 'anti-?fraud', 'gemelde nummers', 'gemeld als',
  ],
};

/** Every language's phrases, one list per category. */
export const SCAM_PHRASES: PhraseTable = Object.fromEntries(
  (Object.keys(BASE_PHRASES) as PhraseCategory[]).map((category) => [category, [...BASE_PHRASES[category], ...PHRASES_ES_IT_PT[category]]]),
) as unknown as PhraseTable;

/** The weight each category adds to a page's score: docs/detection.md explains the choice. */
export const PHRASE_WEIGHTS: Readonly<Record<PhraseCategory, number>> = {
  lock: 3, infection: 2, doNotClose: 3, dataTheft: 2, errorCode: 1, callNow: 2, remoteTool: 2, refund: 3,
  disclaimer: 1, support: 1, callback: 2, warning: 0,
};
