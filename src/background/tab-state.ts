/**
 * Per-tab state: what each frame of the tab reported and the verdict it led to. It lives in
 * `storage.session`, not in memory, because the service worker is stopped whenever it is idle; the session
 * area survives that, is cleared when the browser closes, and is not readable by content scripts. Writes run
 * one after another (shared/storage/serial-writes.ts), so two frames reporting at once cannot overwrite each
 * other's evidence.
 */
import { SerialWrites } from '../shared/storage/serial-writes.ts';
import type { StorageArea } from '../shared/storage/storage-area.ts';
import { readEntry, removeEntry, writeEntry } from '../shared/storage/storage-entry.ts';
import { STORAGE, tabIdOfKey } from '../shared/storage/storage-keys.ts';
import { EMPTY_TAB, type FrameRecord, type TabRecord } from '../shared/storage/tab-record.ts';

export { EMPTY_TAB, type FrameRecord, type TabRecord };

/**
 * The record for a tab whose top frame says it holds `documentId`: the old page's record is dropped. A
 * record with no document yet was started by subframes of this very page (they can report before the top
 * frame does), so it is kept and named.
 */
export function forDocument(record: TabRecord, documentId: string | undefined): TabRecord {
  if (documentId === undefined || record.documentId === documentId) return record;
  if (record.documentId === undefined) return { ...record, documentId };
  return { ...EMPTY_TAB, documentId };
}

/** Frames beyond this many per tab are not kept (ad-heavy pages); the top frame always is. */
const MAX_FRAMES = 12;

export class TabStore {
  readonly #writes = new SerialWrites();

  constructor(private readonly area: StorageArea) {}

  async get(tabId: number): Promise<TabRecord | undefined> {
    await this.#writes.settled();
    return readEntry(this.area, STORAGE.tab(tabId));
  }

  /** Applies `change` to the tab's record after every earlier write has finished. */
  update(tabId: number, change: (record: TabRecord) => TabRecord): Promise<TabRecord> {
    return this.#writes.run(async () => {
      const updated = change((await readEntry(this.area, STORAGE.tab(tabId))) ?? EMPTY_TAB);
      await writeEntry(this.area, STORAGE.tab(tabId), updated);
      return updated;
    });
  }

  /** The tabs that have a record (for re-judging them all after the lists changed). */
  async ids(): Promise<number[]> {
    await this.#writes.settled();
    return Object.keys(await this.area.get(null))
      .map(tabIdOfKey)
      .filter((id): id is number => id !== undefined);
  }

  /** Removes the tab's record if `stale` says so, deciding on the record as it is at that moment. */
  clearIf(tabId: number, stale: (record: TabRecord) => boolean): Promise<boolean> {
    return this.#writes.run(async () => {
      const current = await readEntry(this.area, STORAGE.tab(tabId));
      if (!current || !stale(current)) return false;
      await removeEntry(this.area, STORAGE.tab(tabId));
      return true;
    });
  }

  clear(tabId: number): Promise<void> {
    return this.#writes.run(() => removeEntry(this.area, STORAGE.tab(tabId)));
  }
}

/** Records a frame's report; a top frame at a new address (navigation, SPA route) starts afresh. */
export function withFrame(record: TabRecord, frameId: number, frame: FrameRecord, topUrl: string | undefined): TabRecord {
  const isNewPage = frameId === 0 && topUrl !== undefined && record.topUrl !== undefined && topUrl !== record.topUrl;
  // Same document (a single-page app changed its route): it keeps its name, so the badge lifecycle holds.
  const base = isNewPage ? { ...EMPTY_TAB, documentId: record.documentId, helloUrl: record.helloUrl } : record;
  const key = String(frameId);
  const known = key in base.frames;
  if (!known && frameId !== 0 && Object.keys(base.frames).length >= MAX_FRAMES) return base;
  return {
    ...base,
    topUrl: frameId === 0 ? topUrl : base.topUrl,
    frames: { ...base.frames, [key]: { ...base.frames[key], ...frame } },
  };
}
