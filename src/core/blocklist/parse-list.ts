/**
 * Parses and validates a block-list document. Everything is checked before anything is used: a list that
 * fails any check is rejected whole with a ListError, and the caller keeps the list it had.
 */
import { isBrandId, type BrandId } from '../brands/brand-lexicon.ts';
import { asE164 } from '../phone/e164.ts';
import { ListError } from './list-errors.ts';
import { LIST_FORMAT, LIST_FORMAT_VERSION, type AllowEntry, type BlockList, type DomainEntry, type ListEntry } from './list-format.ts';

/** Largest list accepted from the network: about 500,000 entries with short source references. */
export const MAX_LIST_BYTES = 64 * 1024 * 1024;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z$/;
const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown, field: string, max = 2048): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > max) {
    throw new ListError('invalid-entry', `${field} must be a non-empty string of at most ${max} characters`);
  }
  return value;
}

/** A real calendar date in YYYY-MM-DD (2026-13-45 has the shape but is no date). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function optionalDate(value: unknown, field: string): string | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) throw new ListError('invalid-entry', `${field} must be a date, YYYY-MM-DD`);
  return value;
}

function parseEntry(raw: unknown, index: number): ListEntry {
  if (!isObject(raw)) throw new ListError('invalid-entry', `entries[${index}] is not an object`);
  const number = asE164(String(raw['number']));
  if (!number) throw new ListError('invalid-entry', `entries[${index}].number is not E.164`);
  const brandsRaw = raw['brands'] ?? [];
  if (!Array.isArray(brandsRaw)) throw new ListError('invalid-entry', `entries[${index}].brands is not a list`);
  // Brands this version does not know yet are dropped, not fatal: newer lists may name newer brands.
  const brands: BrandId[] = brandsRaw.filter(isBrandId);
  const firstSeen = optionalDate(raw['firstSeen'], `entries[${index}].firstSeen`);
  const lastSeen = optionalDate(raw['lastSeen'], `entries[${index}].lastSeen`);
  return {
    number,
    brands,
    ...(firstSeen ? { firstSeen } : {}),
    ...(lastSeen ? { lastSeen } : {}),
    source: text(raw['source'], `entries[${index}].source`),
  };
}

function parseAllow(raw: unknown, index: number): AllowEntry {
  if (!isObject(raw)) throw new ListError('invalid-entry', `allow[${index}] is not an object`);
  const number = asE164(String(raw['number']));
  if (!number) throw new ListError('invalid-entry', `allow[${index}].number is not E.164`);
  return { number, organisation: text(raw['organisation'], `allow[${index}].organisation`, 200), source: text(raw['source'], `allow[${index}].source`) };
}

function parseDomain(raw: unknown, index: number): DomainEntry {
  if (!isObject(raw)) throw new ListError('invalid-entry', `domains[${index}] is not an object`);
  const host = text(raw['host'], `domains[${index}].host`, 253).toLowerCase();
  if (!HOST.test(host)) throw new ListError('invalid-entry', `domains[${index}].host is not a host name`);
  return { host, source: text(raw['source'], `domains[${index}].source`) };
}

function list<T>(doc: Json, key: string, parse: (raw: unknown, index: number) => T): T[] {
  const value = doc[key] ?? [];
  if (!Array.isArray(value)) throw new ListError('malformed', `${key} must be a list`);
  return value.map(parse);
}

/** Validates a parsed JSON value as a block list. */
export function validateList(doc: unknown): BlockList {
  if (!isObject(doc)) throw new ListError('malformed', 'the list is not a JSON object');
  if (doc['format'] !== LIST_FORMAT) throw new ListError('malformed', `format must be "${LIST_FORMAT}"`);
  if (doc['formatVersion'] !== LIST_FORMAT_VERSION) throw new ListError('malformed', `formatVersion ${String(doc['formatVersion'])} is not supported`);
  const version = doc['version'];
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    throw new ListError('malformed', 'version must be a positive integer');
  }
  const generated = doc['generated'];
  if (typeof generated !== 'string' || !ISO_TIME.test(generated)) throw new ListError('malformed', 'generated must be an ISO time in UTC');
  return {
    format: LIST_FORMAT,
    formatVersion: LIST_FORMAT_VERSION,
    version,
    generated,
    entries: list(doc, 'entries', parseEntry),
    allow: list(doc, 'allow', parseAllow),
    domains: list(doc, 'domains', parseDomain),
  };
}

/** Parses list text; `maxBytes` guards the JSON parser against a hostile server's endless document. */
export function parseList(json: string, maxBytes = MAX_LIST_BYTES): BlockList {
  if (json.length > maxBytes) throw new ListError('oversized', `the list is larger than ${maxBytes} bytes`);
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (error) {
    // A body cut off mid-transfer parses as "unexpected end": say so, it points at the network, not the list.
    const truncated = error instanceof SyntaxError && /end of (?:JSON|data)|Unterminated|Unexpected end/i.test(error.message);
    throw new ListError(truncated ? 'truncated' : 'malformed', `the list is not valid JSON: ${String(error)}`);
  }
  return validateList(doc);
}
