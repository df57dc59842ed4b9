/**
 * Settings fixed at build time, from the environment, so that whoever runs the list service can build the
 * extension with their own list URL and keys without touching code:
 *
 *   HG_LIST_URL          the signed block list to sync (empty: no sync, the bundled seed list only)
 *   HG_TRUSTED_KEYS      path of the trusted public keys (default keys/trusted-keys.json)
 *   HG_SEED_LIST         path of the bundled seed list (default lists/seed.json)
 *   HG_SYNC_HOURS        default sync interval in hours (default 6)
 *   HG_REPORT_ENDPOINT   default report endpoint (default none: the user sets one in the options)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TrustedKey } from '../../src/core/blocklist/verify-signature.ts';

export interface BuildSettings {
  readonly listUrl: string | undefined;
  readonly trustedKeys: readonly TrustedKey[];
  readonly seedListPath: string;
  readonly syncHours: number;
  readonly reportEndpoint: string | undefined;
}

const root = resolve(import.meta.dirname, '../..');

function checkedUrl(value: string | undefined, name: string): string | undefined {
  if (!value) return undefined;
  const url = new URL(value);
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) throw new Error(`${name} must be https (or http on localhost)`);
  return url.href;
}

export function buildSettings(env: NodeJS.ProcessEnv): BuildSettings {
  const keysPath = resolve(root, env['HG_TRUSTED_KEYS'] ?? 'keys/trusted-keys.json');
  const keys = (JSON.parse(readFileSync(keysPath, 'utf8')) as { keys?: TrustedKey[] }).keys ?? [];
  const listUrl = checkedUrl(env['HG_LIST_URL'], 'HG_LIST_URL');
  if (listUrl && keys.length === 0) {
    throw new Error(`HG_LIST_URL is set but ${keysPath} trusts no keys: every downloaded list would be rejected`);
  }
  const syncHours = Number(env['HG_SYNC_HOURS'] ?? 6);
  if (!(syncHours >= 1 && syncHours <= 168)) throw new Error('HG_SYNC_HOURS must be between 1 and 168');
  return {
    listUrl,
    trustedKeys: keys,
    seedListPath: resolve(root, env['HG_SEED_LIST'] ?? 'lists/seed.json'),
    syncHours,
    reportEndpoint: checkedUrl(env['HG_REPORT_ENDPOINT'], 'HG_REPORT_ENDPOINT'),
  };
}
