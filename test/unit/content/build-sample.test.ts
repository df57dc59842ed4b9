import { describe, expect, it } from 'vitest';
import { buildSample, type PageFacts } from '../../../src/content/build-sample.ts';
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

  it('bounds every field', () => {
    const sample = buildSample(facts('x', { title: 't'.repeat(5000), telLinks: Array.from({ length: 80 }, () => `tel:${'1'.repeat(400)}`) }));
    expect(sample.title.length).toBe(1024);
    expect(sample.telLinks).toHaveLength(50);
    expect(sample.telLinks[0]?.length).toBe(256);
  });
});
