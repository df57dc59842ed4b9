/**
 * The report flow as the background runs it: prepare (build the report and keep it, so what is sent is
 * exactly what the user previewed), send (block the page's numbers for this user at once, then queue the
 * report for the endpoint if one is set), and the queue's state for the options page.
 */
import type { Verdict } from '../../core/verdict/verdict.ts';
import { reportJson, type Report } from '../../core/report/report-format.ts';
import type { StorageArea } from '../../shared/storage/storage-area.ts';
import { readSettings, type Settings } from '../../shared/storage/settings.ts';
import type { UserListChange } from '../../shared/storage/user-lists.ts';
import { prepareReport, type ReportChoice } from './prepare-report.ts';
import type { ReportQueue } from './report-queue.ts';

export interface ReportingDeps {
  readonly session: StorageArea;
  readonly local: StorageArea;
  readonly defaults: Settings;
  readonly queue: ReportQueue;
  readonly tab: (tabId: number) => Promise<{ url: string; title: string; verdict: Verdict | undefined } | undefined>;
  readonly changeLists: (change: UserListChange, tabId?: number) => Promise<unknown>;
  readonly newId: () => string;
  readonly now: () => number;
  readonly version: string;
  readonly browser: 'chrome' | 'firefox';
  readonly language: () => string;
}

export interface SendOutcome {
  /** Numbers now blocked for this user. */
  readonly blocked: readonly string[];
  readonly endpoint: string | undefined;
  /** 'sent' (accepted by the endpoint), 'queued' (will be retried), or 'local' (no endpoint set). */
  readonly delivery: 'sent' | 'queued' | 'local';
}

const preparedKey = (id: string): string => `report:${id}`;

export class Reporting {
  constructor(private readonly deps: ReportingDeps) {}

  async prepare(tabId: number, choice: ReportChoice): Promise<{ id: string; json: string } | { error: string }> {
    const tab = await this.deps.tab(tabId);
    if (!tab) return { error: 'this tab has not been checked' };
    const report = prepareReport(choice, {
      id: this.deps.newId(), now: new Date(this.deps.now()), url: tab.url, title: tab.title, verdict: tab.verdict,
      version: this.deps.version, browser: this.deps.browser, language: this.deps.language(),
    });
    const json = reportJson(report);
    await this.deps.session.set({ [preparedKey(report.id)]: { json, tabId } });
    return { id: report.id, json };
  }

  async send(id: string): Promise<SendOutcome | { error: string }> {
    const stored = (await this.deps.session.get(preparedKey(id)))[preparedKey(id)] as { json: string; tabId: number } | undefined;
    if (!stored) return { error: 'this report was not prepared (or was already sent)' };
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
    if (settings.reportEndpoint) {
      try {
        await this.deps.queue.enqueue(report.id, settings.reportEndpoint, stored.json);
      } catch {
        // Storage full or failing: the report could not be queued. It stays prepared, so pressing Send again
        // retries, and the popup says so instead of claiming it was sent.
        return { error: 'not-saved' };
      }
    }
    await this.deps.session.remove(preparedKey(id));
    if (!settings.reportEndpoint) return { blocked, endpoint: undefined, delivery: 'local' };
    const stillQueued = (await this.deps.queue.pending()).some((r) => r.id === report.id);
    return { blocked, endpoint: settings.reportEndpoint, delivery: stillQueued ? 'queued' : 'sent' };
  }

  async queueState(): Promise<{ pending: number; sent: number; lastError: string | undefined; nextAttempt: number | undefined }> {
    const pending = await this.deps.queue.pending();
    return {
      pending: pending.length,
      sent: (await this.deps.queue.sent()).length,
      lastError: pending.find((r) => r.lastError)?.lastError,
      nextAttempt: pending.length ? Math.min(...pending.map((r) => r.nextAttempt)) : undefined,
    };
  }
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}
