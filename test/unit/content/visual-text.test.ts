// @vitest-environment happy-dom
/**
 * Text the user sees that the DOM's text does not hold in that form (issue 16): CSS generated content, SVG
 * text pieces, table rows, right-to-left overrides, and the page's kind and quotations.
 */
import { describe, expect, it } from 'vitest';
import { pageKinds, pageQuotes } from '../../../src/content/page-kind.ts';
import { readPage } from '../../../src/content/read-page.ts';
import { generatedContent, readingAids, visualText } from '../../../src/content/visual-text.ts';

function load(html: string): Document {
  document.head.replaceChildren();
  document.body.replaceChildren();
  const doc = new DOMParser().parseFromString(`<!doctype html><html><head></head><body>${html}</body></html>`, 'text/html');
  for (const node of [...doc.head.childNodes]) document.head.append(node);
  for (const node of [...doc.body.childNodes]) document.body.append(node);
  return document;
}

describe('generated content', () => {
  it('reads ::before and ::after strings and attr() values where they render', () => {
    const doc = load('<style>.a::before{content:"1-844-555"}.b::after{content:attr(data-n)}</style><p>Call <span class="a"></span><span class="b" data-n="-0191"></span> now</p>');
    expect(generatedContent(doc)?.size).toBe(2);
    expect(readPage(doc.body, Number.POSITIVE_INFINITY, readingAids(doc)).text).toContain('Call 1-844-555-0191 now');
  });

  it('needs no walker on a page without generated text or SVG', () => {
    expect(readingAids(load('<style>p{color:red}</style><p>plain</p>'))).toBeUndefined();
  });
});

describe('the walker', () => {
  it('joins the text pieces of one SVG drawing with spaces', () => {
    const doc = load('<svg><text x="0">Call</text><text x="40">1-855</text><text x="90">555</text><text x="120">0193</text></svg>');
    expect(readPage(doc.body).text).toBe('Call 1-855 555 0193');
  });

  it('reads a table row as one line, cells separated by tabs, as innerText does', () => {
    const doc = load('<table><tr><td>1-844-555-0164</td><td>reported 23 times</td></tr><tr><td>next</td></tr></table>');
    expect(readPage(doc.body).text).toBe('1-844-555-0164\treported 23 times\nnext');
  });
});

describe('right-to-left overrides', () => {
  it('turns the text of <bdo dir="rtl"> the way it is drawn', () => {
    const doc = load('<p>Call <bdo dir="rtl">7910-555-448-1</bdo> now</p>');
    expect(visualText(doc, 'Call 7910-555-448-1 now')).toBe('Call 1-844-555-0197 now');
  });
});

describe('page kind and quotations', () => {
  it('reads og:type, schema.org types, bylines and MediaWiki', () => {
    expect(pageKinds(load('<article><p>x</p><time datetime="2026-01-01">1 Jan</time></article>'))).toEqual(['article']);
    const forum = load('<script type="application/ld+json">{"@type":"DiscussionForumPosting"}</script><p>x</p>');
    expect(pageKinds(forum)).toEqual(['discussion']);
    expect(pageKinds(load('<p>plain</p>'))).toEqual([]);
  });

  it('collects blockquote and q texts, white space collapsed', () => {
    expect(pageQuotes(load('<blockquote>Your computer\n   is locked</blockquote><q>hi</q><q>call now please</q>'))).toEqual(['Your computer is locked', 'call now please']);
  });
});
