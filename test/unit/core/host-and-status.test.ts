import { describe, expect, it } from 'vitest';
import { numberStatus, NO_LISTS, type NumberLists } from '../../../src/core/verdict/number-lists.ts';
import { asE164, type E164 } from '../../../src/core/phone/e164.ts';
import { hostOf } from '../../../src/core/web/host-of.ts';

describe('hostOf', () => {
  it('gives the lower-case host name of an absolute URL', () => {
    expect(hostOf('https://Support.Example.COM:8443/path?q=1')).toBe('support.example.com');
    expect(hostOf('http://[::1]:8787/v1')).toBe('[::1]');
  });

  it('gives undefined for nothing, relative paths and junk', () => {
    expect(hostOf(undefined)).toBeUndefined();
    expect(hostOf('')).toBeUndefined();
    expect(hostOf('/moderate')).toBeUndefined();
    expect(hostOf('not a url')).toBeUndefined();
  });
});

const e164 = (text: string): E164 => asE164(text) ?? expect.fail(`not E.164: ${text}`);

describe('numberStatus', () => {
  const scam = e164('+18445550147');
  const mine = e164('+31201234567');
  const bank = e164('+31881234567');
  const lists: NumberLists = {
    blockedBy: (n) => (n === scam || n === bank ? 'list' : n === mine ? 'user' : undefined),
    isAllowed: (n) => n === bank,
  };

  it('says listed, reported by the user, official or unknown', () => {
    expect(numberStatus(scam, lists)).toBe('listed');
    expect(numberStatus(mine, lists)).toBe('reported');
    expect(numberStatus(e164('+442079460000'), lists)).toBe('unknown');
    expect(numberStatus(scam, NO_LISTS)).toBe('unknown');
  });

  it('lets the allow list win over the block list, so an official number is never called a scam', () => {
    expect(numberStatus(bank, lists)).toBe('official');
  });
});
