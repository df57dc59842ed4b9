// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PageReader, readPage, visibleOnly } from '../../../src/content/read-page.ts';

const dom = (html: string): Document => new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');

describe('readPage', () => {
  it('joins inline elements and breaks lines at blocks, as the page renders', () => {
    const doc = dom('<h1>Call</h1><p>now: <span>+1</span>-<b>844</b>-<i>555</i>-<u>0147</u></p><div>next</div>');
    expect(readPage(doc.body).text).toBe('Call\nnow: +1-844-555-0147\nnext');
  });

  it('collapses white space like the renderer', () => {
    expect(readPage(dom('<p>a\n   b\t\tc</p>').body).text).toBe('a b c');
  });

  it('skips scripts, styles, templates, form fields and hidden elements', () => {
    const doc = dom('<p>seen</p><script>var n="0800"</script><style>p{}</style><template><p>tpl</p></template><textarea>typed 0612345678</textarea><p hidden>secret</p>');
    expect(readPage(doc.body).text).toBe('seen');
  });

  it('leaves styled-away text to the careful pass (visibleOnly), which drops it', () => {
    const doc = dom('<p>seen</p><p style="display:none">gone</p>');
    document.body.replaceChildren(...doc.body.childNodes);
    expect(readPage(document.body).text).toBe('seen\ngone');
    expect(visibleOnly(readPage(document.body)).text).toBe('seen');
  });

  it('reads open shadow roots where they render, with slotted content', () => {
    const doc = dom('<x-card><span slot="n">+1 844 555 0147</span></x-card>');
    const host = doc.querySelector('x-card');
    const shadow = host?.attachShadow({ mode: 'open' });
    const p = doc.createElement('p');
    p.append('Call ', doc.createElement('slot'));
    (p.lastChild as HTMLSlotElement).name = 'n';
    shadow?.append(p);
    expect(readPage(doc.body).text).toContain('Call +1 844 555 0147');
  });

  it('reads its own number marks back, but never its labels', () => {
    const doc = dom('<p>Call <span data-helpdesk-guard="mark">0800 123 4567</span><span data-helpdesk-guard="label">Do not call</span></p>');
    expect(readPage(doc.body).text).toBe('Call 0800 123 4567');
  });

  it('can be read in slices and gives the same text', () => {
    const doc = dom(Array.from({ length: 3000 }, (_, i) => `<p>line ${i}</p>`).join(''));
    const reader = new PageReader(doc.body);
    let slices = 1;
    let calls = 0;
    while (!reader.run(() => ++calls % 3 === 0)) slices++;
    expect(slices).toBeGreaterThan(1);
    expect(reader.result().text).toBe(readPage(doc.body).text);
  });

  it('keeps offsets of every text node for marking', () => {
    const page = readPage(dom('<p>ab<b>cd</b></p><p>ef</p>').body);
    expect(page.segments.map((s) => page.text.slice(s.start, s.start + s.length))).toEqual(['ab', 'cd', 'ef']);
  });
});

describe('visibleOnly', () => {
  it('keeps the text of visible elements with its line breaks', () => {
    const page = readPage(dom('<p>one</p><p>two</p>').body);
    expect(visibleOnly(page).text).toBe('one\ntwo');
  });
});
