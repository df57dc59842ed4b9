// @vitest-environment happy-dom
/**
 * What the user reads about their sent reports: each status in plain words, in every language, and text from
 * the report (the page's host) set as text, never markup.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogTranslator, spokenLanguage, type CatalogEntry } from '../../../src/shared/i18n.ts';
import { renderReportLog, reportStatusText, type ReportLogEntry } from '../../../src/shared/report-log.ts';

const translator = (lang: string) =>
  catalogTranslator(JSON.parse(readFileSync(resolve(import.meta.dirname, `../../../_locales/${lang}/messages.json`), 'utf8')) as Record<string, CatalogEntry>);
const t = translator('en');
const entry = (fields: Partial<ReportLogEntry>): ReportLogEntry => ({
  id: 'r1', sentAt: Date.UTC(2026, 11, 1), outcome: 'sent', code: undefined, kind: 'fake-helpdesk', pageHost: 'scam.example',
  destinationHost: 'service.example', status: undefined, reason: null, ...fields,
});

describe('report status in words', () => {
  it('says each status plainly', () => {
    expect(reportStatusText(entry({}), t)).toBe('Sent. No news yet.');
    expect(reportStatusText(entry({ status: 'received' }), t)).toBe('Received');
    expect(reportStatusText(entry({ status: 'under-review' }), t)).toBe('Being checked');
    expect(reportStatusText(entry({ status: 'listed' }), t)).toBe('The number is now on the list');
    expect(reportStatusText(entry({ status: 'not-listed', reason: 'official-number' }), t)).toBe('Not added to the list: the number belongs to a real company or to a fraud help desk');
    expect(reportStatusText(entry({ status: 'not-listed' }), t)).toBe('Not added to the list');
    expect(reportStatusText(entry({ outcome: 'failed', code: 409 }), t)).toBe('Not accepted where it was sent (code 409). It will not be sent again.');
    expect(reportStatusText(entry({ status: 'unknown' }), t)).toContain('No longer known');
  });

  it('tells the outcome of an appeal ("this page is safe") the right way round', () => {
    expect(reportStatusText(entry({ kind: 'false-positive', status: 'listed' }), t)).toBe('The number stays on the list');
    expect(reportStatusText(entry({ kind: 'false-positive', status: 'not-listed', reason: 'removed' }), t)).toBe('The number has been taken off the list');
  });

  it('has words for every status in every language', () => {
    for (const lang of ['en', 'nl', 'de', 'fr']) {
      const tl = translator(lang);
      for (const status of ['received', 'under-review', 'listed', 'not-listed', 'unknown'] as const) {
        for (const reason of [null, 'rejected', 'official-number', 'no-number', 'removed'] as const) {
          const text = reportStatusText(entry({ status, reason }), tl);
          expect(text, `${lang} ${status} ${reason}`).not.toMatch(/^(reportStatus|notListed)|\$/);
        }
      }
    }
    expect(reportStatusText(entry({ status: 'listed' }), translator('nl'))).toBe('Het nummer staat nu op de lijst');
  });

  it('renders the log newest first as text, with the status as data for tests', () => {
    const list = document.createElement('ul');
    renderReportLog(list, { entries: [entry({ pageHost: '<img src=x onerror=alert(1)>', status: 'listed' }), entry({ id: 'r0', outcome: 'failed', code: 400 })] }, t, 'en');
    expect(list.querySelectorAll('img')).toHaveLength(0);
    expect([...list.children].map((li) => (li as HTMLElement).dataset['status'])).toEqual(['listed', 'failed']);
    expect(list.textContent).toContain('<img src=x onerror=alert(1)>');
    renderReportLog(list, { entries: [] }, t, 'en');
    expect(list.textContent).toBe('You have not sent any reports yet.');
  });
});

describe('spokenLanguage', () => {
  it('is the chosen language, or the browser language when there is a catalogue for it, else English', () => {
    expect(spokenLanguage('auto', 'en-US')).toBe('en');
    expect(spokenLanguage('auto', 'nl-BE')).toBe('nl');
    expect(spokenLanguage('auto', 'fr')).toBe('fr');
    expect(spokenLanguage('auto', 'pt-BR')).toBe('en');
    expect(spokenLanguage('de', 'en-US')).toBe('de');
  });
});
