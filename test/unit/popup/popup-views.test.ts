// @vitest-environment happy-dom
/**
 * The popup speaks plainly: on a red page "Leave this page" comes first and every number says "Do not call"
 * in red, shown as the page wrote it; the report preview is a list a person can read, not JSON.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Report } from '../../../src/core/report/report-format.ts';
import type { Verdict } from '../../../src/core/verdict/verdict.ts';
import type { E164 } from '../../../src/core/phone/e164.ts';
import { renderVerdict } from '../../../src/popup/render-verdict.ts';
import { reportLines } from '../../../src/popup/report-preview.ts';
import { catalogTranslator, type CatalogEntry } from '../../../src/shared/i18n.ts';
import type { TabStateView } from '../../../src/shared/views.ts';

const root = resolve(import.meta.dirname, '../../..');
const translator = (lang: string) =>
  catalogTranslator(JSON.parse(readFileSync(resolve(root, `_locales/${lang}/messages.json`), 'utf8')) as Record<string, CatalogEntry>);
const t = translator('en');

const number = (e164: string, status: 'listed' | 'unknown' | 'official', written: string) =>
  ({ e164: e164 as E164, status, kind: 'toll-free', country: 'US', written: [written], presentedAsContact: true }) as Verdict['numbers'][number];

const view = (level: Verdict['level'], numbers: Verdict['numbers'] = []): TabStateView => ({
  tabId: 7, status: 'scanned', host: 'windows-alert.example', trustedSite: false, dismissed: false,
  verdict: { level, score: 10, breakdown: [], brand: 'microsoft', numbers, reasons: [] },
  display: { '+18445550123': '+1 844 555 0123', '+18005551234': '+1 800 555 1234' },
});

beforeEach(() => {
  const page = new DOMParser().parseFromString(readFileSync(resolve(root, 'src/popup/popup.html'), 'utf8').replace(/<link[^>]*>/g, ''), 'text/html');
  document.body.replaceChildren(...[...page.body.children].filter((n) => n.localName !== 'script').map((n) => document.importNode(n, true)));
});

describe('popup verdict', () => {
  it('on a red page: "Leave this page" in the verdict, and "Do not call" in red for every number, written as on the page', () => {
    renderVerdict(document, view('scam', [number('+18445550123', 'unknown', '1-844-555-0123'), number('+18005551234', 'listed', '1 (800) 555-1234')]), t);
    expect(document.getElementById('action-leave')?.hidden).toBe(false);
    expect(document.getElementById('action-report')?.classList.contains('primary')).toBe(false);
    const items = [...document.querySelectorAll<HTMLElement>('#numbers li')];
    expect(items.map((li) => li.querySelector('.written')?.textContent)).toEqual(['1-844-555-0123', '1 (800) 555-1234']);
    expect(items.map((li) => li.querySelector('.number')?.textContent)).toEqual(['+1 844 555 0123', '+1 800 555 1234']);
    expect(items.map((li) => li.querySelector('.chip')?.textContent)).toEqual(['Do not call', 'Do not call']);
    expect(items.every((li) => li.querySelector('.chip')?.classList.contains('do-not-call'))).toBe(true);
    expect(items[1]?.querySelector('.status-note')?.textContent).toBe('known scam number');
    expect(document.getElementById('verdict-advice')?.textContent).toContain('Leave this page');
  });

  it('on an amber or clean page: no Leave button, and each number with what the lists say', () => {
    renderVerdict(document, view('suspicious', [number('+18445550123', 'unknown', '+1 844 555 0123')]), t);
    expect(document.getElementById('action-leave')?.hidden).toBe(true);
    const item = document.querySelector('#numbers li');
    expect(item?.querySelector('.written')).toBeNull();
    expect(item?.querySelector('.chip')?.textContent).toBe('not on the list yet');
    renderVerdict(document, view('clean'), t);
    expect(document.getElementById('action-leave')?.hidden).toBe(true);
  });

  it('an official number on a red page is not called a scam', () => {
    renderVerdict(document, view('scam', [number('+18005551234', 'official', '0800 555 1234')]), t);
    expect(document.querySelector('#numbers .chip')?.textContent).toBe('official number');
  });
});

describe('report preview', () => {
  const report: Report = {
    format: 'helpdesk-guard-report', formatVersion: 1, id: '0f3c5a2e-1111-4222-8333-944445555666', kind: 'fake-helpdesk',
    createdAt: '2026-05-24T10:00:00.000Z', page: { url: 'http://windows-alert.example/', title: 'Windows Security Alert' },
    numbers: [{ e164: '+18445550123', status: 'unknown' }], verdict: { level: 'scam', score: 12, reasons: ['reasonImpersonation'] },
    comment: 'It said my PC was locked', screenshot: null, extension: { version: '0.1.0', browser: 'chrome' }, language: 'en',
  };
  const display = (n: string): string => (n === '+18445550123' ? '+1 844 555 0123' : n);

  it('is a plain list of what is sent, with none of the field names or ids', () => {
    const lines = reportLines(report, t, display);
    expect(lines).toEqual([
      "The page's web address: http://windows-alert.example/",
      "The page's title: Windows Security Alert",
      'The phone numbers on it: +1 844 555 0123',
      'What kind of page you chose: A fake helpdesk (says my computer has a problem and shows a phone number)',
      'What Helpdesk Guard found: Fake helpdesk',
      'Your comment: It said my PC was locked',
      "The version of Helpdesk Guard, your browser's name and language, the time, and a random number for this report",
    ]);
    expect(lines.join(' ')).not.toMatch(/e164|createdAt|0f3c5a2e|formatVersion/);
  });

  it('says when a picture is included, and leaves out an empty comment', () => {
    const lines = reportLines({ ...report, comment: ' ', screenshot: 'data:image/png;base64,AAAA' }, t, display);
    expect(lines).toContain('A picture of your screen');
    expect(lines.some((l) => l.startsWith('Your comment'))).toBe(false);
  });

  it('reads in Dutch as a Dutch speaker writes it', () => {
    const lines = reportLines(report, translator('nl'), display);
    expect(lines[0]).toBe('Het webadres van de pagina: http://windows-alert.example/');
    expect(lines[2]).toBe('De telefoonnummers erop: +1 844 555 0123');
  });
});
