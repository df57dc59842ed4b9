// The report document as both ends see it: what the extension builds is exactly what the service accepts,
// and the screenshot check accepts real PNG files only.
import { describe, expect, it } from 'vitest';
import { prepareReport } from '../../../src/background/reports/prepare-report.ts';
import { CLEAN_VERDICT } from '../../../src/core/verdict/verdict.ts';
import { decodePngDataUrl, isPng } from '../../../src/core/report/png.ts';
import { reportJson } from '../../../src/core/report/report-format.ts';
import { InvalidReport, validateReport } from '../../../src/core/report/validate-report.ts';
import { report, tinyPng } from '../../../harness/reports.ts';

describe('report validation', () => {
  it('accepts what the extension builds, byte for byte the same document', () => {
    const built = prepareReport(
      { kind: 'fake-helpdesk', comment: 'It said my PC was locked.', screenshot: `data:image/png;base64,${tinyPng().toString('base64')}` },
      { id: '6f1c2b0e-3d4a-4c8e-9b7f-2a5d8e1c0f93', now: new Date('2026-11-30T12:00:00Z'), url: 'https://x.example/?p=1', title: 'T', verdict: CLEAN_VERDICT, version: '0.1.0', browser: 'firefox', language: 'nl' },
    );
    const parsed = validateReport(JSON.parse(reportJson(built)));
    expect(reportJson(parsed)).toBe(reportJson(built));
  });

  it('names the first problem of a document that is not a report', () => {
    const bad = (patch: Record<string, unknown>): string => {
      try {
        validateReport({ ...report({ id: '6f1c2b0e-3d4a-4c8e-9b7f-2a5d8e1c0f93' }), ...patch });
        return 'valid';
      } catch (error) {
        return error instanceof InvalidReport ? error.detail : String(error);
      }
    };
    expect(bad({})).toBe('valid');
    expect(bad({ formatVersion: 2 })).toMatch(/formatVersion/);
    expect(bad({ createdAt: '2026-13-45T00:00:00Z' })).toMatch(/createdAt/);
    expect(bad({ language: '<script>' })).toMatch(/language/);
    expect(bad({ numbers: [{ e164: '+18445550147', status: 'unknown' }, { e164: '+18445550147', status: 'unknown' }] })).toMatch(/twice/);
    expect(bad({ verdict: { level: 'scam', score: Number.NaN, reasons: [] } })).toMatch(/score/);
    expect(bad({ verdict: { level: 'scam', score: 1, reasons: ['<b>'] } })).toMatch(/reasons\[0\]/);
    expect(bad({ extension: { version: '0.1.0', browser: 'safari' } })).toMatch(/browser/);
  });
});

describe('PNG check', () => {
  const png = tinyPng();
  it('accepts a real PNG and its data URL', () => {
    expect(isPng(new Uint8Array(png))).toBe(true);
    expect(decodePngDataUrl(`data:image/png;base64,${png.toString('base64')}`)).toEqual(new Uint8Array(png));
  });

  it('refuses truncated files, bytes after the end, other formats, bad base64 and pictures too large to show', () => {
    const withSize = (width: number, height: number): Uint8Array => {
      const copy = new Uint8Array(png);
      new DataView(copy.buffer).setUint32(16, width);
      new DataView(copy.buffer).setUint32(20, height);
      return copy;
    };
    expect(isPng(new Uint8Array(png.subarray(0, png.length - 4)))).toBe(false);
    expect(isPng(new Uint8Array(Buffer.concat([png, Buffer.from('<script>')])))).toBe(false);
    expect(isPng(new Uint8Array(Buffer.from('GIF89a'.padEnd(64, '\0'))))).toBe(false);
    expect(isPng(withSize(16_384, 16_384))).toBe(false);
    expect(isPng(withSize(8_000, 5_000))).toBe(true);
    expect(isPng(withSize(8_000, 5_001))).toBe(false);
    expect(decodePngDataUrl(`data:image/png;base64,${png.toString('base64')}!`)).toBeUndefined();
    expect(decodePngDataUrl(`data:image/jpeg;base64,${png.toString('base64')}`)).toBeUndefined();
  });
});
