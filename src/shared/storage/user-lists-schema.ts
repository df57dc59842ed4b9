/**
 * The user's own lists as stored: their shape, their versions and their validation. Version 1 (before
 * versions were stored) is the same three arrays without a `schema` field; version 2 adds it, so a newer
 * build's lists are recognised and left alone instead of being read as empty and written over. A list
 * entry that is not valid is dropped; a value that is not lists at all is reported, not read.
 */
import { isE164, type E164 } from '../../core/phone/e164.ts';
import { isVersion, type VersionedShape } from './versions.ts';

export const USER_LISTS_SCHEMA = 2;

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

/** Validates the lists item by item: what is not a valid entry is dropped (also for an imported file). */
export function normaliseUserLists(stored: unknown): UserLists {
  if (typeof stored !== 'object' || stored === null) return EMPTY_USER_LISTS;
  const s = stored as Record<string, unknown>;
  return { blocked: validNumbers(s['blocked']), trusted: validNumbers(s['trusted']), trustedSites: validSites(s['trustedSites']) };
}

const LIST_FIELDS = ['blocked', 'trusted', 'trustedSites'] as const;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const USER_LISTS_SHAPE: VersionedShape<UserLists> = {
  current: USER_LISTS_SCHEMA,
  empty: EMPTY_USER_LISTS,
  versionOf: (stored) => {
    if (!isRecord(stored)) return undefined;
    return stored['schema'] === undefined ? 1 : isVersion(stored['schema']) ? stored['schema'] : undefined;
  },
  steps: {
    /** 1 → 2: the same lists, now with their version. */
    1: (old) => ({ ...(old as Record<string, unknown>), schema: 2 }),
  },
  validate: (value) => (isRecord(value) && LIST_FIELDS.every((f) => value[f] === undefined || Array.isArray(value[f])) ? normaliseUserLists(value) : undefined),
  encode: (lists) => ({ schema: USER_LISTS_SCHEMA, blocked: lists.blocked, trusted: lists.trusted, trustedSites: lists.trustedSites }),
};
