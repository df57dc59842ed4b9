/**
 * Translation for the extension's own pages (popup, options, leave page): the user's language setting,
 * then `data-i18n` attributes filled with textContent, never HTML. `lang` is also the locale for dates and
 * numbers (locale-tag.ts), so a British reader gets 24/05/2025, not the American 5/24/2025.
 */
import { browserTranslator, catalogTranslator, isSupportedLocale, spokenLanguage, type MessageKey, type Translate } from './i18n.ts';
import { loadCatalog } from './load-catalog.ts';
import { localeTag } from './locale-tag.ts';
import { browser } from './platform.ts';
import { defaultSettings } from './storage/settings.ts';
import { readEntry } from './storage/storage-entry.ts';
import { STORAGE } from './storage/storage-keys.ts';

export interface ExtensionPageTranslator {
  readonly t: Translate;
  /** BCP 47 tag of the language spoken, with the reader's region when they have one ("en-GB", "nl-BE"). */
  readonly lang: string;
}

export async function extensionPageTranslator(): Promise<ExtensionPageTranslator> {
  const fallback = browserTranslator((key, subs) => browser.i18n.getMessage(key, subs));
  // Only the language is read here; the sync interval in the defaults does not matter to it.
  const { language } = (await readEntry(browser.storage.local, STORAGE.settings, defaultSettings(1))).settings;
  const uiLanguage = browser.i18n.getUILanguage();
  const preferred = [uiLanguage, ...(globalThis.navigator?.languages ?? [])];
  const browserLang = localeTag(spokenLanguage('auto', uiLanguage), preferred);
  if (!isSupportedLocale(language)) return { t: fallback, lang: browserLang };
  try {
    return { t: catalogTranslator(await loadCatalog(language, browser.runtime), fallback), lang: localeTag(language, preferred) };
  } catch {
    return { t: fallback, lang: browserLang };
  }
}

/** Fills every element that names a message in `data-i18n` (text) or `data-i18n-<attr>` (attribute). */
export function localiseDocument(doc: Document, { t, lang }: ExtensionPageTranslator): void {
  doc.documentElement.lang = lang;
  for (const element of doc.querySelectorAll<HTMLElement>('[data-i18n]')) {
    element.textContent = t(element.dataset['i18n'] as MessageKey);
  }
  for (const element of doc.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    element.setAttribute('aria-label', t(element.dataset['i18nLabel'] as MessageKey));
  }
  for (const element of doc.querySelectorAll<HTMLElement>('[data-i18n-placeholder]')) {
    element.setAttribute('placeholder', t(element.dataset['i18nPlaceholder'] as MessageKey));
  }
}
