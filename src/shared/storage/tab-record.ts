/**
 * The per-tab record as `storage.session` holds it: what each frame of the tab reported and the verdict it
 * led to. The background builds and changes it (background/tab-state.ts); here are its shape and the check
 * it passes when read. Only the background writes it and content scripts cannot read the session area, so
 * the check is shallow: a record that is not one reads as no record, and the tab is judged afresh.
 */
import type { BehaviourCounts } from '../../core/verdict/behaviour.ts';
import type { PageSample } from '../../core/verdict/page-sample.ts';
import type { Verdict } from '../../core/verdict/verdict.ts';

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

export function decodeTabRecord(value: unknown): TabRecord | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { frames, dismissed } = value as Record<string, unknown>;
  return typeof frames === 'object' && frames !== null && typeof dismissed === 'boolean' ? (value as TabRecord) : undefined;
}
