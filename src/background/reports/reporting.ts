/**
 * The report flow as the background runs it: prepare (build the report and keep it, so what is sent is
 * exactly what the user previewed), send (block the page's numbers for this user at once, then queue the
 * report for wherever the settings send reports: the built-in service, the user's own address, or nowhere),
 * the queue's state for the options page, and the log of sent reports with what became of them.
 */
import type { Verdict } from '../../core/verdict/verdict.ts';
import { hostOf } from '../../core/web/host-of.ts';
import { reportJson, type Report } from '../../core/report/report-format.ts';
import type { ActionError } from '../../shared/action-error-text.ts';
import { spokenLanguage } from '../../shared/i18n.ts';
import type { ReportLogEntry, ReportLogView } from '../../shared/report-log.ts';
import type { StorageArea } from '../../shared/storage/storage-area.ts';
import { readEntry, removeEntry, writeEntry } from '../../shared/storage/storage-entry.ts';
import { STORAGE } from '../../shared/storage/storage-keys.ts';
import { readSettings, reportDestination, type Settings } from '../../shared/storage/settings.ts';
import type { UserListChange } from '../../shared/storage/user-lists.ts';
import { prepareReport, type ReportChoice } from './prepare-report.ts';
import type { ReportQueue, SentReport } from './report-queue.ts';
import type { ReportStatuses, StatusMap } from './report-status.ts';

export interface ReportingDeps {
  readonly session: StorageArea;
  readonly local: StorageArea;
  readonly defaults: Settings;
  /** The built-in service's report endpoint (build-config), undefined in a build without a service. */
  readonly serviceEndpoint: string | undefined;
  readonly queue: ReportQueue;
  readonly statuses: ReportStatuses;
  readonly tab: (tabId: number) => Promise<{ url: string; title: string; verdict: Verdict | undefined } | undefined>;
  readonly changeLists: (change: UserListChange, tabId?: number) => Promise<unknown>;
  readonly newId: () => string;
  readonly now: () => number;
  readonly version: string;
  readonly browser: 'chrome' | 'firefox';
  /** The browser's language (en-US); the report names the extension's own language, derived from it. */
  readonly uiLanguage: () => string;
}

export interface SendOutcome {
  /** Numbers now blocked for this user. */
  readonly blocked: readonly string[];
  readonly endpoint: string | undefined;
  /** 'sent' (accepted by the endpoint), 'queued' (will be retried), 'failed' (refused for good), or 'local' (reporting off). */
  readonly delivery: 'sent' | 'queued' | 'failed' | 'local';
}

/** The endpoints whose report status may be asked: the service's and the user's own; none when reporting is off. */
export async function statusEndpoints(local: StorageArea, defaults: Settings, serviceEndpoint: string | undefined): Promise<string[]> {
  const { settings } = await readSettings(local, defaults);
  if (settings.reportTarget === 'off') return [];
  return [serviceEndpoint, settings.reportEndpoint].filter((e): e is string => e !== undefined);
}

export class Reporting {
  constructor(private readonly deps: ReportingDeps) {}

  async prepare(tabId: number, choice: ReportChoice): Promise<{ id: string; json: string } | ActionError> {
    const tab = await this.deps.tab(tabId);
    if (!tab) return { error: 'tab-not-checked' };
    const { settings } = await readSettings(this.deps.local, this.deps.defaults);
    const report = prepareReport(choice, {
      id: this.deps.newId(), now: new Date(this.deps.now()), url: tab.url, title: tab.title, verdict: tab.verdict,
      version: this.deps.version, browser: this.deps.browser, language: spokenLanguage(settings.language, this.deps.uiLanguage()),
    });
    const json = reportJson(report);
    await writeEntry(this.deps.session, STORAGE.preparedReport(report.id), { json, tabId });
    return { id: report.id, json };
  }

  async send(id: string): Promise<SendOutcome | ActionError> {
    const stored = await readEntry(this.deps.session, STORAGE.preparedReport(id));
    if (!stored) return { error: 'report-not-prepared' };
    const report = JSON.parse(stored.json) as Report;
    const host = hostOf(report.page.url);
    const blocked: string[] = [];
    if (report.kind !== 'false-positive') {
      for (const number of report.numbers.filter((n) => n.status !== 'official')) {
        await this.deps.changeLists({ op: 'block-number', number: number.e164 as never, ...(host ? { host } : {}) }, stored.tabId);
        blocked.push(number.e164);
      }
    }
    const { settings } = await readSettings(this.deps.local, this.deps.defaults);
    const endpoint = reportDestination(settings, this.deps.serviceEndpoint);
    if (endpoint) {
      try {
        await this.deps.queue.enqueue(report.id, endpoint, stored.json, { kind: report.kind, host });
      } catch {
        // Storage full or failing: the report could not be queued. It stays prepared, so pressing Send again
        // retries, and the popup says so instead of claiming it was sent.
        return { error: 'not-saved' };
      }
    }
    await removeEntry(this.deps.session, STORAGE.preparedReport(id));
    if (!endpoint) return { blocked, endpoint: undefined, delivery: 'local' };
    if ((await this.deps.queue.pending()).some((r) => r.id === report.id)) return { blocked, endpoint, delivery: 'queued' };
    const logged = (await this.deps.queue.sent()).find((r) => r.id === report.id);
    return { blocked, endpoint, delivery: logged?.outcome === 'failed' ? 'failed' : 'sent' };
  }

  async queueState(): Promise<{ pending: number; sent: number; lastError: string | undefined; nextAttempt: number | undefined }> {
    const pending = await this.deps.queue.pending();
    return {
      pending: pending.length,
      sent: (await this.deps.queue.sent()).filter((r) => r.outcome !== 'failed').length,
      lastError: pending.find((r) => r.lastError)?.lastError,
      nextAttempt: pending.length ? Math.min(...pending.map((r) => Math.max(r.nextAttempt, r.notBefore ?? 0))) : undefined,
    };
  }

  /** The sent reports, newest first; `refresh` first asks the service about those due for a check. */
  async reportLog(refresh: boolean): Promise<ReportLogView> {
    if (refresh) await this.deps.statuses.refresh();
    const [log, statuses] = await Promise.all([this.deps.queue.sent(), this.deps.statuses.read()]);
    return { entries: log.slice().reverse().map((r) => logEntry(r, statuses)) };
  }
}

function logEntry(report: SentReport, statuses: StatusMap): ReportLogEntry {
  const known = statuses[report.id];
  return {
    id: report.id,
    sentAt: report.sentAt,
    outcome: report.outcome ?? 'sent',
    code: report.code,
    kind: report.label?.kind,
    pageHost: report.label?.host,
    destinationHost: hostOf(report.endpoint),
    status: known?.status,
    reason: known?.reason ?? null,
  };
}
