/**
 * A reason from the detector (an i18n key with evidence) in words. Numbers in reasons are shown in the
 * reading format the caller provides (format-number.ts in the background, where the phone library lives).
 */
import { isE164, type E164 } from '../core/phone/e164.ts';
import type { Reason } from '../core/verdict/verdict.ts';
import type { Translate } from './i18n.ts';

export function reasonText(reason: Reason, t: Translate, format: (number: E164) => string): string {
  return t(reason.key, ...reason.values.map((v) => (isE164(v) ? format(v) : v)));
}
