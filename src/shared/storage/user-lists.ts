/**
 * The user's own lists: numbers they reported (blocked for them at once), numbers and sites they trust
 * (never flagged again). Small by nature, so plain arrays in storage.local; validated on every read.
 */
import { isE164, type E164 } from '../../core/phone/e164.ts';
import type { UserNumbers } from '../../core/verdict/list-lookup.ts';
import type { StorageArea } from './storage-area.ts';

export const USER_LISTS_KEY = 'userLists';

export interface UserNumber {
  readonly number: E164;
  /** ms since epoch */
  readonly added: number;
  /** The site where the user met the number, when they reported it from a page. */
  readonly host?: string;
}

export interface TrustedSite {
  readonly host: string;
  readonly added: number;
}

export interface UserLists {
  readonly blocked: readonly UserNumber[];
  readonly trusted: readonly UserNumber[];
  readonly trustedSites: readonly TrustedSite[];
}

export const EMPTY_USER_LISTS: UserLists = { blocked: [], trusted: [], trustedSites: [] };
const MAX_ITEMS = 10_000;
const HOST = /^[a-z0-9.-]{1,253}$/;

function validNumbers(value: unknown): UserNumber[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((v): v is UserNumber => typeof v === 'object' && v !== null && isE164((v as UserNumber).number) && typeof (v as UserNumber).added === 'number')
    .slice(0, MAX_ITEMS)
    .map((v) => ({ number: v.number, added: v.added, ...(typeof v.host === 'string' && HOST.test(v.host) ? { host: v.host } : {}) }));
}

function validSites(value: unknown): TrustedSite[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((v): v is TrustedSite => typeof v === 'object' && v !== null && typeof (v as TrustedSite).host === 'string' && HOST.test((v as TrustedSite).host) && typeof (v as TrustedSite).added === 'number')
    .slice(0, MAX_ITEMS)
    .map((v) => ({ host: v.host, added: v.added }));
}

export function normaliseUserLists(stored: unknown): UserLists {
  if (typeof stored !== 'object' || stored === null) return EMPTY_USER_LISTS;
  const s = stored as Record<string, unknown>;
  return { blocked: validNumbers(s['blocked']), trusted: validNumbers(s['trusted']), trustedSites: validSites(s['trustedSites']) };
}

export async function readUserLists(area: StorageArea): Promise<UserLists> {
  try {
    return normaliseUserLists((await area.get(USER_LISTS_KEY))[USER_LISTS_KEY]);
  } catch {
    return EMPTY_USER_LISTS;
  }
}

/**
 * For read-modify-write: a storage failure rejects instead of reading as empty, so a change made while
 * storage hiccups fails on its own and never writes an empty list over the user's.
 */
export async function readUserListsForChange(area: StorageArea): Promise<UserLists> {
  return normaliseUserLists((await area.get(USER_LISTS_KEY))[USER_LISTS_KEY]);
}

export async function writeUserLists(area: StorageArea, lists: UserLists): Promise<void> {
  await area.set({ [USER_LISTS_KEY]: lists });
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
