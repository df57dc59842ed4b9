// @vitest-environment happy-dom
/**
 * Which way the text reader reads a page: innerText for ordinary pages, the sliced walker for pages with
 * shadow roots, CSS generated text or enormous text, layout order for pages built of tiny placed pieces;
 * and the sample it builds from what it read.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageReader } from '../../../src/content/read-page.ts';
import { MAX_AIDED_TEXT, MAX_INNER_TEXT, TextReader } from '../../../src/content/text-reader.ts';

function load(html: string, title = 'Support'): void {
  document.title = title;
  document.head.querySelectorAll('style').forEach((style) => style.remove());
  document.body.innerHTML = html; // eslint-disable-line no-restricted-properties -- test markup, not page text
}

/** Counts the walker's runs and innerText reads, the two ways of reading a page. */
function spyOnReads() {
  const walker = vi.spyOn(PageReader.prototype, 'run');
  const innerText = vi.spyOn(HTMLElement.prototype, 'innerText', 'get');
  return { walker, innerText };
}

afterEach(() => vi.restoreAllMocks());

describe('TextReader', () => {
  it('reads an ordinary page with innerText, after the next frame', async () => {
    load('<h1>Support</h1><p>Call <b>0800 555 0199</b> now</p>');
    const reads = spyOnReads();
    const frame = vi.spyOn(window, 'requestAnimationFrame');
    const sample = await new TextReader(window, new AbortController().signal).sample('https://x.test/help');
    expect(frame).toHaveBeenCalled();
    expect(reads.innerText).toHaveBeenCalled();
    expect(reads.walker).not.toHaveBeenCalled();
    expect(sample).toMatchObject({ url: 'https://x.test/help', title: 'Support' });
    expect(sample?.text).toContain('Call 0800 555 0199 now');
  });

  it('walks a page with open shadow roots, and reads their text', async () => {
    load('<p>Call</p><x-number></x-number>');
    document.querySelector('x-number')?.attachShadow({ mode: 'open' }).append('0800 555 0199');
    const reads = spyOnReads();
    const reader = new TextReader(window, new AbortController().signal);
    reader.hasShadowRoots = true;
    expect(await reader.visibleText()).toContain('0800 555 0199');
    expect(reads.walker).toHaveBeenCalled();
    expect(reads.innerText).not.toHaveBeenCalled();
  });

  it('walks a page with CSS generated text, which innerText reads differently in each browser', async () => {
    load('<style>.n::after{content:"0800 555 0199"}</style><p>Call <span class="n"></span></p>');
    const reads = spyOnReads();
    expect(await new TextReader(window, new AbortController().signal).visibleText()).toContain('Call 0800 555 0199');
    expect(reads.walker).toHaveBeenCalled();
  });

  it(`looks for generated text only on pages up to ${MAX_AIDED_TEXT} characters`, async () => {
    load(`<style>.n::after{content:"0800 555 0199"}</style><p>Call <span class="n"></span></p><p>${'x'.repeat(MAX_AIDED_TEXT)}</p>`);
    const reads = spyOnReads();
    expect(await new TextReader(window, new AbortController().signal).visibleText()).not.toContain('0800 555 0199');
    expect(reads.innerText).toHaveBeenCalled();
  });

  it(`walks a page of more than ${MAX_INNER_TEXT} characters in slices instead of one innerText call`, async () => {
    load(`<p>${'lorem ipsum '.repeat(MAX_INNER_TEXT / 12 + 1)}</p><p>Call 0800 555 0199</p>`);
    const reads = spyOnReads();
    const sample = await new TextReader(window, new AbortController().signal).sample('https://x.test/');
    expect(reads.walker).toHaveBeenCalled();
    expect(reads.innerText).not.toHaveBeenCalled();
    expect(sample?.text).toContain('Call 0800 555 0199');
  });

  it('reads a page built of tiny pieces placed by CSS in the order they are laid out', async () => {
    // Each piece's place is written on it: the DOM order says 5-1-0 4 8…, the layout 1-844-555-0128.
    const placed = [...'1-844-555-0128'].map((char, x) => ({ char, x })).sort((a, b) => ((a.x * 7) % 15) - ((b.x * 7) % 15));
    load(`<p>${placed.map(({ char, x }) => `<span data-x="${x * 10}">${char}</span>`).join('')}</p>`);
    vi.spyOn(Range.prototype, 'getBoundingClientRect').mockImplementation(function (this: Range) {
      const left = Number((this.startContainer.parentElement as HTMLElement).dataset['x']);
      return { top: 0, bottom: 10, left, right: left + 8, width: 8, height: 10, x: left, y: 0, toJSON: () => ({}) };
    });
    expect((await new TextReader(window, new AbortController().signal).sample('https://x.test/'))?.text).toContain('1-844-555-0128');
  });

  it('gives nothing once the script is stopped', async () => {
    load('<p>Call 0800 555 0199</p>');
    const controller = new AbortController();
    const reading = new TextReader(window, controller.signal).sample('https://x.test/');
    controller.abort();
    expect(await reading).toBeUndefined();
    const walker = new TextReader(window, controller.signal);
    walker.hasShadowRoots = true;
    expect(await walker.walk(false)).toBeUndefined();
  });
});
