/**
 * The user's own lists: numbers they reported (blocked for them at once), numbers and sites they trust
 * (never flagged again). Small by nature, so plain arrays in storage.local; validated and migrated on every
 * read (user-lists-schema.ts).
 */
import type { E164 } from '../../core/phone/e164.ts';
import type { UserNumbers } from '../../core/verdict/list-lookup.ts';
import { consoleLogger, type Logger } from '../log.ts';
import type { StorageArea } from './storage-area.ts';
import { readForChange, readOrFallback, writeEntry } from './storage-entry.ts';
import { STORAGE } from './storage-keys.ts';
import { EMPTY_USER_LISTS, normaliseUserLists, type TrustedSite, type UserLists, type UserNumber } from './user-lists-schema.ts';

export { EMPTY_USER_LISTS, normaliseUserLists, type TrustedSite, type UserLists, type UserNumber };

/**
 * For verdicts and pages: lists a newer version wrote, or that are not lists at all, are logged and left
 * as they are, and read as empty; a storage failure reads as empty too.
 */
export async function readUserLists(area: StorageArea, log: Logger = consoleLogger()): Promise<UserLists> {
  try {
    return await readOrFallback(area, STORAGE.userLists, EMPTY_USER_LISTS, log);
  } catch {
    return EMPTY_USER_LISTS;
  }
}

/**
 * For read-modify-write: a storage failure, or lists a newer version wrote, rejects instead of reading as
 * empty, so the change fails on its own and never writes over the user's lists. Lists of no known shape are
 * set aside under their own key first (storage-entry.ts readForChange), so the user can go on.
 */
export function readUserListsForChange(area: StorageArea, log: Logger = consoleLogger()): Promise<UserLists> {
  return readForChange(area, STORAGE.userLists, EMPTY_USER_LISTS, log);
}

/** Stores the lists at today's version. */
export async function writeUserLists(area: StorageArea, lists: UserLists): Promise<void> {
  await writeEntry(area, STORAGE.userLists, lists);
}

export function userNumbers(lists: UserLists): UserNumbers {
  return { blocked: new Set(lists.blocked.map((n) => n.number)), trusted: new Set(lists.trusted.map((n) => n.number)) };
}

/** A site is trusted when its host or a parent domain is on the list. */
export function isTrustedSite(lists: UserLists, host: string): boolean {
  const h = host.toLowerCase();
  return lists.trustedSites.some((site) => h === site.host || h.endsWith(`.${site.host}`));
}

/** The user's lists as a file they can keep or move to another browser. */
export const USER_LISTS_FORMAT = 'helpdesk-guard-user-lists';

export function exportUserLists(lists: UserLists, now: Date): string {
  return `${JSON.stringify({ format: USER_LISTS_FORMAT, version: 1, exported: now.toISOString(), ...lists }, null, 2)}\n`;
}

/** Why a file cannot be imported, as a code the options page translates (action-error-text.ts). */
export class UserListsImportError extends Error {
  constructor(readonly code: 'import-not-json' | 'import-wrong-format', message: string) {
    super(message);
    this.name = 'UserListsImportError';
  }
}

export interface ImportResult {
  readonly lists: UserLists;
  readonly added: number;
  readonly rejected: number;
}

/** Merges an exported file into the current lists; what the file gets wrong is counted, never fatal. */
export function importUserLists(current: UserLists, json: string): ImportResult {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch {
    throw new UserListsImportError('import-not-json', 'not a JSON file');
  }
  if (typeof doc !== 'object' || doc === null || (doc as { format?: unknown }).format !== USER_LISTS_FORMAT) {
    throw new UserListsImportError('import-wrong-format', `not a ${USER_LISTS_FORMAT} file`);
  }
  const raw = doc as Record<string, unknown>;
  const incoming = normaliseUserLists(raw);
  const offered = ['blocked', 'trusted', 'trustedSites'].reduce((n, key) => n + (Array.isArray(raw[key]) ? (raw[key] as unknown[]).length : 0), 0);
  const merged: UserLists = {
    blocked: mergeBy(current.blocked, incoming.blocked, (n) => n.number),
    trusted: mergeBy(current.trusted, incoming.trusted, (n) => n.number),
    trustedSites: mergeBy(current.trustedSites, incoming.trustedSites, (s) => s.host),
  };
  const before = current.blocked.length + current.trusted.length + current.trustedSites.length;
  const after = merged.blocked.length + merged.trusted.length + merged.trustedSites.length;
  const valid = incoming.blocked.length + incoming.trusted.length + incoming.trustedSites.length;
  return { lists: merged, added: after - before, rejected: offered - valid };
}

function mergeBy<T>(current: readonly T[], incoming: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set(current.map(key));
  return [...current, ...incoming.filter((item) => !seen.has(key(item)) && seen.add(key(item)))];
}

export type UserListChange =
  | { readonly op: 'block-number'; readonly number: E164; readonly host?: string }
  | { readonly op: 'trust-number'; readonly number: E164 }
  | { readonly op: 'trust-site'; readonly host: string }
  | { readonly op: 'remove-blocked'; readonly number: E164 }
  | { readonly op: 'remove-trusted'; readonly number: E164 }
  | { readonly op: 'remove-site'; readonly host: string };

/** Applies one change. Blocking a number takes it off the trusted list and the other way round. */
export function changeUserLists(lists: UserLists, change: UserListChange, now: number): UserLists {
  const without = <T extends { number: string }>(items: readonly T[], number: string): T[] => items.filter((i) => i.number !== number);
  switch (change.op) {
    case 'block-number':
      return { ...lists, trusted: without(lists.trusted, change.number), blocked: [...without(lists.blocked, change.number), { number: change.number, added: now, ...(change.host ? { host: change.host } : {}) }] };
    case 'trust-number':
      return { ...lists, blocked: without(lists.blocked, change.number), trusted: [...without(lists.trusted, change.number), { number: change.number, added: now }] };
    case 'trust-site':
      return { ...lists, trustedSites: [...lists.trustedSites.filter((s) => s.host !== change.host), { host: change.host, added: now }] };
    case 'remove-blocked':
      return { ...lists, blocked: without(lists.blocked, change.number) };
    case 'remove-trusted':
      return { ...lists, trusted: without(lists.trusted, change.number) };
    case 'remove-site':
      return { ...lists, trustedSites: lists.trustedSites.filter((s) => s.host !== change.host) };
  }
}
