/**
 * Stored settings are read from whatever is there: every earlier schema version (one stored fixture per
 * version, so a new version cannot ship without its migration being tested), corrupted values, and data that
 * a newer or broken build wrote. Reading never throws, always yields valid settings, keeps every field it can
 * read, and says when it had to repair something.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultSettings, isHttpUrl, normaliseSettings, readSettings, SETTINGS_KEY, SETTINGS_SCHEMA, type Settings } from '../../../src/shared/storage/settings.ts';
import { MemoryStorage } from '../support/memory-storage.ts';

const defaults = defaultSettings(6);
const fixture = (version: number): { stored: unknown; expected: Settings } =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../../fixtures/settings/v${version}.json`), 'utf8')) as { stored: unknown; expected: Settings };

function isValid(settings: Settings): boolean {
  return (
    settings.schema === SETTINGS_SCHEMA &&
    ['low', 'normal', 'high'].includes(settings.sensitivity) &&
    ['auto', 'en', 'nl', 'de', 'fr'].includes(settings.language) &&
    (settings.listUrl === undefined || isHttpUrl(settings.listUrl)) &&
    (settings.reportEndpoint === undefined || isHttpUrl(settings.reportEndpoint)) &&
    Number.isFinite(settings.syncHours) && settings.syncHours >= 1 && settings.syncHours <= 168
  );
}

describe('settings upgrades', () => {
  for (let version = 1; version <= SETTINGS_SCHEMA; version++) {
    it(`reads settings stored by schema ${version} without losing a field`, () => {
      const { stored, expected } = fixture(version);
      expect(normaliseSettings(stored, defaults)).toEqual({ settings: expected, repaired: false });
    });
  }

  it('a schema it has no migration for is read field by field and reported as repaired', () => {
    const read = normaliseSettings({ schema: 0, sensitivity: 'low', language: 'fr' }, defaults);
    expect(read).toEqual({ settings: { ...defaults, sensitivity: 'low', language: 'fr' }, repaired: true });
  });
});

describe('settings from hostile or corrupted storage', () => {
  const field = fc.oneof(fc.constant(undefined), fc.constant(null), fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constantFrom('low', 'high', 'nl', 'auto', 'https://x.example/', 'javascript:alert(1)', 'http://localhost:8080/r'));
  const storedSettings = fc.oneof(
    fc.anything(),
    fc.record({ schema: fc.oneof(fc.constant(1), field), sensitivity: field, language: field, listUrl: field, syncHours: field, reportEndpoint: field }, { requiredKeys: [] }),
  );

  it('never throws, always yields valid settings, and keeps every valid field', () => {
    fc.assert(
      fc.property(storedSettings, (stored) => {
        const { settings, repaired } = normaliseSettings(stored, defaults);
        expect(isValid(settings)).toBe(true);
        if (typeof stored === 'object' && stored !== null && !Array.isArray(stored)) {
          const s = stored as Record<string, unknown>;
          if (s['sensitivity'] === 'low' || s['sensitivity'] === 'high') expect(settings.sensitivity).toBe(s['sensitivity']);
          if (isHttpUrl(s['reportEndpoint'])) expect(settings.reportEndpoint).toBe(s['reportEndpoint']);
        }
        if (!repaired && stored !== undefined) expect(settings).toEqual(stored);
      }),
      { numRuns: 3000 },
    );
  });

  it('falls back to defaults, marked repaired, when storage itself fails', async () => {
    const broken = new MemoryStorage();
    broken.get = async () => {
      throw new Error('IO error: database corrupted');
    };
    expect(await readSettings(broken, defaults)).toEqual({ settings: defaults, repaired: true });
    const garbage = new MemoryStorage();
    await garbage.set({ [SETTINGS_KEY]: 'not an object' });
    expect(await readSettings(garbage, defaults)).toEqual({ settings: defaults, repaired: true });
  });
});
