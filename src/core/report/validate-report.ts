/**
 * Checks that a received document is exactly a report as docs/report-format.md defines it: every field
 * present with its type and bounds, no field more, the screenshot a real PNG. The report service runs this on
 * every body it receives, and every field was chosen by whoever sent it, so nothing is trusted that this has
 * not checked. Pure, so the extension's tests can prove that what it builds passes.
 */
import { isE164 } from '../phone/e164.ts';
import { MAX_COMMENT, MAX_SCREENSHOT, REPORT_FORMAT, isReportKind, type Report } from './report-format.ts';
import { decodePngDataUrl } from './png.ts';

export class InvalidReport extends Error {
  constructor(readonly detail: string) {
    super(detail);
  }
}

export const MAX_TITLE = 300;
export const MAX_URL = 8192;
export const MAX_NUMBERS = 50;
export const MAX_REASONS = 32;
/** Far above any score the verdict gives (a red page needs 10): a larger one is not from the extension. */
const MAX_SCORE = 1000;

type Json = Record<string, unknown>;
const NUMBER_STATUSES = ['listed', 'reported', 'official', 'unknown'];
const LEVELS = ['scam', 'suspicious', 'clean'];
const ID = /^[A-Za-z0-9-]{8,64}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?Z$/;
// Older builds sent the browser's full tag (en-US); the documented value is the two-letter language.
const LANGUAGE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,3}$/;
const REASON = /^reason[A-Z][A-Za-z]{1,48}$/;
const VERSION = /^\d[0-9A-Za-z.+-]{0,31}$/;

function fail(detail: string): never {
  throw new InvalidReport(detail);
}

function object(value: unknown, field: string, keys: readonly string[]): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(`${field} must be an object`);
  const extra = Object.keys(value).filter((key) => !keys.includes(key));
  if (extra.length > 0) fail(`${field} has unknown field "${extra[0]?.slice(0, 40)}"`);
  const missing = keys.filter((key) => !(key in value));
  if (missing.length > 0) fail(`${field} is missing "${missing[0]}"`);
  return value as Json;
}

function text(value: unknown, field: string, max: number, pattern?: RegExp): string {
  if (typeof value !== 'string') fail(`${field} must be a string`);
  if (value.length > max) fail(`${field} is longer than ${max} characters`);
  if (pattern && !pattern.test(value)) fail(`${field} is not in the documented form`);
  // Lone surrogates cannot be stored as UTF-8 text; a real browser never sends them.
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value)) fail(`${field} holds invalid Unicode`);
  if (value.includes('\u0000')) fail(`${field} holds a NUL character`);
  return value;
}

function oneOf(value: unknown, field: string, allowed: readonly string[]): string {
  if (typeof value !== 'string' || !allowed.includes(value)) fail(`${field} must be one of ${allowed.join(', ')}`);
  return value;
}

function pageUrl(value: unknown): string {
  const url = text(value, 'page.url', MAX_URL);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    fail('page.url is not a URL');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') fail('page.url must be http or https');
  return url;
}

function verdict(value: unknown): Report['verdict'] {
  if (value === null) return null;
  const v = object(value, 'verdict', ['level', 'score', 'reasons']);
  const score = v['score'];
  if (typeof score !== 'number' || !Number.isFinite(score) || Math.abs(score) > MAX_SCORE) fail('verdict.score must be a number');
  const reasons = v['reasons'];
  if (!Array.isArray(reasons) || reasons.length > MAX_REASONS) fail(`verdict.reasons must be a list of at most ${MAX_REASONS}`);
  return {
    level: oneOf(v['level'], 'verdict.level', LEVELS) as 'scam',
    score,
    reasons: reasons.map((r, i) => text(r, `verdict.reasons[${i}]`, 64, REASON)) as never,
  };
}

function numbers(value: unknown): Report['numbers'] {
  if (!Array.isArray(value) || value.length > MAX_NUMBERS) fail(`numbers must be a list of at most ${MAX_NUMBERS}`);
  const seen = new Set<string>();
  return value.map((item, i) => {
    const n = object(item, `numbers[${i}]`, ['e164', 'status']);
    const e164 = n['e164'];
    if (!isE164(e164)) fail(`numbers[${i}].e164 is not an E.164 number`);
    if (seen.has(e164)) fail(`numbers[${i}].e164 is listed twice`);
    seen.add(e164);
    return { e164, status: oneOf(n['status'], `numbers[${i}].status`, NUMBER_STATUSES) as 'unknown' };
  });
}

function screenshot(value: unknown): string | null {
  if (value === null) return null;
  const dataUrl = text(value, 'screenshot', MAX_SCREENSHOT);
  if (!decodePngDataUrl(dataUrl)) fail('screenshot must be a PNG picture as a data:image/png;base64 URL');
  return dataUrl;
}

const TOP_KEYS = ['format', 'formatVersion', 'id', 'kind', 'createdAt', 'page', 'numbers', 'verdict', 'comment', 'screenshot', 'extension', 'language'];

/** Returns the report when `doc` (parsed JSON) is exactly a valid report; throws InvalidReport otherwise. */
export function validateReport(doc: unknown): Report {
  const r = object(doc, 'the report', TOP_KEYS);
  if (r['format'] !== REPORT_FORMAT) fail(`format must be "${REPORT_FORMAT}"`);
  if (r['formatVersion'] !== 1) fail('formatVersion must be 1');
  const createdAt = text(r['createdAt'], 'createdAt', 40, ISO_INSTANT);
  if (Number.isNaN(Date.parse(createdAt))) fail('createdAt is not a real time');
  if (!isReportKind(r['kind'])) fail('kind is not a report kind');
  const page = object(r['page'], 'page', ['url', 'title']);
  const extension = object(r['extension'], 'extension', ['version', 'browser']);
  return {
    format: REPORT_FORMAT,
    formatVersion: 1,
    id: text(r['id'], 'id', 64, ID),
    kind: r['kind'],
    createdAt,
    page: { url: pageUrl(page['url']), title: text(page['title'], 'page.title', MAX_TITLE) },
    numbers: numbers(r['numbers']),
    verdict: verdict(r['verdict']),
    comment: text(r['comment'], 'comment', MAX_COMMENT),
    screenshot: screenshot(r['screenshot']),
    extension: {
      version: text(extension['version'], 'extension.version', 32, VERSION),
      browser: oneOf(extension['browser'], 'extension.browser', ['chrome', 'firefox']) as 'chrome',
    },
    language: text(r['language'], 'language', 35, LANGUAGE),
  };
}
