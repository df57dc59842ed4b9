/**
 * Report documents for the service's tests, shaped exactly as the extension builds them
 * (src/background/reports/prepare-report.ts), with the fields a test wants changed.
 */
import { deflateSync } from 'node:zlib';
import { reportJson, type Report } from '../src/core/report/report-format.ts';

/** A real, tiny PNG (2×2 pixels, red), built here so the tests need no binary fixture. */
export function tinyPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer): number => {
    let c = 0xffffffff;
    for (const b of bytes) c = (crcTable[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer): Buffer => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const check = Buffer.alloc(4);
    check.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, check]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.from([0, 255, 0, 0, 255, 0, 0, 0, 255, 0, 0, 255, 0, 0]);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

export interface ReportOptions {
  readonly id: string;
  readonly kind?: Report['kind'];
  readonly numbers?: readonly string[];
  readonly comment?: string;
  readonly title?: string;
  readonly url?: string;
  readonly screenshot?: boolean;
}

export function report(options: ReportOptions): Report {
  return {
    format: 'helpdesk-guard-report',
    formatVersion: 1,
    id: options.id,
    kind: options.kind ?? 'fake-helpdesk',
    createdAt: '2026-11-30T11:59:00.000Z',
    page: { url: options.url ?? 'https://windows-alert.example/index.php?phone=18445550147', title: options.title ?? 'Windows Defender Security Center' },
    numbers: (options.numbers ?? ['+18445550147']).map((e164) => ({ e164, status: 'unknown' as const })),
    verdict: { level: 'scam', score: 17, reasons: ['reasonImpersonation', 'reasonLockClaim'] },
    comment: options.comment ?? 'It said my PC was locked.',
    screenshot: options.screenshot ? `data:image/png;base64,${tinyPng().toString('base64')}` : null,
    extension: { version: '0.1.0', browser: 'chrome' },
    language: 'en',
  };
}

export function reportBody(options: ReportOptions): string {
  return reportJson(report(options));
}
