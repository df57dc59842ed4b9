/**
 * What the page's markup says it is, and its quotations: the two cues that let core tell a page *about* a
 * scam (a news article quoting a fake pop-up, a forum post pasting one) from the scam itself
 * (core/language/reported-speech.ts). Read only on pages that passed the gate, with a handful of native
 * queries. The page writes all of this and may lie; core only ever lets it make *quoted* words count less.
 */
import { MAX_QUOTE_TEXT, MAX_QUOTES, type PageKind } from '../core/verdict/page-sample.ts';

const ARTICLE_TYPES = /^(?:article|newsarticle|reportagenewsarticle|blogposting|analysisnewsarticle|scholarlyarticle|techarticle)$/i;
const DISCUSSION_TYPES = /^(?:discussionforumposting|qapage|question|socialmediaposting|comment)$/i;
/** JSON-LD blocks looked at: a page's type is in its first few; a page with dozens is a catalogue. */
const MAX_JSON_LD = 10;
/** A JSON-LD block longer than this is a data dump, not a page's description: skipped, not searched. */
const MAX_JSON_LD_TEXT = 100_000;
/** `<article>` elements looked at: the page's own is among the first; a feed of hundreds needs no more. */
const MAX_ARTICLES = 5;

function typesInJsonLd(doc: Document): string[] {
  const types: string[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json" i]');
  for (let i = 0; i < Math.min(scripts.length, MAX_JSON_LD); i++) {
    const source = scripts[i]?.textContent ?? '';
    if (source.length > MAX_JSON_LD_TEXT) continue;
    // The types alone, without parsing: "@type": "NewsArticle" or "@type": ["Article", …].
    for (const match of source.matchAll(/"@type"\s*:\s*(?:"([^"]{1,60})"|\[([^\]]{1,200})\])/g)) {
      if (match[1]) types.push(match[1]);
      if (match[2]) for (const t of match[2].matchAll(/"([^"]{1,60})"/g)) types.push(t[1] ?? '');
    }
  }
  return types;
}

/**
 * Microdata types on the elements that carry a page's type: the root, `<body>`, `<main>` and `<article>`. Not
 * a `[itemtype]` query, which tests every element of the page.
 */
function microdataTypes(doc: Document): string[] {
  const carriers = [doc.documentElement, doc.body, ...doc.getElementsByTagName('main'), ...[...doc.getElementsByTagName('article')].slice(0, MAX_ARTICLES)];
  return carriers.map((e) => (e?.getAttribute('itemtype') ?? '').split('/').pop() ?? '').filter(Boolean);
}

/** An `<article>` with a byline or a date: what news and blog templates write. */
function hasBylinedArticle(doc: Document): boolean {
  const articles = doc.getElementsByTagName('article');
  for (let i = 0; i < Math.min(articles.length, MAX_ARTICLES); i++) {
    if (articles[i]?.querySelector('time[datetime], [rel="author"], [itemprop="author"], .byline')) return true;
  }
  return false;
}

export function pageKinds(doc: Document): PageKind[] {
  const kinds = new Set<PageKind>();
  const types = [...typesInJsonLd(doc), ...microdataTypes(doc)];
  const ogType = doc.querySelector('meta[property="og:type" i]')?.getAttribute('content') ?? '';
  if (/^article$/i.test(ogType) || types.some((t) => ARTICLE_TYPES.test(t))) kinds.add('article');
  if (types.some((t) => DISCUSSION_TYPES.test(t))) kinds.add('discussion');
  if (hasBylinedArticle(doc)) kinds.add('article');
  if (/mediawiki/i.test(doc.querySelector('meta[name="generator" i]')?.getAttribute('content') ?? '')) kinds.add('reference');
  return [...kinds];
}

export function pageQuotes(doc: Document): string[] {
  const quotes: string[] = [];
  // By tag name: a 'blockquote, q' selector list tested every element of a 10,000-row table (0.7 ms).
  for (const name of ['blockquote', 'q']) {
    for (const element of doc.getElementsByTagName(name)) {
      if (quotes.length >= MAX_QUOTES) break;
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text.length >= 6) quotes.push(text.slice(0, MAX_QUOTE_TEXT));
    }
  }
  return quotes;
}
