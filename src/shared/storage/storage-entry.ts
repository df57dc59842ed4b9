/**
 * One key in `browser.storage`: the area it lives in, how what is stored there is checked (and migrated) when
 * read, and how a value is stored. Code reads and writes a key only through its entry in the registry
 * (storage-keys.ts), so a key's name, its shape and its checks cannot drift apart. The area itself is still
 * passed in by the caller, so everything here runs under Vitest with an in-memory fake.
 */
import type { Logger } from '../log.ts';
import type { StorageArea } from './storage-area.ts';

export type AreaName = 'local' | 'session';

export interface StorageEntry<T, W = T, A extends unknown[] = []> {
  readonly area: AreaName;
  readonly key: string;
  /** What is stored under the key (undefined when nothing is), checked; never throws. */
  decode(stored: unknown, ...args: A): T;
  encode(value: W): unknown;
}

/** Why a stored value was not read: a newer build wrote it, or it is of no known shape. */
export type StoredProblem = 'newer' | 'malformed';

export type StoredRead<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: StoredProblem; readonly stored: unknown };

export async function readEntry<T, W, A extends unknown[]>(area: StorageArea, entry: StorageEntry<T, W, A>, ...args: A): Promise<T> {
  return entry.decode((await area.get(entry.key))[entry.key], ...args);
}

/** The value as `area.set` takes it; spread several into one `set` to write them together. */
export function itemOf<W>(entry: StorageEntry<unknown, W, never>, value: W): Record<string, unknown> {
  return { [entry.key]: entry.encode(value) };
}

export async function writeEntry<W>(area: StorageArea, entry: StorageEntry<unknown, W, never>, value: W): Promise<void> {
  await area.set(itemOf(entry, value));
}

export async function removeEntry(area: StorageArea, entry: StorageEntry<unknown, never, never>): Promise<void> {
  await area.remove(entry.key);
}

export class UnreadableStoredValue extends Error {
  constructor(
    readonly key: string,
    readonly problem: StoredProblem,
    /** Kept for whoever reads the log; the stored value itself is never thrown away. */
    readonly stored: unknown,
  ) {
    super(`"${key}" in storage ${problem === 'newer' ? 'was written by a newer version' : 'is not of a known shape'}; it is kept`);
    this.name = 'UnreadableStoredValue';
  }
}

/**
 * For showing and judging: a value that cannot be read is logged and left untouched, and `fallback` is used
 * instead, so the extension keeps working with what it has.
 */
export async function readOrFallback<T>(area: StorageArea, entry: StorageEntry<StoredRead<T>, never>, fallback: T, log: Logger): Promise<T> {
  const read = await readEntry(area, entry);
  if (read.ok) return read.value;
  log.warn(`storage: ${entry.key}`, new UnreadableStoredValue(entry.key, read.problem, read.stored));
  return fallback;
}

/** Where a malformed value is set aside before a change starts afresh: `<key>:unreadable:<epoch ms>`. */
export function setAsideKey(key: string, now: number): string {
  return `${key}:unreadable:${now}`;
}

/**
 * For read-modify-write. A value a newer version wrote rejects with UnreadableStoredValue: the change fails on
 * its own and nothing is written over data that build will read again. A value of no known shape (a bug, a
 * damaged profile) would otherwise block every change for good (a user could never report or trust again),
 * so it is copied aside under its own key (setAsideKey), logged, and the change starts from `empty`: nothing
 * is lost, and the user can go on.
 */
export async function readForChange<T>(
  area: StorageArea,
  entry: StorageEntry<StoredRead<T>, never>,
  empty: T,
  log: Logger,
  now: () => number = Date.now,
): Promise<T> {
  const read = await readEntry(area, entry);
  if (read.ok) return read.value;
  const problem = new UnreadableStoredValue(entry.key, read.problem, read.stored);
  if (read.problem === 'newer') throw problem;
  await area.set({ [setAsideKey(entry.key, now())]: read.stored });
  log.warn(`storage: ${entry.key} set aside`, problem);
  return empty;
}
