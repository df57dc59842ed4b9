/**
 * Runtime checks for every message the background receives. Content scripts run inside web pages, so a
 * compromised renderer can send anything: each field is checked for type and size, unknown fields are
 * dropped, and a message that fails is refused whole (`undefined`).
 *
 * Pushes the other way (`validPush`) come from the extension's own background, so they are checked for
 * shape only, not size: the compiler's checks end at the message port, and a malformed push must not reach
 * the banner code half-formed.
 */
import { isBehaviourSignal, type BehaviourCounts } from '../core/verdict/behaviour.ts';
import {
  MAX_PHONE_FIELDS, MAX_QUOTE_TEXT, MAX_QUOTES, MAX_SAMPLE_LANG, MAX_SAMPLE_TEXT, MAX_SAMPLE_TITLE, MAX_SAMPLE_URL, MAX_TEL_LINK_LENGTH, MAX_TEL_LINKS, PAGE_KINDS,
  type PageKind, type PageSample,
} from '../core/verdict/page-sample.ts';
import { MAX_BEHAVIOUR_COUNT } from './page-world-channel.ts';
import { isE164 } from '../core/phone/e164.ts';
import type { BackgroundPush, BannerAction, ContentRequest, ExtensionPageRequest } from './messages.ts';
import { isReportKind, MAX_COMMENT, MAX_SCREENSHOT } from '../core/report/report-format.ts';
import type { Settings } from './storage/settings.ts';
import type { UserListChange } from './storage/user-lists.ts';
import type { BannerModel } from './views.ts';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const boundedString = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;
const BANNER_ACTIONS: readonly BannerAction[] = ['leave', 'report', 'dismiss', 'not-a-scam'];
const isDocumentId = (value: unknown): value is string => typeof value === 'string' && /^[a-z0-9]{8,40}$/.test(value);

export function validSample(value: unknown): PageSample | undefined {
  if (!isObject(value)) return undefined;
  const { url, title, lang, text, telLinks, phoneFields } = value;
  if (!boundedString(url, MAX_SAMPLE_URL) || !/^(?:https?|about|blob|data):/i.test(url)) return undefined;
  if (!boundedString(title, MAX_SAMPLE_TITLE) || !boundedString(lang, MAX_SAMPLE_LANG) || !boundedString(text, MAX_SAMPLE_TEXT)) return undefined;
  if (!Array.isArray(telLinks) || telLinks.length > MAX_TEL_LINKS || !telLinks.every((l) => boundedString(l, MAX_TEL_LINK_LENGTH))) return undefined;
  if (typeof phoneFields !== 'number' || !Number.isInteger(phoneFields) || phoneFields < 0 || phoneFields > MAX_PHONE_FIELDS) return undefined;
  const { kinds, quotes } = value;
  // Optional: what the markup says the page is, and its quotations. They can only make quoted words count less.
  if (kinds !== undefined && !(Array.isArray(kinds) && kinds.length <= PAGE_KINDS.length && kinds.every((k) => PAGE_KINDS.includes(k as PageKind)))) return undefined;
  if (quotes !== undefined && !(Array.isArray(quotes) && quotes.length <= MAX_QUOTES && quotes.every((q) => boundedString(q, MAX_QUOTE_TEXT)))) return undefined;
  return {
    url, title, lang, text, telLinks: telLinks as string[], phoneFields,
    ...(kinds === undefined ? {} : { kinds: kinds as PageKind[] }),
    ...(quotes === undefined ? {} : { quotes: quotes as string[] }),
  };
}

export function validBehaviour(value: unknown): BehaviourCounts | undefined {
  if (!isObject(value)) return undefined;
  const counts: BehaviourCounts = {};
  for (const [key, count] of Object.entries(value)) {
    if (!isBehaviourSignal(key) || typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > MAX_BEHAVIOUR_COUNT) {
      return undefined;
    }
    counts[key] = count;
  }
  return counts;
}

export function validContentRequest(value: unknown): ContentRequest | undefined {
  if (!isObject(value)) return undefined;
  switch (value['type']) {
    case 'hello':
      return isDocumentId(value['documentId']) ? { type: 'hello', documentId: value['documentId'] } : undefined;
    case 'scan': {
      const sample = validSample(value['sample']);
      if (!sample) return undefined;
      return isDocumentId(value['documentId']) ? { type: 'scan', sample, documentId: value['documentId'] } : { type: 'scan', sample };
    }
    case 'behaviour': {
      const counts = validBehaviour(value['counts']);
      return counts ? { type: 'behaviour', counts } : undefined;
    }
    case 'banner-action': {
      const action = value['action'];
      return BANNER_ACTIONS.includes(action as BannerAction) ? { type: 'banner-action', action: action as BannerAction } : undefined;
    }
    default:
      return undefined;
  }
}

const isTabId = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const HOST = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?$/;

export function validChange(value: unknown): UserListChange | undefined {
  if (!isObject(value)) return undefined;
  const { op, number, host } = value;
  switch (op) {
    case 'block-number':
      if (!isE164(number)) return undefined;
      return typeof host === 'string' && HOST.test(host) ? { op, number, host } : { op, number };
    case 'trust-number':
    case 'remove-blocked':
    case 'remove-trusted':
      return isE164(number) ? { op, number } : undefined;
    case 'trust-site':
    case 'remove-site':
      return typeof host === 'string' && HOST.test(host.toLowerCase()) ? { op, host: host.toLowerCase() } : undefined;
    default:
      return undefined;
  }
}

const SIMPLE_PAGE_REQUESTS = ['get-list-status', 'sync-now', 'get-user-lists', 'export-user-lists', 'get-settings', 'get-report-queue', 'retry-reports'] as const;
const REPORT_ID = /^[0-9a-f-]{36}$/;

export function validExtensionPageRequest(value: unknown): ExtensionPageRequest | undefined {
  if (!isObject(value)) return undefined;
  const type = value['type'];
  if ((SIMPLE_PAGE_REQUESTS as readonly unknown[]).includes(type)) return { type } as ExtensionPageRequest;
  switch (type) {
    case 'get-tab-state':
      return isTabId(value['tabId']) ? { type: 'get-tab-state', tabId: value['tabId'] } : undefined;
    case 'change-user-lists': {
      const change = validChange(value['change']);
      if (!change) return undefined;
      return isTabId(value['tabId']) ? { type, change, tabId: value['tabId'] } : { type, change };
    }
    case 'import-user-lists':
      return boundedString(value['json'], 5_000_000) ? { type, json: value['json'] } : undefined;
    case 'set-settings':
      return isObject(value['settings']) ? { type, settings: value['settings'] as Partial<Settings> } : undefined;
    case 'check-number':
      return boundedString(value['text'], 2000) ? { type, text: value['text'] } : undefined;
    case 'prepare-report': {
      const { tabId, kind, comment, screenshot } = value;
      if (!isTabId(tabId) || !isReportKind(kind) || !boundedString(comment, MAX_COMMENT)) return undefined;
      if (screenshot !== null && !(boundedString(screenshot, MAX_SCREENSHOT) && screenshot.startsWith('data:image/png;base64,'))) return undefined;
      return { type, tabId, kind, comment, screenshot };
    }
    case 'get-report-log':
      return typeof value['refresh'] === 'boolean' ? { type, refresh: value['refresh'] } : undefined;
    case 'send-report':
      return typeof value['id'] === 'string' && REPORT_ID.test(value['id']) ? { type, id: value['id'] } : undefined;
    default:
      return undefined;
  }
}

const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');
const hasStrings = <K extends string>(value: unknown, keys: readonly K[]): value is Json & Record<K, string> =>
  isObject(value) && keys.every((key) => typeof value[key] === 'string');
const BANNER_TEXTS = ['lang', 'headline', 'reason', 'numbersLabel', 'markLabel', 'regionLabel'] as const;

export function validBanner(value: unknown): BannerModel | undefined {
  if (!hasStrings(value, BANNER_TEXTS)) return undefined;
  const { level, numbers, written, actions, confirmHide, defuse } = value;
  if ((level !== 'scam' && level !== 'suspicious') || !isStringList(numbers) || !isStringList(written) || typeof defuse !== 'boolean') return undefined;
  if (!hasStrings(actions, ['leave', 'report', 'dismiss', 'notScam'])) return undefined;
  if (confirmHide !== undefined && !hasStrings(confirmHide, ['question', 'yes', 'no'])) return undefined;
  const { lang, headline, reason, numbersLabel, markLabel, regionLabel } = value;
  return {
    level, lang, headline, reason, numbersLabel, numbers, written, markLabel, regionLabel, defuse,
    actions: { leave: actions.leave, report: actions.report, dismiss: actions.dismiss, notScam: actions.notScam },
    ...(confirmHide === undefined ? {} : { confirmHide: { question: confirmHide.question, yes: confirmHide.yes, no: confirmHide.no } }),
  };
}

export function validPush(value: unknown): BackgroundPush | undefined {
  if (!isObject(value)) return undefined;
  switch (value['type']) {
    case 'verdict': {
      // No banner is a verdict too (the page is clean now); Chrome drops the undefined field on the way.
      if (value['banner'] === undefined) return { type: 'verdict', banner: undefined };
      const banner = validBanner(value['banner']);
      return banner ? { type: 'verdict', banner } : undefined;
    }
    case 'send-sample':
    case 'ping':
      return { type: value['type'] };
    default:
      return undefined;
  }
}
