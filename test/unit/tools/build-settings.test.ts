/**
 * The build settings decide where every install sends reports and which lists it trusts, so each rule is
 * pinned here: a development build points at the local service and trusts its key when there is one, never
 * fails for want of a key; a release build refuses to be built without an https service and a key.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSettings, builtInOrigins } from '../../../tools/build/build-settings.ts';

const key = (id: string): { id: string; algorithm: string; spki: string } => ({ id, algorithm: 'ECDSA-P256-SHA256', spki: `MFkw${id}` });

function keysFile(ids: string[], name = 'trusted-keys.json'): string {
  const dir = mkdtempSync(join(tmpdir(), 'hg-build-'));
  writeFileSync(join(dir, name), JSON.stringify({ keys: ids.map(key) }));
  return join(dir, name);
}

/** An HG_SERVER_DATA folder as `npm run server` leaves it, or an empty one. */
function serverData(ids: string[] | undefined): string {
  if (!ids) return mkdtempSync(join(tmpdir(), 'hg-server-'));
  return join(keysFile(ids), '..');
}

const noKeys = keysFile([]);

describe('development build settings', () => {
  it('points at the local service by default and trusts the key the local service wrote', () => {
    const s = buildSettings({ HG_TRUSTED_KEYS: noKeys, HG_SERVER_DATA: serverData(['local-1']) });
    expect(s).toMatchObject({
      release: false,
      serviceUrl: 'http://localhost:8787',
      listUrl: 'http://localhost:8787/v1/list.json',
      reportEndpoint: 'http://localhost:8787/v1/reports',
      syncHours: 1,
      warnings: [],
    });
    expect(s.trustedKeys.map((k) => k.id)).toEqual(['local-1']);
  });

  it('with no key anywhere keeps the list off and reports on, and says so without failing', () => {
    const s = buildSettings({ HG_TRUSTED_KEYS: noKeys, HG_SERVER_DATA: serverData(undefined) });
    expect(s.listUrl).toBeUndefined();
    expect(s.reportEndpoint).toBe('http://localhost:8787/v1/reports');
    expect(s.warnings.join()).toContain('seed list only');
    // Even an explicit list URL does not fail a development build.
    expect(buildSettings({ HG_TRUSTED_KEYS: noKeys, HG_SERVER_DATA: serverData(undefined), HG_LIST_URL: 'https://lists.example/l.json' }).listUrl).toBeUndefined();
  });

  it('derives both addresses from HG_SERVICE_URL, lets each be overridden, and merges keys without duplicates', () => {
    const s = buildSettings({
      HG_SERVICE_URL: 'https://service.example/hg/', HG_REPORT_ENDPOINT: 'https://reports.example/in',
      HG_TRUSTED_KEYS: keysFile(['a', 'b']), HG_SERVER_DATA: serverData(['b', 'c']),
    });
    expect(s).toMatchObject({ serviceUrl: 'https://service.example/hg', listUrl: 'https://service.example/hg/v1/list.json', reportEndpoint: 'https://reports.example/in' });
    expect(s.trustedKeys.map((k) => k.id)).toEqual(['a', 'b', 'c']);
    expect(builtInOrigins(s)).toEqual(['https://service.example/*', 'https://reports.example/*']);
    expect(buildSettings({ HG_TRUSTED_KEYS: keysFile(['a']), HG_SERVER_DATA: serverData(undefined), HG_LIST_URL: 'https://lists.example/l.json' }).listUrl).toBe('https://lists.example/l.json');
  });

  it('ignores a broken local key file with a warning; a build without a service sends nothing', () => {
    const data = mkdtempSync(join(tmpdir(), 'hg-server-'));
    writeFileSync(join(data, 'trusted-keys.json'), '{"keys":[{"id":1}]}');
    expect(buildSettings({ HG_TRUSTED_KEYS: noKeys, HG_SERVER_DATA: data }).warnings.join()).toContain('ignored');
    expect(buildSettings({ HG_TRUSTED_KEYS: noKeys, HG_SERVER_DATA: data, HG_SERVICE_URL: 'none' })).toMatchObject({ serviceUrl: undefined, listUrl: undefined, reportEndpoint: undefined });
  });

  it('refuses addresses that are not https (http only on localhost) and intervals out of range', () => {
    expect(() => buildSettings({ HG_TRUSTED_KEYS: noKeys, HG_SERVICE_URL: 'http://service.example' })).toThrow(/HG_SERVICE_URL must be https/);
    expect(() => buildSettings({ HG_TRUSTED_KEYS: noKeys, HG_SERVICE_URL: 'not a url' })).toThrow(/HG_SERVICE_URL is not a URL/);
    expect(() => buildSettings({ HG_TRUSTED_KEYS: noKeys, HG_SYNC_HOURS: '0.5' })).toThrow(/HG_SYNC_HOURS/);
    expect(buildSettings({ HG_TRUSTED_KEYS: noKeys, HG_SYNC_HOURS: '6' }).syncHours).toBe(6);
  });
});

describe('release build settings (HG_RELEASE=1)', () => {
  const release = { HG_RELEASE: '1', HG_SERVER_DATA: serverData(['local-dev']) };

  it('refuses to build without a service URL, with an https one only, and without a trusted key', () => {
    expect(() => buildSettings({ ...release, HG_TRUSTED_KEYS: keysFile(['a']) })).toThrow(/HG_SERVICE_URL/);
    expect(() => buildSettings({ ...release, HG_TRUSTED_KEYS: keysFile(['a']), HG_SERVICE_URL: 'http://localhost:8787' })).toThrow(/HG_SERVICE_URL must be an https/);
    expect(() => buildSettings({ ...release, HG_TRUSTED_KEYS: noKeys, HG_SERVICE_URL: 'https://service.example' })).toThrow(/trusted key.*HG_TRUSTED_KEYS/);
    expect(() => buildSettings({ ...release, HG_TRUSTED_KEYS: keysFile(['a']), HG_SERVICE_URL: 'https://service.example', HG_REPORT_ENDPOINT: 'http://localhost/r' })).toThrow(/HG_REPORT_ENDPOINT/);
  });

  it('builds with both, and never trusts the local development service key', () => {
    const s = buildSettings({ ...release, HG_TRUSTED_KEYS: keysFile(['prod-1']), HG_SERVICE_URL: 'https://service.example' });
    expect(s).toMatchObject({ release: true, listUrl: 'https://service.example/v1/list.json', reportEndpoint: 'https://service.example/v1/reports' });
    expect(s.trustedKeys.map((k) => k.id)).toEqual(['prod-1']);
  });
});
