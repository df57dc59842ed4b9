import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { E164 } from '../../../src/core/phone/e164.ts';
import type { Logger } from '../../../src/shared/log.ts';
import { STORAGE } from '../../../src/shared/storage/storage-keys.ts';
import { USER_LISTS_SCHEMA } from '../../../src/shared/storage/user-lists-schema.ts';
import {
  changeUserLists, EMPTY_USER_LISTS, exportUserLists, importUserLists, isTrustedSite, normaliseUserLists, readUserLists, readUserListsForChange,
  userNumbers, writeUserLists, type UserLists,
} from '../../../src/shared/storage/user-lists.ts';
import { MemoryStorage } from '../support/memory-storage.ts';

const n = (s: string): E164 => s as E164;
const fixture = (version: number): { stored: unknown; expected: UserLists } =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../../fixtures/user-lists/v${version}.json`), 'utf8')) as { stored: unknown; expected: UserLists };

function recordingLog(): Logger & { readonly lines: string[] } {
  const lines: string[] = [];
  return { lines, warn: (where, error) => lines.push(`${where}: ${error instanceof Error ? error.message : String(error)}`) };
}

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
    const log = recordingLog();
    expect(await readUserLists(area, log)).toEqual(EMPTY_USER_LISTS);
    expect(log.lines).toEqual(['storage: userLists: "userLists" in storage is not of a known shape; it is kept']);
  });

  it('drops the entries that are not valid and keeps the rest', async () => {
    const area = new MemoryStorage();
    area.data.set('userLists', { blocked: [{ number: 42 }, { number: '+18445550147', added: 1 }], trustedSites: [{ host: 'Not A Host!', added: 1 }] });
    const log = recordingLog();
    expect(await readUserLists(area, log)).toEqual({ blocked: [{ number: '+18445550147', added: 1 }], trusted: [], trustedSites: [] });
    expect(log.lines).toEqual([]);
  });
});

describe("versions of the user's lists", () => {
  for (let version = 1; version <= USER_LISTS_SCHEMA; version++) {
    it(`reads lists stored by schema ${version} without losing an entry`, async () => {
      const { stored, expected } = fixture(version);
      const area = new MemoryStorage();
      area.data.set(STORAGE.userLists.key, stored);
      const log = recordingLog();
      expect(await readUserLists(area, log)).toEqual(expected);
      expect(await readUserListsForChange(area)).toEqual(expected);
      expect(log.lines).toEqual([]);
    });
  }

  it('1 → 2: an install from before versions keeps its lists through a change, stored with their version', async () => {
    const { stored } = fixture(1);
    const area = new MemoryStorage();
    area.data.set(STORAGE.userLists.key, stored);
    const changed = changeUserLists(await readUserListsForChange(area), { op: 'trust-site', host: 'shop.example' }, 5);
    await writeUserLists(area, changed);
    expect(area.data.get(STORAGE.userLists.key)).toEqual({ ...(stored as object), schema: 2, trustedSites: [...changed.trustedSites] });
    expect(await readUserLists(area)).toEqual(changed);
  });

  it('leaves lists from a newer version untouched: logged, read as empty, and a change refused rather than written over them', async () => {
    const newer = { schema: USER_LISTS_SCHEMA + 1, blocked: { byCountry: {} }, trusted: [], trustedSites: [] };
    const area = new MemoryStorage();
    area.data.set(STORAGE.userLists.key, newer);
    const log = recordingLog();
    expect(await readUserLists(area, log)).toEqual(EMPTY_USER_LISTS);
    expect(log.lines).toEqual(['storage: userLists: "userLists" in storage was written by a newer version; it is kept']);
    await expect(readUserListsForChange(area)).rejects.toMatchObject({ name: 'UnreadableStoredValue', key: 'userLists', problem: 'newer', stored: newer });
    expect(area.data.get(STORAGE.userLists.key)).toEqual(newer);
  });

  it('reads malformed lists as empty and leaves them; a change sets them aside under their own key and goes on', async () => {
    for (const malformed of ['garbage', [], { schema: 'two', blocked: [] }, { schema: 0, blocked: [] }, { blocked: 'x' }]) {
      const area = new MemoryStorage();
      area.data.set(STORAGE.userLists.key, malformed);
      const log = recordingLog();
      expect(await readUserLists(area, log)).toEqual(EMPTY_USER_LISTS);
      expect(log.lines).toHaveLength(1);
      expect(area.data.get(STORAGE.userLists.key)).toEqual(malformed);
      const forChange = await readUserListsForChange(area, log);
      expect(forChange).toEqual(EMPTY_USER_LISTS);
      expect(log.lines).toHaveLength(2);
      const aside = [...area.data.keys()].filter((key) => key.startsWith('userLists:unreadable:'));
      expect(aside).toHaveLength(1);
      expect(area.data.get(aside[0] ?? '')).toEqual(malformed);
      await writeUserLists(area, changeUserLists(forChange, { op: 'trust-site', host: 'shop.example' }, 5));
      expect((await readUserLists(area)).trustedSites.map((s) => s.host)).toEqual(['shop.example']);
      expect(area.data.get(aside[0] ?? '')).toEqual(malformed);
    }
  });

  it('reads nothing stored as empty lists, quietly', async () => {
    const log = recordingLog();
    expect(await readUserLists(new MemoryStorage(), log)).toEqual(EMPTY_USER_LISTS);
    expect(await readUserListsForChange(new MemoryStorage())).toEqual(EMPTY_USER_LISTS);
    expect(log.lines).toEqual([]);
  });

  it('exports the lists without their storage version', () => {
    const file = JSON.parse(exportUserLists(fixture(2).expected, new Date(0))) as Record<string, unknown>;
    expect(file).not.toHaveProperty('schema');
    expect(file).toMatchObject({ format: 'helpdesk-guard-user-lists', version: 1 });
  });
});
