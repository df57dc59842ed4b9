import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/core/language/detect-language.ts';
import { findPhrases } from '../../../src/core/language/find-phrases.ts';
import { foldLookalikes } from '../../../src/core/text/fold-lookalikes.ts';

const categories = (text: string): string[] => [...new Set(findPhrases(foldLookalikes(text)).map((h) => h.category))].sort();

describe('scam phrases', () => {
  it.each([
    ['en', 'Your computer has been locked. Do not restart. Call Microsoft Support now.', ['callNow', 'doNotClose', 'lock', 'support']],
    ['nl', 'Uw computer is geblokkeerd. Sluit deze pagina niet. Bel direct de helpdesk.', ['callNow', 'doNotClose', 'lock', 'support']],
    ['de', 'Ihr Computer wurde gesperrt. Schließen Sie diese Seite nicht. Rufen Sie sofort an.', ['callNow', 'doNotClose', 'lock']],
    ['fr', "Votre ordinateur a été bloqué. Ne fermez pas cette page. Appelez immédiatement.", ['callNow', 'doNotClose', 'lock']],
    ['ja', 'コンピューターはロックされています。閉じないでください。今すぐお電話ください。', ['callNow', 'doNotClose', 'lock']],
  ])('finds the lock-screen claims in %s', (_lang, text, expected) => {
    expect(categories(text)).toEqual(expected);
  });

  it.each([
    ['a scan result told back to front', 'The last scan detected unwanted adware on this machine.', ['infection']],
    ['a risk to the machine', 'Opening that file could put your computer at risk.', ['infection']],
    ['a threat to steal', 'This program can steal passwords and banking details.', ['dataTheft']],
    ['an order not to touch the machine', 'Do not use or reboot the laptop before the call.', ['doNotClose']],
  ])('finds scare language in %s', (_label, text, expected) => {
    expect(categories(text)).toEqual(expected);
  });

  it('sees through look-alike letters', () => {
    expect(categories('Yоur cоmputer hаs been lоcked')).toEqual(['lock']);
  });

  it('finds remote-access tools, refund lures and disclaimers', () => {
    expect(categories('Install AnyDesk. Your subscription has been renewed. Independent provider.')).toEqual(['disclaimer', 'refund', 'remoteTool']);
  });

  it('recognises writing about scams', () => {
    expect(categories('Pas op voor oplichters die namens Microsoft bellen. Microsoft belt nooit.')).toEqual(['warning']);
  });

  it('matches phrases only at word starts', () => {
    expect(categories('label 123, ideal 456')).toEqual([]);
  });
});

describe('detectLanguage', () => {
  it.each([
    ['en', 'Your computer has been blocked. Please call the support team and do not close this window.'],
    ['nl', 'Uw computer is geblokkeerd. Bel de helpdesk en sluit deze pagina niet, want het wordt erger.'],
    ['de', 'Ihr Computer wurde gesperrt. Bitte rufen Sie den Support an und schließen Sie diese Seite nicht.'],
    ['fr', "Votre ordinateur a été bloqué. Appelez le support et ne fermez pas cette page, c'est urgent pour vous."],
    ['ja', 'お使いのコンピューターはロックされています。ウイルスに感染しています。今すぐお電話ください。'],
  ])('recognises %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('recognises a short German kit dialog', () => {
    expect(detectLanguage('Wollen Sie diese Seite schließen? Rufen Sie Support an')).toBe('de');
  });

  it('says unknown rather than guessing', () => {
    expect(detectLanguage('OK Cancel 404')).toBe('unknown');
  });
});
