/**
 * Pages about scams against scams (issue 16): what counts as a quotation or a sentence about a scam, and
 * what the verdict makes of it, including kits that copy those cues.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/core/language/detect-language.ts';
import { isInside, quotationSpans, reportedSpans } from '../../../src/core/language/reported-speech.ts';
import { analyzePage } from '../../../src/core/verdict/analyze-page.ts';
import { NO_LISTS } from '../../../src/core/verdict/number-lists.ts';
import type { PageKind, PageSample } from '../../../src/core/verdict/page-sample.ts';

const page = (text: string, extra: { kinds?: PageKind[]; quotes?: string[]; lang?: string } = {}): PageSample => ({
  url: 'http://some-site.example/', title: '', lang: extra.lang ?? 'en', text, telLinks: [], phoneFields: 0,
  ...(extra.kinds ? { kinds: extra.kinds } : {}), ...(extra.quotes ? { quotes: extra.quotes } : {}),
});
const level = (sample: PageSample): string => analyzePage(sample, { lists: NO_LISTS, behaviour: {}, options: { sensitivity: 'normal' } }).level;

const POPUP = 'Your computer has been locked. Trojan virus detected. Do not close this window. Call Microsoft Support now: 1-844-555-0161';

describe('reported speech', () => {
  it('finds quotation marks of several languages and quotation elements', () => {
    const text = 'The pop-up: “Your computer is locked.” Der Text: „Ihr Computer wurde gesperrt.“ Le message: « Votre ordinateur est bloqué »';
    expect(quotationSpans(text).length).toBe(3);
    const withElement = quotationSpans('Intro line.\nYour computer is locked, call now.\nOutro.', ['Your computer is locked, call now.']);
    expect(isInside(withElement, 13)).toBe(true);
    expect(isInside(withElement, 2)).toBe(false);
  });

  it('finds sentences about scams, but not words inside other words', () => {
    const text = 'Scammers claim your PC is infected. The convictions were overturned. Los estafadores se hacen pasar por Microsoft.';
    const spans = reportedSpans(text, []);
    expect(isInside(spans, text.indexOf('your PC'))).toBe(true);
    expect(isInside(spans, text.indexOf('convictions'))).toBe(false);
    expect(isInside(spans, text.indexOf('Microsoft'))).toBe(true);
  });
});

describe('pages about scams', () => {
  it('a news article quoting the pop-up is clean; the pop-up on its own is red', () => {
    expect(level(page(POPUP))).toBe('scam');
    const article = `Police warn about fake alerts. One reader sent us this:\n${POPUP}\nThe number is not Microsoft's. Never call a number from a pop-up.`;
    expect(level(page(article, { kinds: ['article'], quotes: [POPUP] }))).toBe('clean');
  });

  it('a kit that wraps itself in a quotation is still red: most of a page cannot be a quote', () => {
    expect(level(page(`${POPUP}\nBeware of scammers.`, { kinds: ['article'], quotes: [POPUP] }))).toBe('scam');
  });

  it('a kit with article markup and warning words keeps the points of its own pitch', () => {
    const kit = `${POPUP}\nBeware of fake warnings. Microsoft will never ask you to pay by gift card. Report a scam to us.`;
    expect(level(page(kit, { kinds: ['article'] }))).toBe('scam');
  });

  it('a company that names its Microsoft partnership is not posing as Microsoft', () => {
    const text = 'We are a Microsoft Gold Partner. Our technicians help you remotely with TeamViewer. Call our helpdesk on 020 7946 0958.';
    expect(level(page(text))).toBe('clean');
  });
});

describe('Spanish, Italian and Portuguese', () => {
  it('are told apart from each other and from French', () => {
    expect(detectLanguage('Su equipo ha sido bloqueado por un virus. No cierre esta página y llame al soporte técnico de Microsoft.')).toBe('es');
    expect(detectLanguage('Il tuo computer è stato bloccato da un virus. Non chiudere questa pagina e chiama il supporto tecnico.')).toBe('it');
    expect(detectLanguage('O seu computador foi bloqueado por um vírus. Não feche esta página e ligue para o suporte técnico.')).toBe('pt');
    expect(detectLanguage('Votre ordinateur a été bloqué par un virus. Ne fermez pas cette page et appelez le support technique.')).toBe('fr');
  });

  it('each has its lock-screen text judged red', () => {
    expect(level(page('Su equipo ha sido bloqueado. Virus detectado. No cierre esta página. Llame ahora al soporte técnico de Microsoft: 900 555 019', { lang: 'es' }))).toBe('scam');
    expect(level(page('Il tuo computer è stato bloccato. Virus rilevato. Non chiudere questa pagina. Chiama subito il supporto tecnico Microsoft: 800 555 022', { lang: 'it' }))).toBe('scam');
    expect(level(page('O seu computador foi bloqueado. Vírus detectado. Não feche esta página. Ligue agora para o suporte técnico da Microsoft: 800 555 025', { lang: 'pt' }))).toBe('scam');
  });
});
