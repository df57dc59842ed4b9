/**
 * "Zalgo" text: one letter carrying hundreds of combining marks draws a glyph hundreds of pixels tall, which
 * spills over the lines above and below it. A report title made of it could lie on top of the official-number
 * warning or a decision button on the queue page. Long runs of marks are shown as a marked count instead;
 * the few marks real scripts stack on one letter stay as they are.
 */
import { describe, expect, it } from 'vitest';
import { toDocument } from '../../../server/moderation/html.ts';
import { hasInvisible, visibleText } from '../../../server/moderation/visible-text.ts';

const render = (text: string): string => toDocument(visibleText(text)).replace('<!doctype html>\n', '');
const longestMarkRun = (text: string): number => Math.max(0, ...[...text.matchAll(/[\p{Mn}\p{Me}]+/gu)].map((m) => [...m[0]].length));

describe('stacked combining marks', () => {
  it('shows a long run of marks as a count, not as a tall glyph', () => {
    const zalgo = `Official${'\u0301\u0316\u0489'.repeat(100)} notice`;
    const out = render(zalgo);
    expect(longestMarkRun(out)).toBeLessThanOrEqual(4);
    expect(out).toContain('300 combining marks');
    expect(out).toContain('Official');
    expect(out).toContain(' notice');
    expect(hasInvisible(zalgo)).toBe(true);
  });

  it.each([
    ['Vietnamese, decomposed', 'Vie\u0323\u0302t Nam'],
    ['Hebrew with points', 'שָׁלוֹם'],
    ['Devanagari', 'क्षमा करें'],
    ['Thai', 'สวัสดี'],
  ])('leaves %s as it is', (_label, text) => {
    expect(render(text)).toBe(`<span class="untrusted" dir="ltr">${text}</span>`);
    expect(hasInvisible(text)).toBe(false);
  });
});
