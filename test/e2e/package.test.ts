/**
 * What the stores receive: the built manifests expose nothing to web pages and carry what each store
 * requires.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSettings, builtInOrigins } from '../../tools/build/build-settings.ts';

const manifest = (target: string): Record<string, unknown> => JSON.parse(readFileSync(`dist/${target}/manifest.json`, 'utf8')) as Record<string, unknown>;

describe('built manifests', () => {
  for (const target of ['chrome', 'firefox']) {
    it(`${target}: no web_accessible_resources, so pages cannot fingerprint the extension`, () => {
      expect(manifest(target)['web_accessible_resources']).toBeUndefined();
    });
  }
  it('host permissions: exactly the report service origin this build was made for, in both browsers', () => {
    const expected = builtInOrigins(buildSettings(process.env));
    expect(expected).toHaveLength(1);
    for (const target of ['chrome', 'firefox']) expect(manifest(target)['host_permissions']).toEqual(expected);
  });
  it('chrome: a service worker; firefox: background scripts', () => {
    expect(manifest('chrome')['background']).toMatchObject({ service_worker: expect.any(String) });
    expect(manifest('firefox')['background']).toMatchObject({ scripts: [expect.any(String)] });
  });
});
