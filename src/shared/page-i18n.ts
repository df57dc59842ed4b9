/**
 * Translation for the extension's own pages (popup, options, leave page): the user's language setting,
 * then `data-i18n` attributes filled with textContent, never HTML.
 */
import { browserTranslator, catalogTranslator, isSupportedLocale, type CatalogEntry, type MessageKey, type Translate } from './i18n.ts';
import { browser } from './platform.ts';
import { SETTINGS_KEY } from './storage/settings.ts';

export interface PageTranslator {
  readonly t: Translate;
  readonly lang: string;
}

export async function pageTranslator(): Promise<PageTranslator> {
  const fallback = browserTranslator((key, subs) => browser.i18n.getMessage(key, subs));
  const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as { language?: unknown } | undefined;
  const language = stored?.language;
  if (!isSupportedLocale(language)) return { t: fallback, lang: browser.i18n.getUILanguage() };
  try {
    const response = await fetch(browser.runtime.getURL(`_locales/${language}/messages.json`));
    return { t: catalogTranslator((await response.json()) as Record<string, CatalogEntry>, fallback), lang: language };
  } catch {
    return { t: fallback, lang: browser.i18n.getUILanguage() };
  }
}

/** Fills every element that names a message in `data-i18n` (text) or `data-i18n-<attr>` (attribute). */
export function localiseDocument(doc: Document, { t, lang }: PageTranslator): void {
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

export async function sendToBackground<T>(message: unknown): Promise<T> {
  return (await browser.runtime.sendMessage(message)) as T;
}
