/**
 * One block-list sync: a conditional request for the list, its detached signature, verification, and an
 * atomic swap; or, on any failure, the last good list stays and the error is recorded with the time of the
 * next retry. Everything platform-specific is passed in, so the tests run this against a real local HTTP
 * server in Node.
 */
import { compileList } from '../../core/blocklist/compiled-list.ts';
import { acceptList } from '../../core/blocklist/accept-list.ts';
import { isListError, ListError } from '../../core/blocklist/list-errors.ts';
import { MAX_LIST_BYTES } from '../../core/blocklist/parse-list.ts';
import type { SubtleVerifier, TrustedKey } from '../../core/blocklist/verify-signature.ts';
import type { ListStatus } from '../../shared/storage/list-status.ts';
import type { StorageArea } from '../../shared/storage/storage-area.ts';
import { fetchCapped } from './fetch-capped.ts';
import type { ListStore } from './list-store.ts';
import { backoffMs, readStatus, writeStatus } from './sync-status.ts';

export interface SyncDeps {
  readonly fetch: typeof fetch;
  readonly subtle: SubtleVerifier;
  readonly keys: readonly TrustedKey[];
  readonly store: ListStore;
  readonly status: StorageArea;
  readonly now: () => number;
  readonly random: () => number;
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
  /** The retry window's cap: the regular sync interval. */
  readonly intervalMs: number;
}

export type SyncOutcome = 'updated' | 'not-modified' | 'failed';

const MAX_SIGNATURE_BYTES = 4096;

async function download(url: string, current: { version: number; etag?: string | undefined; lastModified?: string | undefined }, deps: SyncDeps) {
  const limits = { timeoutMs: deps.timeoutMs ?? 30_000, maxBytes: deps.maxBytes ?? MAX_LIST_BYTES };
  const headers: Record<string, string> = {};
  if (current.etag) headers['If-None-Match'] = current.etag;
  if (current.lastModified) headers['If-Modified-Since'] = current.lastModified;
  const list = await fetchCapped(deps.fetch, url, { ...limits, headers });
  if (list.status === 304) return { notModified: true as const };
  if (list.status < 200 || list.status > 299) throw new ListError('http-error', `the list server answered HTTP ${list.status}`);
  const signature = await fetchCapped(deps.fetch, `${url}.sig`, { timeoutMs: limits.timeoutMs, maxBytes: MAX_SIGNATURE_BYTES });
  if (signature.status === 404) throw new ListError('unsigned', 'the list has no signature file (.sig)');
  if (signature.status < 200 || signature.status > 299) throw new ListError('http-error', `the signature request answered HTTP ${signature.status}`);
  return { notModified: false as const, list, signature: new TextDecoder().decode(signature.bytes) };
}

export async function syncList(url: string, currentVersion: number, deps: SyncDeps): Promise<SyncOutcome> {
  const before = await readStatus(deps.status);
  const stored = await deps.store.load();
  const attempt = deps.now();
  try {
    // Conditional headers only when the list they describe is really the one in force.
    const validators = stored && stored.compiled.version === currentVersion ? stored : undefined;
    const result = await download(url, { version: currentVersion, etag: validators?.etag, lastModified: validators?.lastModified }, deps);
    if (result.notModified) {
      await writeStatus(deps.status, { ...before, lastAttempt: attempt, lastSuccess: attempt, lastError: undefined, failures: 0, nextRetry: undefined });
      return 'not-modified';
    }
    const list = await acceptList({ bytes: result.list.bytes, signature: result.signature, keys: deps.keys, currentVersion, maxBytes: deps.maxBytes ?? MAX_LIST_BYTES }, deps.subtle);
    const compiled = compileList(list);
    try {
      await deps.store.save({ compiled, etag: result.list.etag, lastModified: result.list.lastModified, storedAt: attempt });
    } catch (error) {
      // Usually a full disk or quota. The list in force was never touched, so it simply stays.
      throw new ListError('not-stored', `the new list could not be stored on this device (${String(error)}); the list in force stays`);
    }
    const status: ListStatus = {
      version: compiled.version, entries: compiled.blocked.length, source: 'download', lastAttempt: attempt, lastSuccess: attempt,
      lastError: undefined, failures: 0, nextRetry: undefined,
    };
    await writeStatus(deps.status, status);
    return 'updated';
  } catch (error) {
    // A server without validators sends the same list again: that is "nothing new", not a failure.
    if (isListError(error) && error.code === 'same-version') {
      await writeStatus(deps.status, { ...before, lastAttempt: attempt, lastSuccess: attempt, lastError: undefined, failures: 0, nextRetry: undefined });
      return 'not-modified';
    }
    const failure = isListError(error) ? error : new ListError('network', String(error));
    const failures = before.failures + 1;
    // If even the status cannot be written, the next alarm simply tries again: sync never throws.
    await writeStatus(deps.status, {
      ...before,
      lastAttempt: attempt,
      lastError: { code: failure.code, message: failure.message, at: attempt },
      failures,
      nextRetry: attempt + backoffMs(failures, deps.intervalMs, deps.random),
    }).catch(() => undefined);
    return 'failed';
  }
}
