/**
 * Failures of the user's actions reach the popup and options as codes, translated in one place: English
 * sentences from the background used to reach the Dutch, German and French pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_ERROR_CODES, actionErrorKey, queueErrorKey } from '../../../src/shared/action-error-text.ts';

const root = join(import.meta.dirname, '../../..');
const catalog = (locale: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(join(root, '_locales', locale, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

describe('action errors in words', () => {
  it('every code has words in every shipped language', () => {
    for (const locale of ['en', 'nl', 'de', 'fr']) {
      const messages = catalog(locale);
      for (const code of ACTION_ERROR_CODES) expect(messages[actionErrorKey(code)]?.message, `${locale}: ${code}`).toBeTruthy();
      for (const recorded of ['HTTP 503', 'timeout', 'network: TypeError: Failed to fetch']) expect(messages[queueErrorKey(recorded)], `${locale}: ${recorded}`).toBeDefined();
    }
  });

  it('tells the failures apart', () => {
    expect(actionErrorKey('not-saved')).toBe('reportNotSaved');
    expect(actionErrorKey('tab-not-checked')).toBe('errorTabNotChecked');
    expect(actionErrorKey('import-not-json')).toBe('importWrongFile');
    // An English sentence from an older background, or a code from a newer one, still reads as something.
    expect(actionErrorKey('this tab has not been checked')).toBe('errorUnexpected');
    expect(actionErrorKey('__proto__')).toBe('errorUnexpected');
  });

  it('says whether the website that receives reports answered at all', () => {
    expect(queueErrorKey('HTTP 503')).toBe('queueErrorRefused');
    expect(queueErrorKey('timeout')).toBe('queueErrorUnreachable');
    expect(queueErrorKey('network: TypeError: Failed to fetch')).toBe('queueErrorUnreachable');
  });
});
