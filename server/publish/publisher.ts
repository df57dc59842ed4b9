/**
 * Turns the team's decisions into the next signed list. Decisions mark the store dirty; the publisher builds
 * at most once per publish delay (about a minute, so a burst of decisions becomes one version), and on a
 * schedule for expiry. Each publish: build with the list code, hold it for an admin if it would remove more
 * than the configured share, sign it, write the folder, then record it. Any failure (no key, a full disk)
 * is recorded for the moderation page and leaves the list in force as it was; intake never waits for this.
 * On PostgreSQL an advisory lock makes one instance publish at a time, and versions only grow.
 */
import { createHash } from 'node:crypto';
import { versionFromTime } from '../../src/core/blocklist/list-format.ts';
import { signatureDocument, signListBytes, type SubtleSigner } from '../../src/core/blocklist/sign-list.ts';
import type { Db, Queryable } from '../store/db.ts';
import { buildNextList, type NextList } from './build-next-list.ts';
import { ListFolderError, writeListPair, type ListFolderFs } from './list-folder.ts';
import type { PublishControl, PublishedSummary, PublishStatus } from './publish-control.ts';
import type { SigningKey } from './signing-key.ts';
import { servedListFrom, type ServedList } from './served-list.ts';

/** Any constant: the advisory lock that lets one instance publish at a time (the fault tests hold it too). */
export const PUBLISH_LOCK = 7_146_530_102;
/** How a failed rewrite of the list folder is recorded, so that its own success can clear it again. */
const FOLDER_ERROR = 'rewriting the list in force failed: ';

export interface PublisherDeps {
  readonly db: Db;
  readonly now: () => Date;
  readonly listDir: string;
  /** Loads the key at each publish, so a key put in place (or fixed) later is picked up without a restart. */
  readonly signingKey: () => SigningKey;
  readonly expiryDays: number;
  readonly holdRemovalShare: number;
  /** node:fs unless a test injects failures (list-folder.ts). */
  readonly listFolderFs?: ListFolderFs;
}

export type PublishOutcome = 'published' | 'unchanged' | 'held';

export interface PublishOptions {
  /** The entries hash of a held list an admin approved: that exact list may remove more than the share. */
  readonly approvedEntries?: string;
  readonly actor?: string;
}

/** Identifies a list by the numbers it blocks (what an admin approves when a publish is held). */
function entriesHashOf(next: NextList): string {
  return createHash('sha256').update(JSON.stringify(next.list.entries.map((e) => e.number))).digest('hex');
}

interface PublishRow {
  version: number;
  at: Date;
  state: string;
  entries: number;
  allowed: number;
  added: number;
  removed: number;
  list_json: string | null;
  signature: string | null;
}

const subtle = globalThis.crypto.subtle as unknown as SubtleSigner;
const numbersOf = (json: string): Set<string> => new Set((JSON.parse(json) as { entries: { number: string }[] }).entries.map((e) => e.number));
const allowOf = (json: string): Set<string> => new Set((JSON.parse(json) as { allow: { number: string }[] }).allow.map((e) => e.number));
const sameSet = (a: Set<string>, b: Set<string>): boolean => a.size === b.size && [...a].every((x) => b.has(x));

export class Publisher implements PublishControl {
  #served: ServedList | undefined;
  #chain: Promise<unknown> = Promise.resolve();
  /** The folder may not hold the pair in force (a failed publish or rewrite touched it): rewrite it. */
  #folderNeedsRepair = false;
  /** Set once a publish has renamed its pair into the folder, so a failure after that (the commit) repairs it. */
  #folderTouched = false;

  constructor(private readonly deps: PublisherDeps) {}

  /** The pair this instance serves at /v1/list.json. */
  served(): ServedList | undefined {
    return this.#served;
  }

  /**
   * Loads the list in force from the database (another instance may have published). With `repairFolder`
   * (at start), and after anything left the folder in doubt, the folder is written again from the database,
   * so a crash between the list's rename and its signature's leaves no mismatched pair behind. A folder that
   * cannot be written is recorded for the moderation page and tried again at the next refresh.
   */
  async refresh(repairFolder = false): Promise<void> {
    if (!repairFolder && !this.#folderNeedsRepair && this.#served) {
      const [latest] = await this.deps.db.query<{ version: number | null }>(`SELECT max(version) AS version FROM publishes WHERE state = 'published'`);
      if (latest?.version === this.#served.version) return;
    }
    const current = await this.#current(this.deps.db);
    if (!current?.list_json || !current.signature) return;
    if (this.#served?.version !== current.version || repairFolder) this.#served = servedListFrom(current.version, current.list_json, current.signature, current.at);
    if (repairFolder || this.#folderNeedsRepair) await this.#rewriteFolder(current.list_json, current.signature);
  }

  async #rewriteFolder(list: string, signature: string): Promise<void> {
    try {
      writeListPair(this.deps.listDir, list, signature, this.deps.listFolderFs);
    } catch (error) {
      this.#folderNeedsRepair = true;
      await this.#recordError(`${FOLDER_ERROR}${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    this.#folderNeedsRepair = false;
    await this.deps.db
      .query(`UPDATE publish_state SET last_error = NULL, last_error_at = NULL WHERE id = 1 AND starts_with(last_error, $1)`, [FOLDER_ERROR])
      .catch(() => undefined);
  }

  async #recordError(message: string): Promise<void> {
    await this.deps.db
      .query('UPDATE publish_state SET last_error = $1, last_error_at = $2 WHERE id = 1', [message.slice(0, 1000), this.deps.now()])
      .catch(() => undefined);
  }

  /** Publishes if anything changed. Serialised within the process; locked across instances. */
  publish(options: PublishOptions = {}): Promise<PublishOutcome> {
    const next = this.#chain.catch(() => undefined).then(() => this.#publish(options));
    this.#chain = next;
    return next;
  }

  async #publish(options: PublishOptions): Promise<PublishOutcome> {
    this.#folderTouched = false;
    try {
      const result = await this.deps.db.transaction(async (tx) => {
        if (this.deps.db.engine === 'postgres') await tx.query('SELECT pg_advisory_xact_lock($1)', [PUBLISH_LOCK]);
        return this.#publishLocked(tx, options);
      });
      // Served only once committed: a commit that fails must leave the pair in force served.
      if (typeof result !== 'string') {
        this.#served = result;
        return 'published';
      }
      return result;
    } catch (error) {
      await this.#recordError(error instanceof Error ? error.message : String(error));
      // The folder may hold the new pair (or half of it) while the database kept the old one: put the pair
      // in force back, so a static host never serves a list the database does not know.
      const touched = this.#folderTouched || (error instanceof ListFolderError && error.listReplaced);
      if (touched && this.#served) await this.#rewriteFolder(this.#served.list, this.#served.signature);
      throw error;
    }
  }

  /** The new pair once published, or why nothing was. */
  async #publishLocked(tx: Queryable, options: PublishOptions): Promise<ServedList | 'unchanged' | 'held'> {
    const now = this.deps.now();
    const current = await this.#current(tx);
    const [{ max } = { max: 0 }] = await tx.query<{ max: number | null }>('SELECT max(version) AS max FROM publishes');
    const version = Math.max(versionFromTime(now), (max ?? 0) + 1);
    const next = await buildNextList(tx, now, this.deps.expiryDays, version);
    const nextNumbers = new Set(next.list.entries.map((e) => e.number as string));
    const currentNumbers = current?.list_json ? numbersOf(current.list_json) : new Set<string>();
    const unchanged = current?.list_json && sameSet(nextNumbers, currentNumbers) && sameSet(new Set(next.list.allow.map((a) => a.number as string)), allowOf(current.list_json));
    // Every build counts for the schedule, including one that found nothing to publish; otherwise an
    // unchanged list would be rebuilt on every tick once the schedule's interval had passed.
    await tx.query('UPDATE publish_state SET last_built_at = $1 WHERE id = 1', [now]);
    if (unchanged && next.expired.length === 0) {
      await tx.query('UPDATE publish_state SET dirty_since = NULL WHERE id = 1');
      return 'unchanged';
    }
    const removed = [...currentNumbers].filter((n) => !nextNumbers.has(n)).length;
    const added = [...nextNumbers].filter((n) => !currentNumbers.has(n)).length;
    // An admin's approval covers exactly the list they were shown: a list that differs from it (more removed
    // since, by anyone or by expiry) is held again rather than shipped on that approval.
    const approved = options.approvedEntries !== undefined && options.approvedEntries === entriesHashOf(next);
    if (!approved && currentNumbers.size > 0 && removed / currentNumbers.size > this.deps.holdRemovalShare) {
      await this.#hold(tx, next, now, added, removed);
      return 'held';
    }
    const key = this.deps.signingKey();
    const signature = signatureDocument(key.keyId, await signListBytes(new TextEncoder().encode(next.json), key.jwk, subtle));
    writeListPair(this.deps.listDir, next.json, signature, this.deps.listFolderFs);
    this.#folderTouched = true;
    await this.#record(tx, next, signature, now, added, removed, options.actor ?? 'system');
    return servedListFrom(version, next.json, signature, now);
  }

  async #record(tx: Queryable, next: NextList, signature: string, now: Date, added: number, removed: number, actor: string): Promise<void> {
    for (const number of next.expired) {
      await tx.query(`UPDATE numbers SET state = 'expired', decided_at = $2, decided_by = 'system' WHERE number = $1`, [number, now]);
      await tx.query(
        `UPDATE reports SET status = 'not-listed', reason = 'removed', updated_at = $2
          WHERE status = 'listed' AND kind <> 'false-positive' AND id IN (SELECT report_id FROM report_numbers WHERE number = $1)`,
        [number, now],
      );
      await tx.query(
        `INSERT INTO audit_log (at, actor, action, subject, reason) VALUES ($1, 'system', 'expire', $2, $3)`,
        [now, number, `not reported for ${this.deps.expiryDays} days`],
      );
    }
    await tx.query(`UPDATE publishes SET list_json = NULL, signature = NULL WHERE state <> 'held'`);
    await tx.query(
      `INSERT INTO publishes (version, at, state, entries, allowed, added, removed, list_sha256, list_json, signature, detail)
       VALUES ($1, $2, 'published', $3, $4, $5, $6, $7, $8, $9, $10)`,
      [next.list.version, now, next.list.entries.length, next.list.allow.length, added, removed,
        createHash('sha256').update(next.json).digest('hex'), next.json, signature, JSON.stringify({ actor, expired: next.expired.length })],
    );
    await tx.query(`UPDATE publishes SET state = 'discarded', list_json = NULL WHERE state = 'held'`);
    await tx.query('UPDATE publish_state SET dirty_since = NULL, last_error = NULL, last_error_at = NULL WHERE id = 1');
  }

  async #hold(tx: Queryable, next: NextList, now: Date, added: number, removed: number): Promise<void> {
    const [held] = await tx.query<{ list_sha256: string }>(`SELECT list_sha256 FROM publishes WHERE state = 'held'`);
    const entriesHash = entriesHashOf(next);
    await tx.query('UPDATE publish_state SET dirty_since = NULL WHERE id = 1');
    if (held?.list_sha256 === entriesHash) return;
    await tx.query(`UPDATE publishes SET state = 'discarded', list_json = NULL WHERE state = 'held'`);
    await tx.query(
      `INSERT INTO publishes (version, at, state, entries, allowed, added, removed, list_sha256, detail)
       VALUES ($1, $2, 'held', $3, $4, $5, $6, $7, $8)`,
      [next.list.version, now, next.list.entries.length, next.list.allow.length, added, removed, entriesHash, JSON.stringify({ expired: next.expired.length })],
    );
    await tx.query(
      `INSERT INTO audit_log (at, actor, action, subject, reason, detail) VALUES ($1, 'system', 'hold-publish', $2, $3, $4)`,
      [now, String(next.list.version), `would remove ${removed} of ${next.list.entries.length + removed - added} numbers`, JSON.stringify({ added, removed })],
    );
  }

  async #current(db: Queryable): Promise<PublishRow | undefined> {
    const [row] = await db.query<PublishRow>(
      `SELECT version, at, state, entries, allowed, added, removed, list_json, signature FROM publishes
        WHERE state = 'published' ORDER BY version DESC LIMIT 1`,
    );
    return row;
  }

  async status(): Promise<PublishStatus> {
    const summary = (row: PublishRow | undefined): PublishedSummary | undefined =>
      row && { version: row.version, at: row.at, entries: row.entries, allowed: row.allowed, added: row.added, removed: row.removed };
    const [held] = await this.deps.db.query<PublishRow>(`SELECT * FROM publishes WHERE state = 'held' ORDER BY version DESC LIMIT 1`);
    const [state] = await this.deps.db.query<{ dirty_since: Date | null; last_error: string | null; last_error_at: Date | null }>(
      'SELECT dirty_since, last_error, last_error_at FROM publish_state WHERE id = 1',
    );
    return {
      current: summary(await this.#current(this.deps.db)),
      held: summary(held),
      lastError: state?.last_error ? { message: state.last_error, at: state.last_error_at ?? this.deps.now() } : undefined,
      pendingSince: state?.dirty_since ?? undefined,
    };
  }

  /** Publishes the held list the admin saw; if the list has changed since, it is held again instead. */
  async confirmHeld(version: number, actor: string, reason: string): Promise<void> {
    const [held] = await this.deps.db.query<{ list_sha256: string }>(`SELECT list_sha256 FROM publishes WHERE version = $1 AND state = 'held'`, [version]);
    await this.#answerHeld(version, actor, reason, 'confirm-publish');
    await this.publish({ actor, ...(held ? { approvedEntries: held.list_sha256 } : {}) });
  }

  async discardHeld(version: number, actor: string, reason: string): Promise<void> {
    await this.#answerHeld(version, actor, reason, 'discard-publish');
  }

  async #answerHeld(version: number, actor: string, reason: string, action: 'confirm-publish' | 'discard-publish'): Promise<void> {
    await this.deps.db.transaction(async (tx) => {
      const changed = await tx.query(
        `UPDATE publishes SET state = $2 WHERE version = $1 AND state = 'held' RETURNING version`,
        [version, action === 'confirm-publish' ? 'confirmed' : 'discarded'],
      );
      if (changed.length === 0) throw new Error(`no held list with version ${version}`);
      await tx.query('INSERT INTO audit_log (at, actor, action, subject, reason) VALUES ($1, $2, $3, $4, $5)', [this.deps.now(), actor, action, String(version), reason]);
    });
  }
}
