/**
 * The packaged translation catalogue of one language (`_locales/<lang>/messages.json`). The browser's own
 * i18n only speaks the browser's language, so when the user picks another one in the options, the
 * background (banner, badge, menu) and the extension's pages read that language's file themselves. It
 * throws when the file cannot be read; each caller then falls back to the browser's translator.
 */
import type { CatalogEntry, SupportedLocale } from './i18n.ts';

/** The part of `browser.runtime` used: passed in, so the loading runs under Vitest without the polyfill. */
export interface PackagedFiles {
  getURL(path: string): string;
}

export async function loadCatalog(
  locale: SupportedLocale,
  files: PackagedFiles,
  fetchFile: (url: string) => Promise<Response> = (url) => fetch(url),
): Promise<Record<string, CatalogEntry>> {
  const response = await fetchFile(files.getURL(`_locales/${locale}/messages.json`));
  return (await response.json()) as Record<string, CatalogEntry>;
}
