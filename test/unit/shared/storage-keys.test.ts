/**
 * The registry of storage keys. The names are what installed extensions already hold (and what the
 * end-to-end tests read), so a rename would lose users' data on update: they are pinned here.
 */
import { describe, expect, it } from 'vitest';
import { STORAGE, tabIdOfKey } from '../../../src/shared/storage/storage-keys.ts';
import { itemOf, readEntry, removeEntry, writeEntry } from '../../../src/shared/storage/storage-entry.ts';
import { EMPTY_TAB } from '../../../src/shared/storage/tab-record.ts';
import { MemoryStorage } from '../support/memory-storage.ts';

describe('storage keys', () => {
  it('keep the names and areas installed extensions already use', () => {
    const fixed = Object.entries(STORAGE)
      .filter(([, entry]) => typeof entry !== 'function')
      .map(([name, entry]) => [name, (entry as { area: string; key: string }).area, (entry as { key: string }).key]);
    expect(fixed).toEqual([
      ['settings', 'local', 'settings'],
      ['userLists', 'local', 'userLists'],
      ['listStatus', 'local', 'listStatus'],
      ['reportQueue', 'local', 'reportQueue'],
      ['reportsSent', 'local', 'reportsSent'],
      ['reportStatuses', 'local', 'reportStatuses'],
      ['browserSessionStart', 'session', 'browserSessionStart'],
    ]);
    expect([STORAGE.tab(7).area, STORAGE.tab(7).key]).toEqual(['session', 'tab:7']);
    expect([STORAGE.preparedReport('r1').area, STORAGE.preparedReport('r1').key]).toEqual(['session', 'report:r1']);
  });

  it('tell a tab key from every other key', () => {
    expect(['tab:7', 'tab:0', 'tab:', 'tab:x', 'report:7', 'settings', 'tabs:1'].map(tabIdOfKey)).toEqual([7, 0, undefined, undefined, undefined, undefined, undefined]);
  });

  it('read what they wrote, and write several keys in one call', async () => {
    const area = new MemoryStorage();
    await writeEntry(area, STORAGE.tab(3), { ...EMPTY_TAB, dismissed: true });
    expect(await readEntry(area, STORAGE.tab(3))).toEqual({ ...EMPTY_TAB, dismissed: true });
    await area.set({ ...itemOf(STORAGE.reportQueue, []), ...itemOf(STORAGE.reportsSent, [{ id: 'a', sentAt: 1 }]) });
    expect(Object.fromEntries(area.data)).toMatchObject({ reportQueue: { schema: 2, reports: [] }, reportsSent: [{ id: 'a', sentAt: 1 }] });
    await removeEntry(area, STORAGE.tab(3));
    expect(await readEntry(area, STORAGE.tab(3))).toBeUndefined();
  });

  it('read what is not of their shape as nothing, for the values the background alone writes', async () => {
    const area = new MemoryStorage();
    await area.set({ 'tab:1': 'x', 'tab:2': { frames: {} }, 'report:r': { json: 1, tabId: 2 }, browserSessionStart: 'yesterday' });
    expect(await readEntry(area, STORAGE.tab(1))).toBeUndefined();
    expect(await readEntry(area, STORAGE.tab(2))).toBeUndefined();
    expect(await readEntry(area, STORAGE.preparedReport('r'))).toBeUndefined();
    expect(await readEntry(area, STORAGE.browserSessionStart)).toBeUndefined();
  });
});
