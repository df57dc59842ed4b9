import { describe, expect, it } from 'vitest';
import { catalogTranslator, formatEntry } from '../../../src/shared/i18n.ts';

describe('formatEntry (messages.json semantics)', () => {
  it('fills named placeholders from positional substitutions', () => {
    const entry = { message: 'Call $BRAND$ at $number$', placeholders: { brand: { content: '$1' }, number: { content: '$2' } } };
    expect(formatEntry(entry, ['Microsoft', '+1 844'])).toBe('Call Microsoft at +1 844');
  });
  it('leaves unknown placeholders visible and unescapes $$', () => {
    expect(formatEntry({ message: 'Costs $$5 $NOPE$' }, [])).toBe('Costs $5 $NOPE$');
  });
  it('never interprets a substitution as a placeholder (page text stays text)', () => {
    const entry = { message: 'Brand: $BRAND$', placeholders: { brand: { content: '$1' } } };
    expect(formatEntry(entry, ['$1 <b>x</b>'])).toBe('Brand: $1 <b>x</b>');
  });
  it('falls back to another translator for a missing key', () => {
    const t = catalogTranslator({ extName: { message: 'Helpdesk Guard' } }, (key) => `fallback:${key}`);
    expect(t('extName')).toBe('Helpdesk Guard');
    expect(t('bannerLeave')).toBe('fallback:bannerLeave');
  });
});
