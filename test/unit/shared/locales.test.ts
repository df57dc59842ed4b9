/**
 * Every locale has every English key with the same placeholders, every English key explains itself to
 * translators, and every key the code uses exists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES, type CatalogEntry } from '../../../src/shared/i18n.ts';

const root = join(import.meta.dirname, '../../..');
const load = (locale: string): Record<string, CatalogEntry> =>
  JSON.parse(readFileSync(join(root, '_locales', locale, 'messages.json'), 'utf8')) as Record<string, CatalogEntry>;
const english = load('en');
/** Names that stay the same in every language. */
const SAME_EVERYWHERE = new Set(['extName']);
const locales = readdirSync(join(root, '_locales')).filter((l) => l !== 'en');
// Listed, not only found: the loops below then check every language the extension offers.
for (const expected of SUPPORTED_LOCALES) if (expected !== 'en' && !locales.includes(expected)) locales.push(expected);

function placeholdersOf(entry: CatalogEntry): string[] {
  const named = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => (m[1] ?? '').toLowerCase());
  return [...new Set(named)].sort();
}

describe('locales', () => {
  it('ships English, Dutch, German and French', () => {
    expect(locales.sort()).toEqual(expect.arrayContaining(['nl']));
    // Exactly these: a missing folder would otherwise just mean fewer locales for the loops below to check.
    expect(['en', ...locales].sort()).toEqual([...SUPPORTED_LOCALES].sort());
  });

  it('English keys all carry a description for translators', () => {
    const missing = Object.entries(english).filter(([, e]) => !e.description).map(([k]) => k);
    expect(missing).toEqual([]);
  });

  it('English messages define every placeholder they use', () => {
    for (const [key, entry] of Object.entries(english)) {
      const defined = Object.keys(entry.placeholders ?? {}).map((p) => p.toLowerCase()).sort();
      expect(placeholdersOf(entry), key).toEqual(defined);
    }
  });

  for (const locale of locales) {
    describe(locale, () => {
      const catalog = load(locale);
      it('has exactly the English keys', () => {
        expect(Object.keys(catalog).sort()).toEqual(Object.keys(english).sort());
      });
      it('uses the same placeholders as English in every message', () => {
        for (const [key, entry] of Object.entries(english)) {
          const translated = catalog[key];
          if (!translated) continue;
          expect(placeholdersOf(translated), `${locale}/${key}`).toEqual(placeholdersOf(entry));
          expect(Object.keys(translated.placeholders ?? {}).sort(), `${locale}/${key}`).toEqual(Object.keys(entry.placeholders ?? {}).sort());
          // Each placeholder takes the same substitution ($1, $2 …) as in English, or values land in the wrong place.
          const contents = (e: CatalogEntry): Record<string, string> =>
            Object.fromEntries(Object.entries(e.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
          expect(contents(translated), `${locale}/${key}`).toEqual(contents(entry));
        }
      });
      it('translates rather than copies the English text', () => {
        const same = Object.entries(catalog).filter(([k, e]) => !SAME_EVERYWHERE.has(k) && e.message === english[k]?.message && e.message.length > 12);
        expect(same.map(([k]) => k)).toEqual([]);
      });
    });
  }

  // Plain language (CONTRIBUTING.md, "Words we use"): the people this protects are often older, not
  // technical and frightened. A long sentence or a technical word is a reason for them to stop reading.
  describe('plain language', () => {
    const MAX_WORDS = 25;
    const sentences = (message: string): string[] =>
      message.replace(/\$[A-Z_]+\$/g, 'X').split(/(?<=[.!?;:])\s+|\n/).map((s) => s.trim()).filter(Boolean);
    const JARGON: Readonly<Record<string, RegExp>> = {
      en: /remote-access|premium-rate|list server|\bverified\b|signed|report address|\bdismiss|endpoint|\bserver\b|\bJSON\b|\bsync/i,
      nl: /lijstserver|\bserver\b|nagemaakte|laad haar|bewaart haar|wordt er precies|controleer op een nieuwe|gewaarschuwd\)|ondertekend|endpoint|\bJSON\b/i,
      de: /listenserver|\bserver\b|signiert|fernwartung|endpoint|\bJSON\b/i,
      fr: /serveur|signée|prise en main à distance|surtaxé|endpoint|\bJSON\b/i,
    };
    for (const locale of ['en', ...locales]) {
      const catalog = locale === 'en' ? english : load(locale);
      it(`${locale}: no sentence is longer than ${MAX_WORDS} words`, () => {
        const long = Object.entries(catalog).flatMap(([key, e]) =>
          sentences(e.message).filter((s) => s.split(/\s+/).length > MAX_WORDS).map((s) => `${key}: ${s}`));
        expect(long).toEqual([]);
      });
      it(`${locale}: uses none of the words we avoid`, () => {
        const pattern = JARGON[locale];
        const found = Object.entries(catalog).filter(([, e]) => pattern?.test(e.message)).map(([key, e]) => `${key}: ${e.message}`);
        expect(found).toEqual([]);
      });
      it(`${locale}: hiding the warning is never called "close", which reads as closing the page`, () => {
        expect(catalog['bannerDismiss']?.message).not.toMatch(/close|sluit|schlie|ferme/i);
      });
    }
  });

  it('every key the code and pages use exists in English', () => {
    const used = new Set<string>();
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, name.name);
        if (name.isDirectory()) walk(path);
        else if (/\.(ts|html)$/.test(name.name)) {
          const text = readFileSync(path, 'utf8');
          for (const m of text.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.add(m[1] ?? '');
          for (const m of text.matchAll(/data-i18n(?:-[a-z]+)?="([A-Za-z0-9_]+)"/g)) used.add(m[1] ?? '');
          for (const m of text.matchAll(/key: '([A-Za-z]+)'/g)) used.add(m[1] ?? '');
        }
      }
    };
    walk(join(root, 'src'));
    const manifest = readFileSync(join(root, 'manifest.json'), 'utf8');
    for (const m of manifest.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) used.add(m[1] ?? '');
    expect([...used].filter((k) => !(k in english)).sort()).toEqual([]);
  });
});
