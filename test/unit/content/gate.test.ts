// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { nodeBringsCandidate, pageNeedsDetector, partBringsCandidate } from '../../../src/content/gate.ts';
import { BRANDS } from '../../../src/core/brands/brand-lexicon.ts';

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
    ['a WhatsApp link', '<a href="https://WA.ME/18445550101">Chat with support</a>', 'http://x.test/'],
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

  it.each([
    ['a tel: link', '<li><a href="tel:+18445550147">Call us</a></li>'],
    ['a WhatsApp link', '<li><a href="https://wa.me/18445550147">Chat</a></li>'],
    ['a phone field', '<li><input name="phone"></li>'],
    ['a number in a title', '<li><span title="Support 0800 555 0199">?</span></li>'],
    ['a number in an aria-label', '<li><button aria-label="Bel 085 555 0102">Bel</button></li>'],
    ['a number in an alt text', '<li><img alt="+1 844 555 0101"></li>'],
  ])('finds %s in a changed subtree without a number in its text', (_label, html) => {
    const doc = dom(`<ul id="feed"><li>Order 12 shipped</li>${html}</ul>`);
    expect(nodeBringsCandidate(doc.getElementById('feed') as Element)).toBe(true);
    expect(nodeBringsCandidate(doc.getElementById('feed')?.firstElementChild as Element)).toBe(false);
  });

  it("counts a changed element's own link, field or label, not only its descendants'", () => {
    const doc = dom('<a id="a" href="tel:0800-555-0199">Bel ons</a><input id="i" type="tel"><div id="d" aria-label="0800 555 0199"></div><div id="n" aria-label="2024"></div>');
    for (const id of ['a', 'i', 'd']) expect(nodeBringsCandidate(doc.getElementById(id) as Element)).toBe(true);
    expect(nodeBringsCandidate(doc.getElementById('n') as Element)).toBe(false);
  });

  const el = (tag: string, text = '', attributes: Record<string, string> = {}): HTMLElement => {
    const element = Object.assign(document.createElement(tag), { textContent: text });
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    return element;
  };

  it('reads only the appended part of a node that was appended to, and the text just before it', () => {
    // The document itself, not a parsed one: Range reads text only there in this DOM implementation.
    const feed = el('ul');
    feed.append(el('li', 'Order 12 shipped'), el('li', 'Order 13 shipped'));
    document.body.replaceChildren(feed);
    const append = (text: string): Node => feed.appendChild(el('li', text));
    expect(partBringsCandidate({ node: feed, from: append('Order 14 shipped') })).toBe(false);
    expect(partBringsCandidate({ node: feed, from: append('Call +1 844 555 0147') })).toBe(true);
    // A number sent in two pieces, each too short on its own, is still seen when the second arrives.
    const other = el('p', 'Call 0800 555');
    document.body.append(other);
    expect(partBringsCandidate({ node: other, from: other.appendChild(document.createTextNode(' 0199')) })).toBe(true);
    // Padding between the pieces (a line break and its indentation count as one separator) does not hide it.
    const padded = el('p', 'Call 0800 555');
    document.body.append(padded);
    padded.append(document.createTextNode(`\n${' '.repeat(600)}`));
    expect(partBringsCandidate({ node: padded, from: padded.appendChild(document.createTextNode('0199')) })).toBe(true);
    // Pieces with white space on both sides of where they meet still read as one number.
    const spaced = el('p');
    spaced.append(document.createTextNode('Call 0800 555 '), document.createTextNode(`  \n${' '.repeat(300)}`));
    document.body.append(spaced);
    expect(partBringsCandidate({ node: spaced, from: spaced.appendChild(document.createTextNode(' 0199')) })).toBe(true);
    // A tel: link anywhere in the node still counts, found by a query rather than by reading text.
    const link = el('li');
    link.append(el('a', 'call', { href: 'tel:+18445550147' }));
    feed.prepend(link);
    expect(partBringsCandidate({ node: feed, from: append('Order 15 shipped') })).toBe(true);
    document.body.replaceChildren();
  });

  it('reads the whole node when the appended part is no longer where it was put', () => {
    const a = el('div');
    a.append(el('p', 'Call +1 844 555 0147'));
    const b = el('div');
    document.body.replaceChildren(a, b);
    const moved = b.appendChild(el('p'));
    expect(partBringsCandidate({ node: a, from: moved })).toBe(true);
    document.body.replaceChildren();
  });
});

describe('the title gate and the brand lexicon', () => {
  /** A page whose only signal is its title: no number, no link, no field, nothing alarming. */
  const titled = (title: string): Document => dom('<p>Welcome.</p><img src="picture.png">', title);
  /**
   * Brands whose name alone the lexicon does not count as the brand, so neither does the gate: "SNS" is also
   * a social networking service; the lexicon (and the detector) need "SNS Bank".
   */
  const NAME_IS_NO_SIGNAL = new Set(['sns']);

  it.each(BRANDS.map((brand) => [brand.name, brand] as const))('opens for a title naming %s', (_name, brand) => {
    if (!NAME_IS_NO_SIGNAL.has(brand.id)) expect(pageNeedsDetector(titled(brand.name), 'https://x.test/')).toBe(true);
    const written = [...brand.aliases.map((alias) => alias.replaceAll(' ?', ' ')), ...(brand.exactCase ?? [])];
    for (const form of written) expect(pageNeedsDetector(titled(`${form} | Help`), 'https://x.test/'), form).toBe(true);
  });

  it("stays shut for a brand on the brand's own site, which naming it cannot impersonate", () => {
    expect(pageNeedsDetector(titled('Amazon.com: kitchen scales'), 'https://www.amazon.com/dp/1')).toBe(false);
    expect(pageNeedsDetector(titled('pear crumble - Google Search'), 'https://www.google.nl/search?q=pear')).toBe(false);
    expect(pageNeedsDetector(titled('Amazon.com: kitchen scales'), 'https://amazon-refunds.example/')).toBe(true);
  });

  it('searches the title for every brand only on pages short enough to be a scam page', () => {
    const long = dom(`<p>${'Een lang verhaal over sparen en beleggen. '.repeat(1000)}</p>`, 'Rabobank jaarverslag');
    expect(pageNeedsDetector(long, 'https://x.test/')).toBe(false);
    expect(pageNeedsDetector(titled('Rabobank jaarverslag'), 'https://x.test/')).toBe(true);
  });

  it('needs the capitals of a brand written with them, and a word of its own', () => {
    for (const title of ['Breaking news', 'Pricing', 'avg. rainfall', 'Knabbel en babbel', 'Googleplex tours']) {
      expect(pageNeedsDetector(titled(title), 'https://x.test/'), title).toBe(false);
    }
    expect(pageNeedsDetector(titled('ING Klantenservice'), 'https://x.test/')).toBe(true);
  });
});
