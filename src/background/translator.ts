/**
 * The translator for the user's chosen language: the browser's own when the setting is "auto", otherwise
 * the chosen catalogue from the packaged `_locales` (English fills any gap). Catalogues are cached for the
 * life of the worker.
 */
import { browserTranslator, catalogTranslator, type CatalogEntry, type SupportedLocale, type Translate } from '../shared/i18n.ts';
import { loadCatalog } from '../shared/load-catalog.ts';
import { browser } from '../shared/platform.ts';

const catalogs = new Map<SupportedLocale, Promise<Record<string, CatalogEntry>>>();

export interface LocalisedTranslator {
  readonly t: Translate;
  readonly lang: string;
}

export async function translatorFor(language: 'auto' | SupportedLocale): Promise<LocalisedTranslator> {
  const browserT = browserTranslator((key, subs) => browser.i18n.getMessage(key, subs));
  if (language === 'auto') return { t: browserT, lang: browser.i18n.getMessage('@@ui_locale').replace('_', '-') || 'en' };
  let catalog = catalogs.get(language);
  if (!catalog) {
    catalog = loadCatalog(language, browser.runtime);
    catalogs.set(language, catalog);
  }
  try {
    return { t: catalogTranslator(await catalog, browserT), lang: language };
  } catch {
    catalogs.delete(language);
    return { t: browserT, lang: 'en' };
  }
}
