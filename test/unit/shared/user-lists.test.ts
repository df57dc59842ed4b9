import { describe, expect, it } from 'vitest';
import type { E164 } from '../../../src/core/phone/e164.ts';
import {
  changeUserLists, EMPTY_USER_LISTS, exportUserLists, importUserLists, isTrustedSite, normaliseUserLists, readUserLists, userNumbers,
} from '../../../src/shared/storage/user-lists.ts';
import { MemoryStorage } from '../support/memory-storage.ts';

const n = (s: string): E164 => s as E164;

describe("the user's own lists", () => {
  it('blocking a number takes it off the trusted list, and the other way round', () => {
    let lists = changeUserLists(EMPTY_USER_LISTS, { op: 'trust-number', number: n('+18445550101') }, 1);
    lists = changeUserLists(lists, { op: 'block-number', number: n('+18445550101'), host: 'scam.example' }, 2);
    expect(lists.trusted).toEqual([]);
    expect(lists.blocked).toEqual([{ number: '+18445550101', added: 2, host: 'scam.example' }]);
    expect(userNumbers(lists).blocked.has('+18445550101')).toBe(true);
  });

  it('trusts a site with its subdomains, and forgets it on removal', () => {
    let lists = changeUserLists(EMPTY_USER_LISTS, { op: 'trust-site', host: 'bank.example' }, 1);
    expect(isTrustedSite(lists, 'www.bank.example')).toBe(true);
    expect(isTrustedSite(lists, 'bank.example.evil.test')).toBe(false);
    lists = changeUserLists(lists, { op: 'remove-site', host: 'bank.example' }, 2);
    expect(isTrustedSite(lists, 'bank.example')).toBe(false);
  });

  it('round-trips through export and import, and counts what a file gets wrong', () => {
    const lists = changeUserLists(changeUserLists(EMPTY_USER_LISTS, { op: 'block-number', number: n('+18445550101') }, 1), { op: 'trust-site', host: 'a.example' }, 1);
    const file = exportUserLists(lists, new Date('2026-11-28T12:00:00Z'));
    expect(importUserLists(EMPTY_USER_LISTS, file)).toMatchObject({ added: 2, rejected: 0, lists });
    const tampered = JSON.parse(file) as { blocked: unknown[] };
    tampered.blocked.push({ number: 'not a number', added: 1 }, { number: '+18445550102', added: 3 });
    const result = importUserLists(lists, JSON.stringify(tampered));
    expect(result).toMatchObject({ added: 1, rejected: 1 });
    expect(() => importUserLists(lists, '{"format":"something-else"}')).toThrow(/helpdesk-guard-user-lists/);
    expect(() => importUserLists(lists, 'nope')).toThrow(/JSON/);
  });

  it('says why a file cannot be imported with a code the options page translates', () => {
    expect(() => importUserLists(EMPTY_USER_LISTS, '{"format":"something-else"}')).toThrow(expect.objectContaining({ code: 'import-wrong-format' }));
    expect(() => importUserLists(EMPTY_USER_LISTS, 'nope')).toThrow(expect.objectContaining({ code: 'import-not-json' }));
  });

  it('reads corrupted storage as empty lists rather than failing', async () => {
    expect(normaliseUserLists('garbage')).toEqual(EMPTY_USER_LISTS);
    const area = new MemoryStorage();
    area.data.set('userLists', { blocked: [{ number: 42 }], trusted: 'x' });
    expect(await readUserLists(area)).toEqual(EMPTY_USER_LISTS);
  });
});
