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
