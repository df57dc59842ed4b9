/**
 * The user's settings, typed and versioned. Stored data is never trusted to have the right shape (another
 * version wrote it, or it was corrupted): reading validates every field and falls back to the default for
 * a bad one, and says so, so the options page can tell the user instead of the extension breaking.
 */
import type { Sensitivity } from '../../core/verdict/score-evidence.ts';
import { isSupportedLocale, type SupportedLocale } from '../i18n.ts';
import type { StorageArea } from './storage-area.ts';

export const SETTINGS_KEY = 'settings';
export const SETTINGS_SCHEMA = 1;

export interface Settings {
  readonly schema: typeof SETTINGS_SCHEMA;
  readonly sensitivity: Sensitivity;
  /** 'auto' follows the browser's language. */
  readonly language: 'auto' | SupportedLocale;
  /** Block-list URL chosen by the user; undefined uses the one fixed at build time. */
  readonly listUrl: string | undefined;
  readonly syncHours: number;
  /** Where reports go; undefined means reporting to a server is off. */
  readonly reportEndpoint: string | undefined;
}

export function defaultSettings(syncHours: number): Settings {
  return { schema: SETTINGS_SCHEMA, sensitivity: 'normal', language: 'auto', listUrl: undefined, syncHours, reportEndpoint: undefined };
}

export interface SettingsRead {
  readonly settings: Settings;
  /** Set when stored settings were unreadable and defaults were used for some or all of them. */
  readonly repaired: boolean;
}

const SENSITIVITIES: readonly Sensitivity[] = ['low', 'normal', 'high'];

export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 2048) return false;
  try {
    const url = new URL(value);
    const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
    return url.protocol === 'https:' || (url.protocol === 'http:' && local);
  } catch {
    return false;
  }
}

/**
 * One step per schema version: MIGRATIONS[n] turns settings written as version n into version n + 1. Version
 * 1 is the first released shape, so there are none yet; each new version adds its step here and a stored
 * fixture `test/fixtures/settings/v<n>.json` (the settings test requires one per version). Migrations only
 * run on read: stored data is never rewritten until the user saves, so a failed step loses nothing.
 */
const MIGRATIONS: Readonly<Record<number, (old: Record<string, unknown>) => Record<string, unknown>>> = {};

function migrate(stored: Record<string, unknown>): { value: Record<string, unknown>; ok: boolean } {
  let value = stored;
  let version = value['schema'];
  while (typeof version === 'number' && Number.isInteger(version) && version < SETTINGS_SCHEMA) {
    const step = MIGRATIONS[version];
    if (!step) return { value, ok: false };
    try {
      value = { ...step(value), schema: version + 1 };
    } catch {
      return { value: stored, ok: false };
    }
    version = value['schema'];
  }
  return { value, ok: version === SETTINGS_SCHEMA };
}

/** Validates stored settings field by field; anything unreadable falls back to its default. */
export function normaliseSettings(stored: unknown, defaults: Settings): SettingsRead {
  if (stored === undefined) return { settings: defaults, repaired: false };
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return { settings: defaults, repaired: true };
  const migrated = migrate(stored as Record<string, unknown>);
  const s = migrated.value;
  let repaired = !migrated.ok;
  const pick = <T>(key: string, valid: (v: unknown) => v is T, fallback: T, optional = false): T => {
    const value = s[key];
    if (valid(value) || (optional && value === undefined)) return value as T;
    repaired = true;
    return fallback;
  };
  const settings: Settings = {
    schema: SETTINGS_SCHEMA,
    sensitivity: pick('sensitivity', (v): v is Sensitivity => SENSITIVITIES.includes(v as Sensitivity), defaults.sensitivity),
    language: pick('language', (v): v is Settings['language'] => v === 'auto' || isSupportedLocale(v), defaults.language),
    listUrl: pick('listUrl', isHttpUrl, undefined, true),
    syncHours: pick('syncHours', (v): v is number => typeof v === 'number' && v >= 1 && v <= 168, defaults.syncHours),
    reportEndpoint: pick('reportEndpoint', isHttpUrl, undefined, true),
  };
  return { settings, repaired };
}

export async function readSettings(area: StorageArea, defaults: Settings): Promise<SettingsRead> {
  try {
    const stored = await area.get(SETTINGS_KEY);
    return normaliseSettings(stored[SETTINGS_KEY], defaults);
  } catch {
    return { settings: defaults, repaired: true };
  }
}

export async function writeSettings(area: StorageArea, settings: Settings): Promise<void> {
  await area.set({ [SETTINGS_KEY]: settings });
}
