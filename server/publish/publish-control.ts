/**
 * What the moderation pages need from the publisher: its state, and the admin's answer to a publish that
 * was held because it would remove too much of the list.
 */
export interface PublishedSummary {
  readonly version: number;
  readonly at: Date;
  readonly entries: number;
  readonly allowed: number;
  readonly added: number;
  readonly removed: number;
}

export interface PublishStatus {
  /** The list being served now. */
  readonly current: PublishedSummary | undefined;
  /** A built list waiting for an admin, because it would remove more than the configured share. */
  readonly held: PublishedSummary | undefined;
  readonly lastError: { readonly message: string; readonly at: Date } | undefined;
  /** Decisions waiting for the next publish, since this time. */
  readonly pendingSince: Date | undefined;
}

export interface PublishControl {
  status(): Promise<PublishStatus>;
  /** Admin only: publish the held list after all. */
  confirmHeld(version: number, actor: string, reason: string): Promise<void>;
  /** Admin only: drop the held list; the list in force stays. */
  discardHeld(version: number, actor: string, reason: string): Promise<void>;
}
