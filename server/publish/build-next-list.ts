/**
 * The next list, from the team's decisions: every `listed` number reported within the expiry period, and
 * every `official` number in the allow section. Built and checked with the same code the maintainer's
 * command line and the extension use (src/core/blocklist), so the service cannot publish what the extension
 * would reject.
 */
import { isBrandId, type BrandId } from '../../src/core/brands/brand-lexicon.ts';
import { canonicalListJson, LIST_FORMAT, LIST_FORMAT_VERSION, type BlockList, type ListEntry } from '../../src/core/blocklist/list-format.ts';
import { validateList } from '../../src/core/blocklist/parse-list.ts';
import type { E164 } from '../../src/core/phone/e164.ts';
import type { Queryable } from '../store/db.ts';

export interface NextList {
  readonly list: BlockList;
  readonly json: string;
  /** Listed numbers whose last report is older than the expiry period: they leave with this list. */
  readonly expired: readonly string[];
}

interface ListedRow {
  number: string;
  brands: string[];
  first_seen: string | null;
  last_seen: string | null;
  source: string;
  fresh: boolean;
}

export async function buildNextList(db: Queryable, now: Date, expiryDays: number, version: number): Promise<NextList> {
  const cutoff = new Date(now.getTime() - expiryDays * 86_400_000);
  const listed = await db.query<ListedRow>(
    `SELECT number, brands, to_char(first_seen, 'YYYY-MM-DD') AS first_seen, to_char(last_seen, 'YYYY-MM-DD') AS last_seen,
            source, last_reported_at > $1 AS fresh
       FROM numbers WHERE state = 'listed' ORDER BY number`,
    [cutoff],
  );
  const official = await db.query<{ number: string; organisation: string | null; source: string }>(
    `SELECT number, organisation, source FROM numbers WHERE state = 'official' ORDER BY number`,
  );
  const entries: ListEntry[] = listed
    .filter((row) => row.fresh)
    .map((row) => ({
      number: row.number as E164,
      brands: row.brands.filter(isBrandId) as BrandId[],
      ...(row.first_seen ? { firstSeen: row.first_seen } : {}),
      ...(row.last_seen ? { lastSeen: row.last_seen } : {}),
      source: row.source,
    }));
  const list = validateList({
    format: LIST_FORMAT,
    formatVersion: LIST_FORMAT_VERSION,
    version,
    generated: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    entries,
    allow: official.map((row) => ({ number: row.number as E164, organisation: row.organisation || 'official number', source: row.source })),
    domains: [],
  });
  return { list, json: canonicalListJson(list), expired: listed.filter((row) => !row.fresh).map((row) => row.number) };
}
