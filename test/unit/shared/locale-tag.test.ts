/** Dates and numbers in the reader's own format: the spoken language with their region. */
import { describe, expect, it } from 'vitest';
import { localeTag } from '../../../src/shared/locale-tag.ts';

describe('locale for dates and numbers', () => {
  it('takes the region from the reader\'s browser languages', () => {
    expect(localeTag('en', ['en-US', 'en-GB'])).toBe('en-US');
    expect(localeTag('en', ['nl-NL', 'en-GB'])).toBe('en-GB');
    expect(localeTag('nl', ['nl-BE'])).toBe('nl-BE');
    expect(localeTag('fr', ['fr_ca'])).toBe('fr-CA');
  });

  it('without a region, writes dates the European way, not the American one', () => {
    expect(localeTag('en', ['en'])).toBe('en-GB');
    expect(new Date(Date.UTC(2025, 4, 24, 12)).toLocaleDateString(localeTag('en', []), { timeZone: 'UTC' })).toBe('24/05/2025');
    expect(localeTag('nl', ['de-DE'])).toBe('nl-NL');
  });
});
