/**
 * The maintainer command line: `npm run list -- <command>`. See docs/blocklist.md for a worked example.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseList } from '../../src/core/blocklist/parse-list.ts';
import { parseSignature, verifyListSignature, type SubtleVerifier, type TrustedKey } from '../../src/core/blocklist/verify-signature.ts';
import { buildList, RowErrors, versionFromTime } from './build-list.ts';
import { parseCsv } from './csv.ts';
import { diffLists, formatDiff } from './diff-lists.ts';
import { keygen, signatureDocument, signBytes, writeText } from './keys.ts';

const USAGE = `usage: npm run list -- <command> [options]

  keygen --id <key-id> --out <folder outside the repo>
      make a signing key pair; prints the public entry to add to keys/trusted-keys.json
  build --entries <numbers.csv> [--allow <allow.csv>] [--domains <domains.csv>] [--version N] --out <list.json>
      CSV with provenance → canonical list (invalid rows are listed with line numbers)
  sign --list <list.json> --key <private.jwk> [--out <list.json.sig>]
  verify --list <list.json> [--sig <list.json.sig>] [--keys keys/trusted-keys.json]
  diff <old.json> <new.json>`;

function readCsv(path: string | undefined): { file: string; rows: ReturnType<typeof parseCsv> } | undefined {
  return path ? { file: path, rows: parseCsv(readFileSync(path, 'utf8')) } : undefined;
}

function need(value: string | undefined, name: string): string {
  if (!value) throw new Error(`missing --${name}\n\n${USAGE}`);
  return value;
}

export function readTrustedKeys(path: string): TrustedKey[] {
  const doc = JSON.parse(readFileSync(path, 'utf8')) as { keys?: TrustedKey[] };
  return doc.keys ?? [];
}

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      id: { type: 'string' }, out: { type: 'string' }, entries: { type: 'string' }, allow: { type: 'string' },
      domains: { type: 'string' }, version: { type: 'string' }, list: { type: 'string' }, key: { type: 'string' },
      sig: { type: 'string' }, keys: { type: 'string' },
    },
  });
  const [command, ...rest] = positionals;
  switch (command) {
    case 'keygen': {
      const { privatePath, trusted } = await keygen(need(values.id, 'id'), need(values.out, 'out'));
      console.log(`private key written to ${privatePath} (keep it secret, never commit it)`);
      console.log('add this entry to keys/trusted-keys.json:');
      console.log(JSON.stringify(trusted, null, 2));
      return;
    }
    case 'build': {
      const now = new Date();
      const entries = readCsv(need(values.entries, 'entries'));
      const allow = readCsv(values.allow);
      const domains = readCsv(values.domains);
      const { list, json } = buildList({
        entries: entries ?? { file: '', rows: [] },
        ...(allow ? { allow } : {}),
        ...(domains ? { domains } : {}),
        version: values.version ? Number(values.version) : versionFromTime(now),
        generated: now,
      });
      writeText(need(values.out, 'out'), json);
      console.log(`wrote ${values.out}: version ${list.version}, ${list.entries.length} numbers, ${list.allow.length} allowed, ${list.domains.length} domains`);
      return;
    }
    case 'sign': {
      const listPath = need(values.list, 'list');
      const bytes = readFileSync(listPath);
      parseList(bytes.toString('utf8'));
      const jwk = JSON.parse(readFileSync(need(values.key, 'key'), 'utf8')) as JsonWebKey & { kid?: string };
      if (!jwk.kid) throw new Error('the private key file has no "kid" (key id); make keys with keygen');
      const out = values.out ?? `${listPath}.sig`;
      writeText(out, signatureDocument(jwk.kid, await signBytes(bytes, jwk)));
      console.log(`signed ${listPath} with key ${jwk.kid} → ${out}`);
      return;
    }
    case 'verify': {
      const listPath = need(values.list, 'list');
      const bytes = new Uint8Array(readFileSync(listPath));
      const signature = parseSignature(readFileSync(values.sig ?? `${listPath}.sig`, 'utf8'));
      const keys = readTrustedKeys(values.keys ?? 'keys/trusted-keys.json');
      await verifyListSignature(bytes, signature, keys, globalThis.crypto.subtle as unknown as SubtleVerifier);
      const list = parseList(new TextDecoder().decode(bytes));
      console.log(`valid: version ${list.version}, ${list.entries.length} numbers, signed by ${signature.keyId}`);
      return;
    }
    case 'diff': {
      const [before, after] = rest.map((path) => parseList(readFileSync(path, 'utf8')));
      if (!before || !after) throw new Error(`diff needs two list files\n\n${USAGE}`);
      console.log(formatDiff(before, after, diffLists(before, after)));
      return;
    }
    default:
      console.log(USAGE);
      if (command) process.exitCode = 2;
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof RowErrors ? error.message : `error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
