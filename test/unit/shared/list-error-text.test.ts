import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIST_ERROR_CODES, listErrorKey } from '../../../src/shared/list-error-text.ts';

const root = join(import.meta.dirname, '../../..');
const catalog = (locale: string): Record<string, unknown> => JSON.parse(readFileSync(join(root, '_locales', locale, 'messages.json'), 'utf8')) as Record<string, unknown>;

describe('list problems in words', () => {
  it('every code has a message in every shipped language', () => {
    for (const locale of ['en', 'nl', 'de', 'fr']) {
      const messages = catalog(locale);
      for (const code of LIST_ERROR_CODES) expect(messages[listErrorKey(code)], `${locale}: ${code}`).toBeDefined();
    }
  });

  it('tells storage trouble, refused lists and an unreachable server apart', () => {
    expect(listErrorKey('stored-unreadable')).toBe('listErrorUnreadable');
    expect(listErrorKey('not-stored')).toBe('listErrorNotStored');
    expect(listErrorKey('bad-signature')).toBe('listErrorRefused');
    expect(listErrorKey('timeout')).toBe('listErrorUnreachable');
    // A code written by a newer version, or by a tampered store, still reads as something.
    expect(listErrorKey('from-the-future')).toBe('listErrorRefused');
    expect(listErrorKey('__proto__')).toBe('listErrorRefused');
  });
});
