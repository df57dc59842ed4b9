/**
 * The locale for dates and numbers on the extension's pages: the language the page speaks, with the
 * reader's own region when one of their browser languages has it. The language alone is not enough:
 * `toLocaleDateString('en')` is American (5/24/2025) even for a British reader, and Firefox's UI language
 * is the build's ("en-US") while the reader's languages say "en-GB". English without any region is
 * written the way most of Europe reads it (en-GB: 24/05/2025), not the American way.
 */

const DEFAULT_REGION: Readonly<Record<string, string>> = { en: 'en-GB', nl: 'nl-NL', de: 'de-DE', fr: 'fr-FR' };

export function localeTag(language: string, preferred: readonly string[]): string {
  const primary = language.toLowerCase().split(/[-_]/)[0] ?? language;
  for (const tag of preferred) {
    const [lang, region] = tag.split(/[-_]/);
    if (lang?.toLowerCase() === primary && region && /^[A-Za-z]{2}$|^\d{3}$/.test(region)) return `${primary}-${region.toUpperCase()}`;
  }
  return DEFAULT_REGION[primary] ?? primary;
}
