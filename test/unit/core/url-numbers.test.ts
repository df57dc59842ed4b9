import { describe, expect, it } from 'vitest';
import { numbersInUrl } from '../../../src/core/phone/url-numbers.ts';

describe('numbersInUrl', () => {
  it.each([
    ['http://x.test/?phone=18445550101', 'phone'],
    ['http://x.test/?ph0ne=%2B1-844-555-0101', 'ph0ne'],
    ['http://x.test/a?nr=855-470-1721', 'nr'],
    ['http://x.test/?bcda=(0101)-50959-02152', 'bcda'],
    ['http://x.test/#phone=18445550101', 'phone'],
  ])('finds the number in %s', (url, parameter) => {
    expect(numbersInUrl(url).map((n) => n.parameter)).toEqual([parameter]);
  });

  it('ignores short ids, tokens and timestamps under other names', () => {
    expect(numbersInUrl('http://x.test/?id=1234567&utm=abc123456789&page=2')).toEqual([]);
  });

  it('survives malformed addresses', () => {
    expect(numbersInUrl('not a url')).toEqual([]);
    expect(numbersInUrl('http://x.test/?phone=%E0%A4%A')).toEqual([]);
  });
});
