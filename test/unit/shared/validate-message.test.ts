import { describe, expect, it } from 'vitest';
import { MAX_SAMPLE_TEXT } from '../../../src/core/verdict/page-sample.ts';
import { validBanner, validBehaviour, validContentRequest, validExtensionPageRequest, validPush, validSample } from '../../../src/shared/validate-message.ts';

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
    expect(validExtensionPageRequest({ type: 'get-report-log', refresh: true, extra: 1 })).toEqual({ type: 'get-report-log', refresh: true });
    expect(validExtensionPageRequest({ type: 'get-report-log', refresh: 'yes' })).toBeUndefined();
    expect(validExtensionPageRequest({ type: 'get-report-log' })).toBeUndefined();
  });
});

const withoutQuestion = {
  level: 'scam', lang: 'en-GB', headline: 'Fake helpdesk', reason: 'A lock screen with a phone number', numbersLabel: 'Numbers',
  numbers: ['+1 844 555 0147'], written: ['1-844-555-0147'], markLabel: 'Do not call', regionLabel: 'Warning', defuse: true,
  actions: { leave: 'Leave this page', report: 'Report', dismiss: 'Hide this warning', notScam: 'This page is safe' },
};
const banner = { ...withoutQuestion, confirmHide: { question: 'Hide the warning?', yes: 'Yes, hide it', no: 'Keep the warning' } };

describe('pushes from the background', () => {
  it('passes a verdict with its banner, dropping unknown fields', () => {
    expect(validPush({ type: 'verdict', banner: { ...banner, extra: 1, actions: { ...banner.actions, extra: 'x' } }, extra: 2 })).toEqual({ type: 'verdict', banner });
    // An amber banner asks nothing before it is hidden.
    const amber = { ...withoutQuestion, level: 'suspicious', defuse: false };
    expect(validPush({ type: 'verdict', banner: amber })).toEqual({ type: 'verdict', banner: amber });
  });

  it('reads a verdict without a banner as a clean page, whether the field came through as undefined or not at all', () => {
    expect(validPush({ type: 'verdict', banner: undefined })).toEqual({ type: 'verdict', banner: undefined });
    expect(validPush({ type: 'verdict' })).toEqual({ type: 'verdict', banner: undefined });
  });

  it('passes the two requests by name alone', () => {
    expect(validPush({ type: 'send-sample', extra: 1 })).toEqual({ type: 'send-sample' });
    expect(validPush({ type: 'ping' })).toEqual({ type: 'ping' });
  });

  it.each([
    ['no object', 'ping'],
    ['an unknown type', { type: 'scan' }],
    ['a banner that is not an object', { type: 'verdict', banner: 'scam' }],
    ['an unknown level', { type: 'verdict', banner: { ...banner, level: 'clean' } }],
    ['a number that is not text', { type: 'verdict', banner: { ...banner, numbers: [18445550147] } }],
    ['a missing headline', { type: 'verdict', banner: { ...banner, headline: undefined } }],
    ['a button without its words', { type: 'verdict', banner: { ...banner, actions: { ...banner.actions, leave: undefined } } }],
    ['a half-formed question', { type: 'verdict', banner: { ...banner, confirmHide: { question: 'Hide?' } } }],
    ['defuse as text', { type: 'verdict', banner: { ...banner, defuse: 'yes' } }],
  ])('refuses %s', (_label, value) => {
    expect(validPush(value)).toBeUndefined();
  });

  it('checks a banner on its own the same way', () => {
    expect(validBanner(banner)).toEqual(banner);
    expect(validBanner({ ...banner, written: 'x' })).toBeUndefined();
  });
});
