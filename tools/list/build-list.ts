/**
 * `npm run list -- build`: CSV files with provenance → one canonical list document. Numbers are normalised to
 * E.164 (national forms need a `country` column), duplicates merged (brands joined, the widest seen-window
 * kept), and every invalid row is reported with its line number; one bad row fails the build, because a list
 * that silently drops rows is a list nobody can trust.
 */
import type { CountryCode } from 'libphonenumber-js/max';
import { isBrandId, type BrandId } from '../../src/core/brands/brand-lexicon.ts';
import { canonicalListJson, versionFromTime, LIST_FORMAT, LIST_FORMAT_VERSION, type AllowEntry, type BlockList, type DomainEntry, type ListEntry } from '../../src/core/blocklist/list-format.ts';
import { isIsoDate, validateList } from '../../src/core/blocklist/parse-list.ts';
import { asE164, type E164 } from '../../src/core/phone/e164.ts';
import { parsePhones } from '../../src/core/phone/parse-phone.ts';
import type { CsvRow } from './csv.ts';

export class RowErrors extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`${problems.length} invalid row(s):\n${problems.join('\n')}`);
  }
}

function normalise(raw: string, country: string): E164 | undefined {
  const direct = asE164(raw.replace(/[\s().-]/g, ''));
  if (direct) return direct;
  if (!/^[A-Z]{2}$/.test(country)) return undefined;
  const [parsed] = parsePhones(raw, [country as CountryCode]);
  return parsed?.e164;
}

function entryFrom(row: CsvRow, file: string, problems: string[]): ListEntry | undefined {
  const { number = '', brands = '', first_seen: first = '', last_seen: last = '', source = '', country = '' } = row.fields;
  const where = `${file}:${row.line}`;
  const e164 = normalise(number, country.toUpperCase());
  const brandIds = brands.split(/[;|]/).map((b) => b.trim()).filter(Boolean);
  const unknown = brandIds.filter((b) => !isBrandId(b));
  const fail = (why: string): undefined => {
    problems.push(`${where}: ${why}`);
    return undefined;
  };
  if (!e164) return fail(`"${number}" is not a valid phone number${country ? ` in ${country}` : ' (write it as +E.164 or add a country column)'}`);
  if (unknown.length > 0) return fail(`unknown brand(s) ${unknown.join(', ')}`);
  if ((first && !isIsoDate(first)) || (last && !isIsoDate(last))) return fail('dates must be real dates, YYYY-MM-DD');
  if (first && last && first > last) return fail('first_seen is after last_seen');
  if (!source) return fail('every row needs a source');
  return { number: e164, brands: brandIds as BrandId[], ...(first ? { firstSeen: first } : {}), ...(last ? { lastSeen: last } : {}), source };
}

function merge(a: ListEntry, b: ListEntry): ListEntry {
  const firstSeen = [a.firstSeen, b.firstSeen].filter(Boolean).sort()[0];
  const lastSeen = [a.lastSeen, b.lastSeen].filter(Boolean).sort().pop();
  return {
    number: a.number,
    brands: [...new Set([...a.brands, ...b.brands])],
    ...(firstSeen ? { firstSeen } : {}),
    ...(lastSeen ? { lastSeen } : {}),
    source: a.source,
  };
}

export interface BuildInput {
  readonly entries: { file: string; rows: readonly CsvRow[] };
  readonly allow?: { file: string; rows: readonly CsvRow[] };
  readonly domains?: { file: string; rows: readonly CsvRow[] };
  readonly version: number;
  readonly generated: Date;
}

export function buildList(input: BuildInput): { list: BlockList; json: string } {
  const problems: string[] = [];
  const entries = new Map<E164, ListEntry>();
  for (const row of input.entries.rows) {
    const entry = entryFrom(row, input.entries.file, problems);
    if (entry) entries.set(entry.number, entries.has(entry.number) ? merge(entries.get(entry.number) as ListEntry, entry) : entry);
  }
  const allow = new Map<E164, AllowEntry>();
  for (const row of input.allow?.rows ?? []) {
    const { number = '', organisation = '', source = '', country = '' } = row.fields;
    const e164 = normalise(number, country.toUpperCase());
    if (!e164 || !organisation || !source) problems.push(`${input.allow?.file}:${row.line}: needs a valid number, an organisation and a source`);
    else allow.set(e164, { number: e164, organisation, source });
  }
  const domains: DomainEntry[] = (input.domains?.rows ?? []).map((row) => ({ host: (row.fields['host'] ?? '').toLowerCase(), source: row.fields['source'] ?? '' }));
  for (const number of allow.keys()) {
    if (entries.has(number)) problems.push(`${number} is both blocked and allowed; decide which`);
  }
  if (problems.length > 0) throw new RowErrors(problems);
  const list = validateList({
    format: LIST_FORMAT,
    formatVersion: LIST_FORMAT_VERSION,
    version: input.version,
    generated: input.generated.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    entries: [...entries.values()],
    allow: [...allow.values()],
    domains,
  });
  return { list, json: canonicalListJson(list) };
}

export { versionFromTime };
