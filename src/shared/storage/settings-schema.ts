/**
 * The user's settings, typed and versioned: their shape, their migrations and their validation. Stored data
 * is never trusted to have the right shape (another version wrote it, or it was corrupted): reading
 * validates every field and falls back to the default for a bad one, and says so, so the options page can
 * tell the user instead of the extension breaking. Reading and writing them: settings.ts.
 */
import type { Sensitivity } from '../../core/verdict/score-evidence.ts';
import { isSupportedLocale, type SupportedLocale } from '../i18n.ts';
import { isVersion, runMigrations, type Migration } from './versions.ts';

export const SETTINGS_SCHEMA = 2;

/**
 * Where reports go: the report service this build was made for, an address the user typed, or nowhere
 * (reporting off: the numbers are still blocked for the user, nothing is sent).
 */
export type ReportTarget = 'service' | 'custom' | 'off';
const REPORT_TARGETS: readonly ReportTarget[] = ['service', 'custom', 'off'];

export interface Settings {
  readonly schema: typeof SETTINGS_SCHEMA;
  readonly sensitivity: Sensitivity;
  /** 'auto' follows the browser's language. */
  readonly language: 'auto' | SupportedLocale;
  /** Block-list URL chosen by the user; undefined uses the one fixed at build time. */
  readonly listUrl: string | undefined;
  readonly syncHours: number;
  readonly reportTarget: ReportTarget;
  /** The address the user typed; used when reportTarget is 'custom', kept otherwise so it can be chosen again. */
  readonly reportEndpoint: string | undefined;
}

export function defaultSettings(syncHours: number): Settings {
  return { schema: SETTINGS_SCHEMA, sensitivity: 'normal', language: 'auto', listUrl: undefined, syncHours, reportTarget: 'service', reportEndpoint: undefined };
}

/** The address a report goes to under these settings; undefined when nothing is sent. */
export function reportDestination(settings: Pick<Settings, 'reportTarget' | 'reportEndpoint'>, serviceEndpoint: string | undefined): string | undefined {
  if (settings.reportTarget === 'custom') return settings.reportEndpoint;
  return settings.reportTarget === 'service' ? serviceEndpoint : undefined;
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

/** The sync interval every build defaulted to before version 2. */
const OLD_DEFAULT_SYNC_HOURS = 6;

/**
 * One step per schema version: MIGRATIONS[n] turns settings written as version n into version n + 1. Each
 * new version adds its step here and a stored fixture `test/fixtures/settings/v<n>.json` (the settings test
 * requires one per version). Migrations only run on read: stored data is never rewritten until the user
 * saves, so a failed step loses nothing.
 */
const MIGRATIONS: Readonly<Record<number, Migration<Record<string, unknown>, Settings>>> = {
  /**
   * 1 → 2: the report service exists. A user who had typed a report address keeps it ('custom'). A user who
   * had none gets the service: "none" was the only choice before a service existed, not a refusal of one,
   * and every report is still previewed with its destination and sent only on the user's click.
   * The sync interval moves from the old default, 6 hours, to the new one (hourly), so a moderator's
   * decision reaches installs within the hour. Version 1 stored the whole settings object on any change,
   * so an untouched 6 cannot be told from a chosen 6; almost everyone at 6 never chose it, and for the
   * few who did the cost is one conditional request (a 304) an hour, which they can set back.
   */
  1: (old, defaults) => ({
    ...old,
    schema: 2,
    reportTarget: isHttpUrl(old['reportEndpoint']) ? 'custom' : 'service',
    syncHours: old['syncHours'] === OLD_DEFAULT_SYNC_HOURS ? defaults.syncHours : old['syncHours'],
  }),
};

function migrate(stored: Record<string, unknown>, defaults: Settings): { value: Record<string, unknown>; ok: boolean } {
  const version = stored['schema'];
  if (!isVersion(version) || version > SETTINGS_SCHEMA) return { value: stored, ok: false };
  return runMigrations(stored, version, SETTINGS_SCHEMA, MIGRATIONS, defaults);
}

/** Validates stored settings field by field; anything unreadable falls back to its default. */
export function normaliseSettings(stored: unknown, defaults: Settings): SettingsRead {
  if (stored === undefined) return { settings: defaults, repaired: false };
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return { settings: defaults, repaired: true };
  const migrated = migrate(stored as Record<string, unknown>, defaults);
  const s = migrated.value;
  let repaired = !migrated.ok;
  const pick = <T>(key: string, valid: (v: unknown) => v is T, fallback: T, optional = false): T => {
    const value = s[key];
    if (valid(value) || (optional && value === undefined)) return value as T;
    repaired = true;
    return fallback;
  };
  const reportEndpoint = pick('reportEndpoint', isHttpUrl, undefined, true);
  let reportTarget = pick('reportTarget', (v): v is ReportTarget => REPORT_TARGETS.includes(v as ReportTarget), defaults.reportTarget);
  if (reportTarget === 'custom' && reportEndpoint === undefined) {
    reportTarget = defaults.reportTarget;
    repaired = true;
  }
  const settings: Settings = {
    schema: SETTINGS_SCHEMA,
    sensitivity: pick('sensitivity', (v): v is Sensitivity => SENSITIVITIES.includes(v as Sensitivity), defaults.sensitivity),
    language: pick('language', (v): v is Settings['language'] => v === 'auto' || isSupportedLocale(v), defaults.language),
    listUrl: pick('listUrl', isHttpUrl, undefined, true),
    syncHours: pick('syncHours', (v): v is number => typeof v === 'number' && v >= 1 && v <= 168, defaults.syncHours),
    reportTarget,
    reportEndpoint,
  };
  return { settings, repaired };
}
