/**
 * Scam kits read the number they show from their own address (`?phone=`, `?nr=`, `?bcda=`) so one kit serves
 * many call centres. A phone number carried in the page URL is rare on honest pages and a strong signal.
 * Parameter names vary and are disguised (`ph0ne`), so any parameter whose value is phone-shaped counts;
 * names that say "phone" only make a shorter value acceptable.
 */
import { findNumberRuns } from './number-runs.ts';

/**
 * A value under a parameter not named for phones counts only when it is as long as a full national number:
 * shorter runs there are ids, prices and page numbers.
 */
const UNNAMED_PARAMETER_DIGITS = 10;
const PHONE_PARAM = /^(?:ph[o0]ne|phone?num(?:ber)?|tel|telefoon|telefon|t[eé]l[eé]phone|nr|num|number|call|cc|ph|pn|mob)$/i;

export interface UrlNumber {
  readonly parameter: string;
  readonly value: string;
}

export function numbersInUrl(url: string): UrlNumber[] {
  // Every page passes through here: an address without parameters is answered without parsing it.
  if (!url.includes('=')) return [];
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [];
  }
  const found: UrlNumber[] = [];
  const params = new URLSearchParams(parsed.search);
  // Kits also put parameters after the hash (#phone=…).
  const hash = parsed.hash.replace(/^#\??/, '');
  if (hash.includes('=')) new URLSearchParams(hash).forEach((value, key) => params.append(key, value));
  params.forEach((value, parameter) => {
    const trimmed = value.trim().slice(0, 40);
    const runs = findNumberRuns(trimmed, 1);
    const run = runs[0];
    if (!run) return;
    const wholeValue = run.start <= 1 && run.end >= trimmed.replace(/\s+$/, '').length - 1;
    if (wholeValue && (PHONE_PARAM.test(parameter) || run.digitCount >= UNNAMED_PARAMETER_DIGITS)) found.push({ parameter, value: trimmed });
  });
  return found;
}
