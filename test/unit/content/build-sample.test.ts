import { describe, expect, it } from 'vitest';
import { buildSample, type PageFacts } from '../../../src/content/build-sample.ts';
import { analyzePage } from '../../../src/core/verdict/analyze-page.ts';
import { NO_LISTS } from '../../../src/core/verdict/number-lists.ts';
import { MAX_SAMPLE_TEXT } from '../../../src/core/verdict/page-sample.ts';

const facts = (text: string, extra: Partial<PageFacts> = {}): PageFacts => ({
  url: 'http://x.test/', title: 'T', lang: 'en', text, telLinks: [], attributeText: '', phoneFields: 0, ...extra,
});

describe('buildSample', () => {
  it('sends a short page whole', () => {
    expect(buildSample(facts('Call 0800 555 0199')).text).toBe('Call 0800 555 0199');
  });

  it('sends a long page as its head plus windows around each number, within the limit', () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(20_000);
    const text = `${filler}Microsoft support: +1 844 555 0147 ${filler}`;
    const sample = buildSample(facts(text));
    expect(sample.text.length).toBeLessThanOrEqual(MAX_SAMPLE_TEXT);
    expect(sample.text).toContain('Microsoft support: +1 844 555 0147');
    expect(sample.text.startsWith('lorem ipsum')).toBe(true);
  });

  it('keeps the numbers of a page crowded with number-like text: the head, the contacts, both ends', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `2025-01-${String(1 + (i % 28)).padStart(2, '0')}\tORD-${100000 + i}\tNL${10 + (i % 89)} ABNA 0417 ${String(1000 + i).slice(-4)} 00`);
    const text = `Statements 2025\n${rows.join('\n')}\nContact\nHead office: 020 555 0100\nSupport: 085 555 0102`;
    const sample = buildSample(facts(text)).text;
    expect(sample.length).toBeLessThanOrEqual(MAX_SAMPLE_TEXT);
    expect(sample.startsWith('Statements 2025')).toBe(true);
    expect(sample).toContain('Head office: 020 555 0100');
    expect(sample).toContain('Support: 085 555 0102');
  });

  it('a scam page cannot pad its number out of the sample with decoys on both sides', () => {
    const decoys = (from: number): string => Array.from({ length: 6000 }, (_, i) => `ref 0417 ${String(from + i).padStart(6, '0')}`).join(' · ');
    const text = `Windows Defender\n${decoys(0)}\nYour PC is blocked. Call Microsoft Support: +1 844 555 0147\n${decoys(500_000)}`;
    const sample = buildSample(facts(text)).text;
    expect(sample.length).toBeLessThanOrEqual(MAX_SAMPLE_TEXT);
    expect(sample).toContain('Call Microsoft Support: +1 844 555 0147');
    // And the background, which parses only a few hundred runs, still finds it among thousands of decoys.
    const verdict = analyzePage({ ...buildSample(facts(text)) }, { lists: NO_LISTS, behaviour: {}, options: { sensitivity: 'normal' } });
    expect(verdict.numbers.map((n) => n.e164)).toContain('+18445550147');
    expect(verdict.level).toBe('scam');
  });

  it('bounds every field', () => {
    const sample = buildSample(facts('x', { title: 't'.repeat(5000), telLinks: Array.from({ length: 80 }, () => `tel:${'1'.repeat(400)}`) }));
    expect(sample.title.length).toBe(1024);
    expect(sample.telLinks).toHaveLength(50);
    expect(sample.telLinks[0]?.length).toBe(256);
  });
});
