/**
 * Translation, typed on the English catalogue's keys, in Chrome's messages.json format. Two sources: the
 * browser's own `i18n.getMessage` (follows the browser language), or a catalogue loaded from `_locales` when
 * the user picked another language in the options. Both expand placeholders the same way, so a message
 * looks the same whichever path produced it.
 */
export type Catalog = typeof import('../../_locales/en/messages.json');
export type MessageKey = keyof Catalog;

export interface CatalogEntry {
  readonly message: string;
  readonly description?: string;
  readonly placeholders?: Readonly<Record<string, { readonly content: string; readonly example?: string }>>;
}

export type Translate = (key: MessageKey, ...substitutions: string[]) => string;

export const SUPPORTED_LOCALES = ['en', 'nl', 'de', 'fr'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

export function isSupportedLocale(value: unknown): value is SupportedLocale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

/**
 * The language the extension speaks under a language setting: the chosen one, or for 'auto' the browser's
 * language when there is a catalogue for it, else English (the manifest's default_locale), which is what the
 * browser's own i18n falls back to as well.
 */
export function spokenLanguage(setting: 'auto' | SupportedLocale, uiLanguage: string): SupportedLocale {
  if (setting !== 'auto') return setting;
  const primary = uiLanguage.toLowerCase().split(/[-_]/)[0];
  return isSupportedLocale(primary) ? primary : 'en';
}

/** Expands `$NAME$` placeholders and `$1`…`$9` substitutions exactly as browsers do for messages.json. */
export function formatEntry(entry: CatalogEntry, substitutions: readonly string[]): string {
  const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  const fill = (text: string): string => text.replace(/\$(\d)/g, (_, digit: string) => substitutions[Number(digit) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const content = placeholders.get(name.toLowerCase());
      return content === undefined ? whole : fill(content);
    })
    .replace(/\$\$/g, '$');
}

export function catalogTranslator(catalog: Readonly<Record<string, CatalogEntry>>, fallback?: Translate): Translate {
  return (key, ...substitutions) => {
    const entry = catalog[key];
    if (entry) return formatEntry(entry, substitutions);
    return fallback ? fallback(key, ...substitutions) : key;
  };
}

export function browserTranslator(getMessage: (key: string, substitutions?: string[]) => string): Translate {
  // An empty answer means a missing key: show the key rather than nothing, so the gap is noticed.
  return (key, ...substitutions) => getMessage(key, substitutions) || key;
}
