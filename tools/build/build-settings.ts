/**
 * Settings fixed at build time, from the environment, so that whoever runs the report service can build the
 * extension against it without touching code:
 *
 *   HG_RELEASE           1 for a release build (`npm run package` sets it); anything else is a development build
 *   HG_SERVICE_URL       base URL of the report service (list and reports). Development default:
 *                        http://localhost:8787 (where `npm run server` listens). Release: required, https.
 *   HG_LIST_URL          the signed block list to sync (default <HG_SERVICE_URL>/v1/list.json)
 *   HG_REPORT_ENDPOINT   where reports go by default (default <HG_SERVICE_URL>/v1/reports)
 *   HG_TRUSTED_KEYS      path of the trusted public keys (default keys/trusted-keys.json)
 *   HG_SERVER_DATA       the local service's data folder (default ~/.helpdesk-guard/server); a development
 *                        build also trusts the key in its trusted-keys.json, when that file exists
 *   HG_SEED_LIST         path of the bundled seed list (default lists/seed.json)
 *   HG_SYNC_HOURS        default sync interval in hours (default 1)
 *
 * A development build never fails for want of a key: with none it ships the seed list only (no list URL)
 * and still sends reports to the service. A release build refuses to build without an https service and at
 * least one trusted key, because an extension in the stores that cannot sync protects less every week.
 */
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TrustedKey } from '../../src/core/blocklist/verify-signature.ts';

export interface BuildSettings {
  readonly release: boolean;
  /** The service's base URL, without a trailing slash; undefined only if a build says HG_SERVICE_URL=none. */
  readonly serviceUrl: string | undefined;
  readonly listUrl: string | undefined;
  readonly trustedKeys: readonly TrustedKey[];
  readonly seedListPath: string;
  readonly syncHours: number;
  /** The built-in report endpoint (the service's, unless HG_REPORT_ENDPOINT says otherwise). */
  readonly reportEndpoint: string | undefined;
  /** Things a developer should know about this build (no key found, list off); printed, never fatal. */
  readonly warnings: readonly string[];
}

export const DEV_SERVICE_URL = 'http://localhost:8787';
const root = resolve(import.meta.dirname, '../..');

function checkedUrl(value: string | undefined, name: string, release: boolean): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} is not a URL: ${value}`);
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (release && url.protocol !== 'https:') throw new Error(`${name} must be an https:// URL in a release build (HG_RELEASE=1), not ${value}`);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) throw new Error(`${name} must be https (or http on localhost)`);
  return url.href;
}

function isTrustedKey(value: unknown): value is TrustedKey {
  const key = value as Partial<Record<keyof TrustedKey, unknown>>;
  return typeof value === 'object' && value !== null && typeof key.id === 'string' && typeof key.algorithm === 'string' && typeof key.spki === 'string';
}

function readKeys(path: string): TrustedKey[] {
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as { keys?: unknown };
  const keys = Array.isArray(parsed.keys) ? parsed.keys : [];
  if (!keys.every(isTrustedKey)) throw new Error(`${path}: every key needs an id, an algorithm and an spki`);
  return keys;
}

/** The local service's public key, which `npm run server` writes; a development build trusts it too. */
function localServiceKeys(env: NodeJS.ProcessEnv, warnings: string[]): TrustedKey[] {
  const path = join(env['HG_SERVER_DATA'] || join(homedir(), '.helpdesk-guard', 'server'), 'trusted-keys.json');
  if (!existsSync(path)) return [];
  try {
    return readKeys(path);
  } catch (error) {
    warnings.push(`ignored the local service's key file: ${error instanceof Error ? error.message : String(error)}`);
    return [];
  }
}

function withoutDuplicates(keys: readonly TrustedKey[]): TrustedKey[] {
  const byKey = new Map(keys.map((k) => [`${k.id} ${k.spki}`, k]));
  return [...byKey.values()];
}

function serviceBase(env: NodeJS.ProcessEnv, release: boolean): string | undefined {
  const value = env['HG_SERVICE_URL'];
  if (release && !value) throw new Error('a release build (HG_RELEASE=1) needs HG_SERVICE_URL, the https:// base URL of the report service');
  if (value === 'none' && !release) return undefined;
  return checkedUrl(value || DEV_SERVICE_URL, 'HG_SERVICE_URL', release)?.replace(/\/+$/, '');
}

export function buildSettings(env: NodeJS.ProcessEnv): BuildSettings {
  const release = env['HG_RELEASE'] === '1';
  const warnings: string[] = [];
  const serviceUrl = serviceBase(env, release);
  const keysPath = resolve(root, env['HG_TRUSTED_KEYS'] || 'keys/trusted-keys.json');
  const keys = withoutDuplicates([...readKeys(keysPath), ...(release ? [] : localServiceKeys(env, warnings))]);
  let listUrl = checkedUrl(env['HG_LIST_URL'] || (serviceUrl && `${serviceUrl}/v1/list.json`), 'HG_LIST_URL', release);
  if (listUrl && keys.length === 0) {
    if (release) throw new Error(`a release build (HG_RELEASE=1) needs at least one trusted key: ${keysPath} trusts none (set HG_TRUSTED_KEYS)`);
    warnings.push(`no trusted key (${keysPath}, HG_SERVER_DATA): the list URL is off and this build runs on the seed list only`);
    listUrl = undefined;
  }
  const syncHours = Number(env['HG_SYNC_HOURS'] || 1);
  if (!(syncHours >= 1 && syncHours <= 168)) throw new Error('HG_SYNC_HOURS must be between 1 and 168');
  return {
    release,
    serviceUrl,
    listUrl,
    trustedKeys: keys,
    seedListPath: resolve(root, env['HG_SEED_LIST'] || 'lists/seed.json'),
    syncHours,
    reportEndpoint: checkedUrl(env['HG_REPORT_ENDPOINT'] || (serviceUrl && `${serviceUrl}/v1/reports`), 'HG_REPORT_ENDPOINT', release),
    warnings,
  };
}

/** Origin patterns for every address fixed at build time, so the list sync and reports need no prompt. */
export function builtInOrigins(settings: Pick<BuildSettings, 'serviceUrl' | 'listUrl' | 'reportEndpoint'>): string[] {
  const urls = [settings.serviceUrl, settings.listUrl, settings.reportEndpoint].filter((u): u is string => Boolean(u));
  return [...new Set(urls.map((u) => new URL(u)).map((u) => `${u.protocol}//${u.hostname}/*`))];
}
