/**
 * The one message protocol between the extension's parts, as a map from message type to request and reply.
 * Grouped by who may send it: a content script speaks for a web page and gets the least power (it can hand
 * in evidence, never change what the user trusts); extension pages act for the user. Every incoming message
 * is validated (validate-message.ts) and its sender checked (background/message-router.ts) before use.
 * Both ends are typed on these maps: the pages send through send-to-background.ts, which reads each reply's
 * type from here, and the background answers from a handler table keyed by the same maps.
 */
import type { BehaviourCounts } from '../core/verdict/behaviour.ts';
import type { PageSample } from '../core/verdict/page-sample.ts';
import type { NumberStatus } from '../core/verdict/verdict.ts';
import type { ReportKind } from '../core/report/report-format.ts';
import type { ActionError } from './action-error-text.ts';
import type { ReportLogView } from './report-log.ts';
import type { Settings } from './storage/settings.ts';
import type { UserListChange, UserLists } from './storage/user-lists.ts';
import type { BannerModel, ListStatusView, SettingsView, TabStateView } from './views.ts';

/** Sent by content scripts, on behalf of a web page. */
export interface ContentRequests {
  /** The top frame's first word on every new document, so the tab's old verdict is dropped at once. */
  hello: { request: { type: 'hello'; documentId: string }; reply: { ok: boolean } };
  scan: { request: { type: 'scan'; sample: PageSample; documentId?: string }; reply: ScanReply };
  behaviour: { request: { type: 'behaviour'; counts: BehaviourCounts }; reply: ScanReply };
  'banner-action': { request: { type: 'banner-action'; action: BannerAction }; reply: { ok: boolean } };
}

export type BannerAction = 'leave' | 'report' | 'dismiss' | 'not-a-scam';

export interface ScanReply {
  readonly banner: BannerModel | undefined;
}

/** Sent by the popup, the options page and the leave page, acting for the user. */
export interface ExtensionPageRequests {
  'get-tab-state': { request: { type: 'get-tab-state'; tabId: number }; reply: TabStateView };
  'get-list-status': { request: { type: 'get-list-status' }; reply: ListStatusView };
  'sync-now': { request: { type: 'sync-now' }; reply: ListStatusView };
  'get-user-lists': { request: { type: 'get-user-lists' }; reply: UserLists };
  /** `tabId`: the tab the change came from (the popup), re-judged at once. */
  'change-user-lists': { request: { type: 'change-user-lists'; change: UserListChange; tabId?: number }; reply: UserLists };
  'import-user-lists': { request: { type: 'import-user-lists'; json: string }; reply: { added: number; rejected: number } | ActionError };
  'export-user-lists': { request: { type: 'export-user-lists' }; reply: { json: string } };
  'get-settings': { request: { type: 'get-settings' }; reply: SettingsView };
  'set-settings': { request: { type: 'set-settings'; settings: Partial<Omit<Settings, 'schema'>> }; reply: SettingsView | ActionError };
  'check-number': { request: { type: 'check-number'; text: string }; reply: CheckNumberReply };
  'prepare-report': {
    request: { type: 'prepare-report'; tabId: number; kind: ReportKind; comment: string; screenshot: string | null };
    reply: { id: string; json: string } | ActionError;
  };
  'send-report': { request: { type: 'send-report'; id: string }; reply: SendReportReply | ActionError };
  'get-report-queue': { request: { type: 'get-report-queue' }; reply: ReportQueueView };
  'retry-reports': { request: { type: 'retry-reports' }; reply: ReportQueueView };
  /** The user's sent reports; `refresh` asks the service first about those not checked for a few minutes. */
  'get-report-log': { request: { type: 'get-report-log'; refresh: boolean }; reply: ReportLogView };
}

export interface CheckNumberReply {
  readonly results: readonly { readonly e164: string; readonly display: string; readonly status: NumberStatus; readonly country: string | undefined }[];
}

export interface SendReportReply {
  readonly blocked: readonly string[];
  readonly endpoint: string | undefined;
  readonly delivery: 'sent' | 'queued' | 'failed' | 'local';
}

export interface ReportQueueView {
  readonly pending: number;
  readonly sent: number;
  readonly lastError: string | undefined;
  readonly nextAttempt: number | undefined;
}

/**
 * Pushed by the background to a tab's content scripts: a changed verdict, or (to the top frame) a request
 * for its text when only a subframe had a number, so that the tab is judged as a whole.
 */
export type BackgroundPush = { type: 'verdict'; banner: BannerModel | undefined } | { type: 'send-sample' } | { type: 'ping' };

/** A request in one of the maps above, by name; without a name, any of them. */
export type ContentRequest<K extends keyof ContentRequests = keyof ContentRequests> = ContentRequests[K]['request'];
export type ExtensionPageRequest<K extends keyof ExtensionPageRequests = keyof ExtensionPageRequests> = ExtensionPageRequests[K]['request'];
/** The reply the background gives to the request of that name. */
export type ContentReply<K extends keyof ContentRequests = keyof ContentRequests> = ContentRequests[K]['reply'];
export type ExtensionPageReply<K extends keyof ExtensionPageRequests = keyof ExtensionPageRequests> = ExtensionPageRequests[K]['reply'];
export type AnyRequest = ContentRequest | ExtensionPageRequest;
export type ReplyTo<T extends AnyRequest> = T extends { type: infer K }
  ? K extends keyof ContentRequests
    ? ContentReply<K>
    : K extends keyof ExtensionPageRequests
      ? ExtensionPageReply<K>
      : never
  : never;
