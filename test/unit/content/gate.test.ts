// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { nodeBringsCandidate, pageNeedsDetector } from '../../../src/content/gate.ts';

const dom = (html: string, title = 'T'): Document => new DOMParser().parseFromString(`<!doctype html><html><head><title>${title}</title></head><body>${html}</body></html>`, 'text/html');

describe('the gate', () => {
  it('stays shut on pages without anything phone-shaped', () => {
    expect(pageNeedsDetector(dom('<p>Published 12 March 2024, 200 g flour, page 3 of 10.</p><img alt="Logo 2024">'), 'http://x.test/')).toBe(false);
  });

  it.each([
    ['a number in the text', '<p>Call 0800 555 0199</p>', 'http://x.test/'],
    ['a number split over elements', '<p>Call <span>+1</span><span>-844</span><span>-555-0147</span></p>', 'http://x.test/'],
    ['a number broken over source lines', '<p>Call\n      0800\n      555 0199</p>', 'http://x.test/'],
    ['a tel: link', '<a href="tel:+18445550101">Call us</a>', 'http://x.test/'],
    ['a number in an alt text', '<img alt="Support +1 844 555 0101">', 'http://x.test/'],
    ['a number in the address', '<p>Hello</p>', 'http://x.test/?phone=18445550101'],
    ['a phone field', '<input type="tel" name="p">', 'http://x.test/'],
  ])('opens for %s', (_label, html, url) => {
    expect(pageNeedsDetector(dom(html), url)).toBe(true);
  });

  it.each([['Windows Defender Security Center'], ['Uw computer is geblokkeerd'], ['Sicherheitswarnung'], ['セキュリティ警告']])(
    'opens for an alarming title with no number anywhere (%s): the number may be a picture',
    (title) => {
      expect(pageNeedsDetector(dom('<p>Your computer is locked.</p><img src="number.png">', title), 'http://x.test/')).toBe(true);
    },
  );

  it('stays shut for an ordinary title', () => {
    expect(pageNeedsDetector(dom('<p>Stir well.</p>', 'Pear crumble with oats'), 'http://x.test/')).toBe(false);
  });

  it('opens for a number in the title', () => {
    expect(pageNeedsDetector(dom('<p>x</p>', 'Call 0800 555 0199'), 'http://x.test/')).toBe(true);
  });

  it('checks changed subtrees the same way', () => {
    const doc = dom('<div id="a"><p>nothing</p></div><div id="b"><p>Call +1 844 555 0147</p></div>');
    expect(nodeBringsCandidate(doc.getElementById('a') as Element)).toBe(false);
    expect(nodeBringsCandidate(doc.getElementById('b') as Element)).toBe(true);
  });
});
