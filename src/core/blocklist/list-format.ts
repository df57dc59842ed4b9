/**
 * The block-list document (docs/blocklist.md is the reference). A list is one canonical JSON document: a
 * monotonically increasing integer version, the time it was generated, entries of known scam numbers with
 * their provenance, an allow section of official and anti-fraud numbers that must never be flagged, and
 * scam domains as a further signal.
 */
import type { BrandId } from '../brands/brand-lexicon.ts';
import type { E164 } from '../phone/e164.ts';

export const LIST_FORMAT = 'helpdesk-guard-blocklist';
export const LIST_FORMAT_VERSION = 1;

export interface ListEntry {
  readonly number: E164;
  readonly brands: readonly BrandId[];
  /** ISO dates (YYYY-MM-DD); unknown dates are omitted rather than guessed. */
  readonly firstSeen?: string;
  readonly lastSeen?: string;
  /** Where the number was seen: a URL or a citation a maintainer can follow. */
  readonly source: string;
}

export interface AllowEntry {
  readonly number: E164;
  readonly organisation: string;
  readonly source: string;
}

export interface DomainEntry {
  /** A host name; it also covers its subdomains. */
  readonly host: string;
  readonly source: string;
}

export interface BlockList {
  readonly format: typeof LIST_FORMAT;
  readonly formatVersion: typeof LIST_FORMAT_VERSION;
  readonly version: number;
  readonly generated: string;
  readonly entries: readonly ListEntry[];
  readonly allow: readonly AllowEntry[];
  readonly domains: readonly DomainEntry[];
}

/** Serialises with a fixed key order and sorted sections, so the same list is always the same bytes. */
export function canonicalListJson(list: BlockList): string {
  const byNumber = <T extends { number: string }>(a: T, b: T): number => (a.number < b.number ? -1 : a.number > b.number ? 1 : 0);
  const entry = (e: ListEntry): ListEntry => ({
    number: e.number,
    brands: [...e.brands].sort(),
    ...(e.firstSeen ? { firstSeen: e.firstSeen } : {}),
    ...(e.lastSeen ? { lastSeen: e.lastSeen } : {}),
    source: e.source,
  });
  const doc: BlockList = {
    format: LIST_FORMAT,
    formatVersion: LIST_FORMAT_VERSION,
    version: list.version,
    generated: list.generated,
    entries: [...list.entries].sort(byNumber).map(entry),
    allow: [...list.allow].sort(byNumber).map((a) => ({ number: a.number, organisation: a.organisation, source: a.source })),
    domains: [...list.domains].sort((a, b) => (a.host < b.host ? -1 : 1)).map((d) => ({ host: d.host, source: d.source })),
  };
  // One entry per line: a list update reviewed as a diff shows exactly the numbers that changed.
  const section = (items: readonly object[]): string =>
    items.length === 0 ? '[]' : `[\n${items.map((item) => `  ${JSON.stringify(item)}`).join(',\n')}\n ]`;
  return [
    '{',
    ` "format": ${JSON.stringify(doc.format)},`,
    ` "formatVersion": ${doc.formatVersion},`,
    ` "version": ${doc.version},`,
    ` "generated": ${JSON.stringify(doc.generated)},`,
    ` "entries": ${section(doc.entries)},`,
    ` "allow": ${section(doc.allow)},`,
    ` "domains": ${section(doc.domains)}`,
    '}',
    '',
  ].join('\n');
}

/** A version that grows with time (YYYYMMDDhhmm, UTC), so lists built later always win. */
export function versionFromTime(time: Date): number {
  return Number(time.toISOString().replace(/\D/g, '').slice(0, 12));
}
