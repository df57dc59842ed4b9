/**
 * Where a page speaks *about* a scam rather than *as* one. News quoting a fake pop-up, a forum victim pasting
 * what the screen said, a bank describing what criminals tell their victims: all of them write "your computer
 * is locked, call …", but inside a quotation or in a sentence whose subject is the scam. This module finds
 * those stretches of text; the scorer lets scam language and numbers inside them count for nothing on a page
 * that is about scams (score-evidence.ts), and for everything on any other page.
 *
 * Three sources, all cheap (one regex pass each, over at most the sampled text):
 * - typographic and straight quotation marks around a short stretch (6–400 characters);
 * - the page's quotation elements (`blockquote`, `q`), located in the text by their own words;
 * - sentences that name the scam's actors or report what a screen said ("scammers claim …", "the pop-up
 *   read …", "oplichters doen zich voor als …", "los estafadores se hacen pasar por …").
 *
 * A kit can write these cues too. That is why a quotation only counts as one when most of the page is *not*
 * quoted (see `quotedShare`), and why nothing here can lower what the page says in its own voice.
 */

export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

const QUOTED = /[“„«「『"]([^“”„"«»「」『』\n]{6,400})[”“»」』"]/g;

// Sentence ends, with the Japanese and full-width ones. A line break ends a sentence too.
const SENTENCE = /[^.!?。！？\n]+[.!?。！？]*/g;

/**
 * Words that make a sentence *about* a scam: its actors, "pretend to be", "the message said", and the
 * "for example" with which articles introduce what a pop-up looks like. Lower case, matched on folded text.
 */
const REPORTING = new RegExp(
  [
    // English
    'scammers?', 'fraudsters?', 'criminals?', 'crooks?', 'con ?artists?', 'impostors?', 'imposters?', 'victims?',
    '(?:pretend|pretends|pretended|pretending|claim|claims|claimed|claiming) (?:to be|that)', 'pos(?:e|es|ed|ing) as', 'impersonat\\w*',
    '(?:the|a|an|this|that|my|one) (?:fake |fraudulent |bogus |strange |scary )?(?:pop-?up|message|window|screen|warning|alert|page|site|caller|email|text|notice)s? (?:said|says|read|reads|claimed|claims|stated|states|told|tells|warned|warns|showed|shows|displayed|displays|asked|asks|urged|urges|looked like|looks like|would say)',
    'it (?:said|says|told me|displayed|showed|claimed|asked me)', 'they (?:say|said|claim|claimed|tell you|told)', '(?:told|asked|urged) (?:me|us|them|him|her|victims|people) to call', 'fake (?:warning|pop-?up|message|alert|support|error)s?',
    'for example', 'for instance', 'e\\.g\\.', 'such as',
    // Dutch
    'oplichters?', 'criminelen', '(?:zij|ze) (?:zeggen|beweren|vertellen)', 'fraudeurs?', 'slachtoffers?', 'doen zich voor', 'doet zich voor', 'geven zich uit', 'geeft zich uit', 'beweren',
    '(?:de|het) (?:melding|pop-?up|nepmelding|beller|bericht|scherm) (?:zei|zegt|meldde|meldt|luidde|luidt|stelde|stelt|beweerde|beweert)', 'bijvoorbeeld',
    // German
    'betrüger\\w*', 'kriminelle\\w*', 'täter\\w*', 'opfer', 'geben sich (?:als|aus)', 'gibt sich (?:als|aus)', 'behaupten',
    'die (?:meldung|nachricht|warnung|anzeige) (?:lautete|lautet|behauptete|behauptet|besagte|besagt)', 'zum beispiel',
    // French
    'escrocs?', 'fraudeurs?', 'arnaqueurs?', 'criminels', 'victimes?', 'se font passer', 'se faisant passer', 'prétend\\w*',
    '(?:le|la) (?:faux )?(?:message|fenêtre|pop-?up|alerte) (?:disait|dit|indiquait|indique|affirmait|affirme)', 'par exemple',
    // Spanish
    'estafadores?', 'delincuentes', 'ciberdelincuentes', 'timadores?', 'víctimas?', 'se hacen pasar', 'haciéndose pasar',
    'el (?:falso )?(?:mensaje|aviso) (?:decía|dice|afirmaba|afirma|indicaba|indica)', 'por ejemplo',
    // Italian
    'truffatori', 'criminali', 'malintenzionati', 'vittime?', 'si fingono', 'fingendosi', 'spacciandosi',
    'il (?:falso )?(?:messaggio|avviso) (?:diceva|dice|affermava|afferma|indicava|indica)', 'ad esempio', 'per esempio',
    // Portuguese
    'golpistas?', 'burlões', 'criminosos', 'fraudadores', 'vítimas?', 'se fazem passar', 'fazendo-se passar',
    'a (?:falsa )?mensagem (?:dizia|diz|afirmava|afirma|indicava|indica)',
    // Japanese: no word edges, so only forms that cannot be part of a scam's own sentence.
    '詐欺', '犯人', '偽の', '騙', 'だまし', 'などと表示', 'と表示', 'というメッセージ', '被害',
  ].join('|'),
  'g',
);
const LATIN_EDGE = /[a-z0-9\u00e0-\u024f]/;

function spansOfQuotes(text: string, quotes: readonly string[]): TextSpan[] {
  const spans: TextSpan[] = [];
  let from = 0;
  for (const quote of quotes) {
    // The quotation's first words find it; innerText and textContent may differ in white space after that.
    const head = quote.replace(/\s+/g, ' ').trim().slice(0, 60);
    if (head.length < 6) continue;
    let at = text.indexOf(head, from);
    if (at < 0) at = text.indexOf(head);
    if (at < 0) continue;
    spans.push({ start: at, end: Math.min(text.length, at + quote.length + 20) });
    from = at + head.length;
  }
  return spans;
}

/** A Latin-script marker must stand as a word: "victims" yes, "convictions" no. */
function hasReportingWord(sentence: string): boolean {
  REPORTING.lastIndex = 0;
  for (let hit = REPORTING.exec(sentence); hit; hit = REPORTING.exec(sentence)) {
    if (!/^[a-z]/.test(hit[0])) return true;
    const before = sentence[hit.index - 1];
    const after = sentence[hit.index + hit[0].length];
    if (!(before !== undefined && LATIN_EDGE.test(before)) && !(after !== undefined && LATIN_EDGE.test(after))) return true;
  }
  return false;
}

function reportingSentences(lower: string): TextSpan[] {
  const spans: TextSpan[] = [];
  SENTENCE.lastIndex = 0;
  for (let m = SENTENCE.exec(lower); m; m = SENTENCE.exec(lower)) {
    if (hasReportingWord(m[0])) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/** Quotations only: quotation marks and the page's quotation elements, sorted and merged. */
export function quotationSpans(text: string, quotes: readonly string[] = []): TextSpan[] {
  const spans: TextSpan[] = spansOfQuotes(text, quotes);
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
  return mergeSpans(spans);
}

/** Sorted, merged spans of reported speech in `text`: quotations and sentences about scams. */
export function reportedSpans(text: string, quotations: readonly TextSpan[]): TextSpan[] {
  return mergeSpans([...quotations, ...reportingSentences(text.toLowerCase())]);
}

function mergeSpans(spans: TextSpan[]): TextSpan[] {
  spans.sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** Whether `offset` lies inside one of the (sorted) spans. */
export function isInside(spans: readonly TextSpan[], offset: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid] as TextSpan;
    if (offset < span.start) hi = mid - 1;
    else if (offset >= span.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** The share of `length` characters the spans cover: a page that is all quotation is not quoting. */
export function quotedShare(spans: readonly TextSpan[], length: number): number {
  if (length === 0) return 0;
  return spans.reduce((sum, s) => sum + (s.end - s.start), 0) / length;
}
