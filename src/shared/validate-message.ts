/**
 * Runtime checks for every message the background receives. Content scripts run inside web pages, so a
 * compromised renderer can send anything: each field is checked for type and size, unknown fields are
 * dropped, and a message that fails is refused whole (`undefined`).
 */
import { isBehaviourSignal, type BehaviourCounts } from '../core/verdict/behaviour.ts';
import { MAX_PHONE_FIELDS, MAX_SAMPLE_TEXT, MAX_TEL_LINKS, type PageSample } from '../core/verdict/page-sample.ts';
import type { BannerAction, ContentRequest, PageRequest } from './messages.ts';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const boundedString = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;
const BANNER_ACTIONS: readonly BannerAction[] = ['leave', 'report', 'dismiss', 'not-a-scam'];

export function validSample(value: unknown): PageSample | undefined {
  if (!isObject(value)) return undefined;
  const { url, title, lang, text, telLinks, phoneFields } = value;
  if (!boundedString(url, 4096) || !/^(?:https?|about|blob|data):/i.test(url)) return undefined;
  if (!boundedString(title, 1024) || !boundedString(lang, 35) || !boundedString(text, MAX_SAMPLE_TEXT)) return undefined;
  if (!Array.isArray(telLinks) || telLinks.length > MAX_TEL_LINKS || !telLinks.every((l) => boundedString(l, 256))) return undefined;
  if (typeof phoneFields !== 'number' || !Number.isInteger(phoneFields) || phoneFields < 0 || phoneFields > MAX_PHONE_FIELDS) return undefined;
  return { url, title, lang, text, telLinks: telLinks as string[], phoneFields };
}

export function validBehaviour(value: unknown): BehaviourCounts | undefined {
  if (!isObject(value)) return undefined;
  const counts: BehaviourCounts = {};
  for (const [key, count] of Object.entries(value)) {
    if (!isBehaviourSignal(key) || typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > 1_000_000) {
      return undefined;
    }
    counts[key] = count;
  }
  return counts;
}

export function validContentRequest(value: unknown): ContentRequest | undefined {
  if (!isObject(value)) return undefined;
  switch (value['type']) {
    case 'scan': {
      const sample = validSample(value['sample']);
      return sample ? { type: 'scan', sample } : undefined;
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

export function validPageRequest(value: unknown): PageRequest | undefined {
  if (!isObject(value)) return undefined;
  switch (value['type']) {
    case 'get-tab-state':
      return isTabId(value['tabId']) ? { type: 'get-tab-state', tabId: value['tabId'] } : undefined;
    default:
      return undefined;
  }
}
