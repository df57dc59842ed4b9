// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { markNumbers } from '../../../src/content/mark-numbers.ts';
import { readPage } from '../../../src/content/read-page.ts';

describe('markNumbers', () => {
  it('strikes a number through, even when it is split over elements, and labels it once', () => {
    document.body.replaceChildren();
    const p = document.createElement('p');
    p.append('Call ');
    for (const part of ['+1', '-844', '-555', '-0147']) p.append(Object.assign(document.createElement('span'), { textContent: part }));
    p.append(' now');
    document.body.append(p);
    const page = readPage(document.body);
    expect(markNumbers(document, page, ['+1-844-555-0147'], 'Do not call')).toBe(1);
    expect(document.querySelectorAll('[data-helpdesk-guard="mark"]')).toHaveLength(4);
    expect(document.querySelectorAll('[data-helpdesk-guard="label"]')).toHaveLength(1);
    expect(readPage(document.body).text).toBe('Call +1-844-555-0147 now');
  });

  it('does not mark twice', () => {
    document.body.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Call 0800 555 0199' }));
    markNumbers(document, readPage(document.body), ['0800 555 0199'], 'x');
    expect(markNumbers(document, readPage(document.body), ['0800 555 0199'], 'x')).toBe(0);
  });
});
