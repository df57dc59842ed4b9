/**
 * Per-tab state: what each frame of the tab reported and the verdict it led to. It lives in
 * `storage.session`, not in memory, because the service worker is stopped whenever it is idle; the session
 * area survives that, is cleared when the browser closes, and is not readable by content scripts. Writes run
 * one after another (shared/storage/serial-writes.ts), so two frames reporting at once cannot overwrite each
 * other's evidence.
 */
import type { BehaviourCounts } from '../core/verdict/behaviour.ts';
import type { PageSample } from '../core/verdict/page-sample.ts';
import type { Verdict } from '../core/verdict/verdict.ts';
import { SerialWrites } from '../shared/storage/serial-writes.ts';
import type { StorageArea } from '../shared/storage/storage-area.ts';

export interface FrameRecord {
  readonly sample?: PageSample;
  readonly behaviour?: BehaviourCounts;
  /** The frame's origin as the browser reported it with the behaviour counts. */
  readonly origin?: string | undefined;
}

export interface TabRecord {
  /** The top frame's address when it last reported; a new address starts a new record. */
  readonly topUrl: string | undefined;
  readonly frames: Readonly<Record<string, FrameRecord>>;
  readonly verdict: Verdict | undefined;
  /** The user dismissed the banner for this page. */
  readonly dismissed: boolean;
  /** The top frame's document, as its content script named it; a new one means a new page. */
  readonly documentId?: string | undefined;
  /** The top frame's address as the browser gave it with the document's hello, for a page that sent no sample. */
  readonly helloUrl?: string | undefined;
}

export const EMPTY_TAB: TabRecord = { topUrl: undefined, frames: {}, verdict: undefined, dismissed: false };

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

const keyOf = (tabId: number): string => `tab:${tabId}`;

export class TabStore {
  readonly #writes = new SerialWrites();

  constructor(private readonly area: StorageArea) {}

  async get(tabId: number): Promise<TabRecord | undefined> {
    await this.#writes.settled();
    const stored = (await this.area.get(keyOf(tabId)))[keyOf(tabId)];
    return stored === undefined ? undefined : (stored as TabRecord);
  }

  /** Applies `change` to the tab's record after every earlier write has finished. */
  update(tabId: number, change: (record: TabRecord) => TabRecord): Promise<TabRecord> {
    return this.#writes.run(async () => {
      const current = (await this.area.get(keyOf(tabId)))[keyOf(tabId)] as TabRecord | undefined;
      const updated = change(current ?? EMPTY_TAB);
      await this.area.set({ [keyOf(tabId)]: updated });
      return updated;
    });
  }

  /** The tabs that have a record (for re-judging them all after the lists changed). */
  async ids(): Promise<number[]> {
    await this.#writes.settled();
    return Object.keys(await this.area.get(null))
      .filter((key) => key.startsWith('tab:'))
      .map((key) => Number(key.slice(4)));
  }

  /** Removes the tab's record if `stale` says so, deciding on the record as it is at that moment. */
  clearIf(tabId: number, stale: (record: TabRecord) => boolean): Promise<boolean> {
    return this.#writes.run(async () => {
      const current = (await this.area.get(keyOf(tabId)))[keyOf(tabId)] as TabRecord | undefined;
      if (!current || !stale(current)) return false;
      await this.area.remove(keyOf(tabId));
      return true;
    });
  }

  clear(tabId: number): Promise<void> {
    return this.#writes.run(() => this.area.remove(keyOf(tabId)));
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
