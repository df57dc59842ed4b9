/**
 * The page sets the evaluation walks: a corpus folder described by a manifest.csv (the shared tss-kits
 * layout: one row per file, with its language and near-duplicate family), the repository's own fixture
 * pages with their expected verdicts, and labelled text excerpts (records.jsonl).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseCsv } from '../list/csv.ts';

export interface EvalPage {
  readonly id: string;
  readonly set: 'corpus' | 'fixtures' | 'adversarial' | 'excerpts';
  readonly lang: string;
  /** 'scam' pages should be flagged; 'benign' ones should not be red (and ideally not amber). */
  readonly label: 'scam' | 'benign';
  /** The level a fixture declares; corpus and excerpt pages only have a label. */
  readonly expected?: 'scam' | 'suspicious' | 'clean';
  readonly url: string;
  /** Where the page's files are: the page itself plus whatever it loads relatively. */
  readonly root?: string;
  readonly path?: string;
  readonly html?: string;
  readonly group: string;
}

/** What kits read their number from; each gets a fictional number (555-01xx) so no real line is shown. */
export const KIT_PARAMETERS = ['phone', 'ph0ne', 'ph0n', 'ph0ne1', 'Anph', 'bcda'];

function kitUrl(host: string, path: string, lang: string): string {
  const number = lang === 'ja' ? '(0101) 844-555-0199' : '+1-844-555-0199';
  const query = KIT_PARAMETERS.map((p) => `${p}=${encodeURIComponent(number)}`).join('&');
  return `http://${host}/${path}?${query}`;
}

export function corpusPages(folder: string): EvalPage[] {
  const manifest = join(folder, 'manifest.csv');
  if (!existsSync(manifest)) throw new Error(`${manifest} not found: --corpus needs a folder with a manifest.csv (file,lang,… per page)`);
  return parseCsv(readFileSync(manifest, 'utf8')).map(({ fields }, index) => {
    const file = fields['file'] ?? '';
    const [kit = '', ...rest] = file.split('/');
    const host = `kit-${index}.eval.test`;
    const path = rest.join('/');
    return {
      id: file,
      set: 'corpus' as const,
      lang: fields['lang'] && fields['lang'] !== '?' ? fields['lang'] : 'unknown',
      label: 'scam' as const,
      url: kitUrl(host, path, fields['lang'] ?? ''),
      root: resolve(folder, kit),
      path,
      group: fields['dup_group'] || file,
    };
  });
}

export interface FixtureMeta {
  readonly note: string;
  readonly url: string;
  readonly lang?: string;
  readonly expect: { readonly level: 'scam' | 'suspicious' | 'clean'; readonly numbers: readonly string[] };
  /** Needs a real browser: scripts that write the number later, iframes, page behaviour. */
  readonly dynamic?: boolean;
}

export const FIXTURE_DIR = resolve(import.meta.dirname, '../../test/fixtures/pages');
/** Pages written to evade the detector (issue 16), reported as their own table. */
export const ADVERSARIAL_DIR = resolve(import.meta.dirname, '../../test/fixtures/adversarial');

/** The fixture table: the ordinary pages and the adversarial ones, each with its expected verdict. */
export function allFixturePages(): (EvalPage & { meta: FixtureMeta })[] {
  return [...fixturePages(), ...fixturePages(ADVERSARIAL_DIR, 'adversarial')];
}

export function fixturePages(dir = FIXTURE_DIR, set: 'fixtures' | 'adversarial' = 'fixtures'): (EvalPage & { meta: FixtureMeta })[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const meta = JSON.parse(readFileSync(join(dir, f), 'utf8')) as FixtureMeta;
      const name = f.replace(/\.json$/, '');
      const html = readFileSync(join(dir, `${name}.html`), 'utf8');
      return {
        id: name,
        set,
        lang: meta.lang ?? /<html[^>]*\blang="([a-z]{2})/i.exec(html)?.[1] ?? 'unknown',
        label: meta.expect.level === 'clean' || name.startsWith('benign') || name.startsWith('about-') ? ('benign' as const) : ('scam' as const),
        expected: meta.expect.level,
        url: meta.url,
        root: dir,
        html,
        group: name,
        meta,
      };
    });
}

interface ExcerptRecord {
  id: string;
  url: string;
  label: 'scam' | 'benign';
  lang: string;
  excerpt: string;
  subtype: string;
}

/** Each excerpt becomes a small page under its own address (so official-domain logic applies). */
export function excerptPages(file: string): EvalPage[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ExcerptRecord)
    .map((r) => {
      const url = new URL(r.url);
      const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      return {
        id: `${r.id} ${r.subtype}`,
        set: 'excerpts' as const,
        lang: r.lang,
        label: r.label,
        url: `http://${url.host}${url.pathname}`,
        html: `<!doctype html><html lang="${r.lang}"><head><meta charset="utf-8"><title>${escape(r.subtype)}</title></head><body><p>${escape(r.excerpt)}</p></body></html>`,
        group: r.id,
      };
    });
}

export { dirname };
