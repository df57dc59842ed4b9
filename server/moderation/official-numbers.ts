/**
 * Numbers that belong to real companies or anti-fraud desks, so a reviewer is warned before listing one.
 * Three sources: the maintainers' allow list (lists/allow.csv), the reporting channels the extension itself
 * shows (src/shared/official-channels.ts, parsed to E.164 with the extension's own phone code), and the
 * numbers a reviewer marked official (numbers.state = 'official'). The first two are read once at start
 * and passed in; the third is read per request, since reviewers change it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePhones } from '../../src/core/phone/parse-phone.ts';
import { asE164 } from '../../src/core/phone/e164.ts';
import type { CountryCode } from 'libphonenumber-js/max';
import { COUNTRY_CHANNELS } from '../../src/shared/official-channels.ts';
import type { Queryable } from '../store/db.ts';

export interface OfficialNumber {
  readonly organisation: string;
  readonly source: 'allow-list' | 'official-channels' | 'reviewed';
}

export type StaticOfficialNumbers = ReadonlyMap<string, OfficialNumber>;

export const DEFAULT_ALLOW_CSV = join(import.meta.dirname, '../../lists/allow.csv');

/** Splits one CSV line (quoted fields with doubled quotes; allow.csv has no multi-line fields). */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  for (const match of line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)) fields.push(match[1]?.replace(/""/g, '"') ?? match[2] ?? '');
  return fields;
}

export function parseAllowCsv(text: string): Map<string, OfficialNumber> {
  const found = new Map<string, OfficialNumber>();
  for (const line of text.split(/\r?\n/).slice(1)) {
    const [number = '', organisation = ''] = csvFields(line);
    const e164 = asE164(number.trim());
    if (e164) found.set(e164, { organisation: organisation.trim(), source: 'allow-list' });
  }
  return found;
}

export function officialChannelNumbers(): Map<string, OfficialNumber> {
  const found = new Map<string, OfficialNumber>();
  for (const [country, channels] of Object.entries(COUNTRY_CHANNELS)) {
    for (const channel of channels) {
      if (!channel.phone) continue;
      for (const parsed of parsePhones(channel.phone, [country as CountryCode])) {
        found.set(parsed.e164, { organisation: channel.name, source: 'official-channels' });
      }
    }
  }
  return found;
}

/** The allow list and the extension's channels, merged (the allow list's wording wins). */
export function loadStaticOfficialNumbers(allowCsvPath = DEFAULT_ALLOW_CSV): StaticOfficialNumbers {
  return new Map([...officialChannelNumbers(), ...parseAllowCsv(readFileSync(allowCsvPath, 'utf8'))]);
}

/** Which of these numbers are official, from any of the three sources. */
export async function officialAmong(db: Queryable, numbers: readonly string[], fixed: StaticOfficialNumbers): Promise<Map<string, OfficialNumber>> {
  const found = new Map<string, OfficialNumber>();
  for (const number of numbers) {
    const known = fixed.get(number);
    if (known) found.set(number, known);
  }
  if (numbers.length === 0) return found;
  const rows = await db.query<{ number: string; organisation: string | null }>(
    "SELECT number, organisation FROM numbers WHERE state = 'official' AND number = ANY($1::text[])",
    [numbers],
  );
  for (const row of rows) if (!found.has(row.number)) found.set(row.number, { organisation: row.organisation ?? '', source: 'reviewed' });
  return found;
}

export function countryOf(number: string): string | undefined {
  return asE164(number) ? parsePhones(number, [])[0]?.country : undefined;
}
