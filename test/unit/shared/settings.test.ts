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
import {
  defaultSettings, isHttpUrl, normaliseSettings, readSettings, reportDestination, SETTINGS_KEY, SETTINGS_SCHEMA, type Settings,
} from '../../../src/shared/storage/settings.ts';
import { MemoryStorage } from '../support/memory-storage.ts';

const defaults = defaultSettings(1);
const fixture = (version: number): { stored: unknown; expected: Settings } =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../../fixtures/settings/v${version}.json`), 'utf8')) as { stored: unknown; expected: Settings };

function isValid(settings: Settings): boolean {
  return (
    settings.schema === SETTINGS_SCHEMA &&
    ['low', 'normal', 'high'].includes(settings.sensitivity) &&
    ['auto', 'en', 'nl', 'de', 'fr'].includes(settings.language) &&
    (settings.listUrl === undefined || isHttpUrl(settings.listUrl)) &&
    (settings.reportEndpoint === undefined || isHttpUrl(settings.reportEndpoint)) &&
    ['service', 'custom', 'off'].includes(settings.reportTarget) &&
    (settings.reportTarget !== 'custom' || settings.reportEndpoint !== undefined) &&
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

  it('1 → 2: a typed report address is kept; none becomes the service; the old default interval becomes the new one', () => {
    const v1 = { schema: 1, sensitivity: 'normal', language: 'auto', syncHours: 6 };
    expect(normaliseSettings(v1, defaults)).toEqual({ settings: { ...defaults }, repaired: false });
    expect(normaliseSettings({ ...v1, syncHours: 3 }, defaults).settings).toMatchObject({ syncHours: 3, reportTarget: 'service' });
    expect(normaliseSettings({ ...v1, reportEndpoint: 'http://localhost:9000/r' }, defaults).settings).toMatchObject({
      syncHours: 1, reportTarget: 'custom', reportEndpoint: 'http://localhost:9000/r',
    });
  });

  it('a custom target without a usable address falls back to the default target, and says so', () => {
    const read = normaliseSettings({ ...defaults, reportTarget: 'custom', reportEndpoint: 'javascript:alert(1)' }, defaults);
    expect(read).toEqual({ settings: { ...defaults, reportTarget: 'service', reportEndpoint: undefined }, repaired: true });
  });

  it('names the destination a report goes to for each target', () => {
    const service = 'https://service.example/v1/reports';
    expect(reportDestination({ reportTarget: 'service', reportEndpoint: 'https://mine.example/r' }, service)).toBe(service);
    expect(reportDestination({ reportTarget: 'custom', reportEndpoint: 'https://mine.example/r' }, service)).toBe('https://mine.example/r');
    expect(reportDestination({ reportTarget: 'off', reportEndpoint: 'https://mine.example/r' }, service)).toBeUndefined();
    expect(reportDestination({ reportTarget: 'service', reportEndpoint: undefined }, undefined)).toBeUndefined();
  });

  it('a schema it has no migration for is read field by field and reported as repaired', () => {
    const read = normaliseSettings({ schema: 0, sensitivity: 'low', language: 'fr' }, defaults);
    expect(read).toEqual({ settings: { ...defaults, sensitivity: 'low', language: 'fr' }, repaired: true });
  });
});

describe('settings from hostile or corrupted storage', () => {
  const field = fc.oneof(fc.constant(undefined), fc.constant(null), fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constantFrom('low', 'high', 'nl', 'auto', 'https://x.example/', 'javascript:alert(1)', 'http://localhost:8080/r'));
  const storedSettings = fc.oneof(
    fc.anything(),
    fc.record(
      { schema: fc.oneof(fc.constant(1), fc.constant(2), field), sensitivity: field, language: field, listUrl: field, syncHours: field, reportTarget: fc.oneof(field, fc.constantFrom('service', 'custom', 'off')), reportEndpoint: field },
      { requiredKeys: [] },
    ),
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
        // A current-schema record read without repair is kept exactly (older ones are migrated first).
        if (!repaired && (stored as { schema?: unknown } | undefined)?.schema === SETTINGS_SCHEMA) expect(settings).toEqual(stored);
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
