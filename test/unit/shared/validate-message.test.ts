import { describe, expect, it } from 'vitest';
import { MAX_SAMPLE_TEXT } from '../../../src/core/verdict/page-sample.ts';
import { validBehaviour, validContentRequest, validPageRequest, validSample } from '../../../src/shared/validate-message.ts';

const sample = { url: 'https://x.test/', title: 't', lang: 'nl', text: 'hello', telLinks: ['tel:+31'], phoneFields: 0 };

describe('message validation', () => {
  it('accepts a well-formed sample and drops unknown fields', () => {
    expect(validSample({ ...sample, extra: 'x' })).toEqual(sample);
  });

  it.each([
    ['an oversized text', { ...sample, text: 'x'.repeat(MAX_SAMPLE_TEXT + 1) }],
    ['a javascript: url', { ...sample, url: 'javascript:alert(1)' }],
    ['too many links', { ...sample, telLinks: Array(51).fill('tel:1') }],
    ['a non-string title', { ...sample, title: 5 }],
    ['negative phone fields', { ...sample, phoneFields: -1 }],
  ])('refuses %s', (_label, value) => {
    expect(validSample(value)).toBeUndefined();
  });

  it('accepts only known behaviour signals with sane counts', () => {
    expect(validBehaviour({ dialog: 3, historyPush: 12 })).toEqual({ dialog: 3, historyPush: 12 });
    expect(validBehaviour({ dialog: 1.5 })).toBeUndefined();
    expect(validBehaviour({ lowerMyScore: 1 })).toBeUndefined();
    expect(validBehaviour({ dialog: 1e12 })).toBeUndefined();
  });

  it('refuses unknown message types', () => {
    expect(validContentRequest({ type: 'set-settings', settings: {} })).toBeUndefined();
  });
});

describe('page requests about reports', () => {
  it('takes a report-log request only with a boolean refresh', () => {
    expect(validPageRequest({ type: 'get-report-log', refresh: true, extra: 1 })).toEqual({ type: 'get-report-log', refresh: true });
    expect(validPageRequest({ type: 'get-report-log', refresh: 'yes' })).toBeUndefined();
    expect(validPageRequest({ type: 'get-report-log' })).toBeUndefined();
  });
});
