/**
 * The slice of `browser.storage.*` that the storage modules use, so they take the area as a parameter and
 * run under Vitest with a plain in-memory fake.
 */
export interface StorageArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}
