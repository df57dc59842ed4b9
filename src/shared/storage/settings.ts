/**
 * Reading and writing the user's settings (their shape, migrations and validation: settings-schema.ts).
 * Reading never throws: a storage failure reads as the defaults, marked repaired.
 */
import type { StorageArea } from './storage-area.ts';
import { readEntry, writeEntry } from './storage-entry.ts';
import { STORAGE } from './storage-keys.ts';
import type { Settings, SettingsRead } from './settings-schema.ts';

export * from './settings-schema.ts';

/** The key's name, for code that watches `storage.onChanged`. */
export const SETTINGS_KEY = STORAGE.settings.key;

export async function readSettings(area: StorageArea, defaults: Settings): Promise<SettingsRead> {
  try {
    return await readEntry(area, STORAGE.settings, defaults);
  } catch {
    return { settings: defaults, repaired: true };
  }
}

export async function writeSettings(area: StorageArea, settings: Settings): Promise<void> {
  await writeEntry(area, STORAGE.settings, settings);
}
