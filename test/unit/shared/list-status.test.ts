/**
 * The block list's status is shown by the options page, so what is stored is checked when read: a status
 * an older build wrote reads with its missing fields filled in, one that is not a status reads as "never
 * synced" (and is logged), never as a version, a date or an error that is not one.
 */
import { describe, expect, it } from 'vitest';
import { readStatus, writeStatus } from '../../../src/background/lists/sync-status.ts';
import type { Logger } from '../../../src/shared/log.ts';
import { decodeListStatus, INITIAL_STATUS, type ListStatus } from '../../../src/shared/storage/list-status.ts';
import { STORAGE } from '../../../src/shared/storage/storage-keys.ts';
import { MemoryStorage } from '../support/memory-storage.ts';

const synced: ListStatus = {
  version: 2026112801, entries: 1234, source: 'download', lastSuccess: 1_764_000_000_000, lastAttempt: 1_764_000_000_000,
  lastError: { code: 'timeout', message: 'the list server did not answer in 30 s', at: 1_763_990_000_000 }, failures: 0, nextRetry: undefined,
};

function recordingLog(): Logger & { readonly lines: unknown[][] } {
  const lines: unknown[][] = [];
  return { lines, warn: (where, error) => lines.push([where, error]) };
}

async function stored(value: unknown): Promise<MemoryStorage> {
  const area = new MemoryStorage();
  await area.set({ [STORAGE.listStatus.key]: value });
  return area;
}

describe('the list status as read', () => {
  it('round-trips a status as the sync writes it', async () => {
    const area = new MemoryStorage();
    await writeStatus(area, synced);
    expect(await readStatus(area)).toEqual(synced);
  });

  it('reads nothing stored as never synced, quietly', async () => {
    const log = recordingLog();
    expect(await readStatus(new MemoryStorage(), log)).toEqual(INITIAL_STATUS);
    expect(log.lines).toEqual([]);
  });

  it('fills in what a status from an older build lacks (JSON storage drops undefined fields)', async () => {
    const older: Partial<ListStatus> = { ...synced };
    for (const field of ['nextRetry', 'failures', 'lastError'] as const) delete older[field];
    expect(await readStatus(await stored(older))).toEqual({ ...synced, lastError: undefined, failures: 0, nextRetry: undefined });
  });

  it('keeps an error code this build does not know: the options page words it as a refused list', () => {
    expect(decodeListStatus({ ...synced, lastError: { code: 'future-code', message: 'm', at: 1 } })).toMatchObject({ ok: true });
  });

  const malformed: readonly [string, unknown][] = [
    ['not an object', 'ok'],
    ['an array', [synced]],
    ['a version that is text', { ...synced, version: '2026112801' }],
    ['negative entries', { ...synced, entries: -1 }],
    ['an unknown source', { ...synced, source: 'somewhere' }],
    ['a date that is not a number', { ...synced, lastSuccess: '2026-11-28' }],
    ['an error without a message', { ...synced, lastError: { code: 'timeout', at: 1 } }],
    ['an error code that is markup', { ...synced, lastError: { code: '<img src=x>', message: 'm', at: 1 } }],
    ['a failure count that is not a count', { ...synced, failures: 1.5 }],
    ['a retry time that is infinite', { ...synced, nextRetry: Number.POSITIVE_INFINITY }],
  ];
  for (const [what, value] of malformed) {
    it(`reads a status with ${what} as never synced, logged and left as it is`, async () => {
      const area = await stored(value);
      const log = recordingLog();
      expect(await readStatus(area, log)).toEqual(INITIAL_STATUS);
      expect(log.lines).toEqual([['storage: listStatus', expect.objectContaining({ name: 'UnreadableStoredValue', problem: 'malformed' })]]);
      expect(area.data.get(STORAGE.listStatus.key)).toEqual(value);
    });
  }

  it('reads a storage failure as never synced', async () => {
    const failing = new MemoryStorage();
    failing.get = () => Promise.reject(new Error('storage is gone'));
    expect(await readStatus(failing)).toEqual(INITIAL_STATUS);
  });
});
