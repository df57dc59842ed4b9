/**
 * Checks a decision as it arrives, from a form or from a partner's JSON, before anything touches the
 * database. Each problem has a code (the partner API's 400 answer; the pages map it to a message).
 */
import { BRANDS, type BrandId } from '../../src/core/brands/brand-lexicon.ts';
import { asE164, type E164 } from '../../src/core/phone/e164.ts';
import { hasInvisible } from './visible-text.ts';

export type DecisionAction = 'list' | 'reject' | 'official' | 'remove' | 'keep' | 'reject-report' | 'reject-no-number';

export type DecisionInput =
  | { readonly action: 'list'; readonly number: E164; readonly brand: BrandId; readonly reason: string }
  | { readonly action: 'official'; readonly number: E164; readonly organisation: string; readonly reason: string }
  | { readonly action: 'reject' | 'remove' | 'keep'; readonly number: E164; readonly reason: string }
  | { readonly action: 'reject-report' | 'reject-no-number'; readonly reportId: string; readonly reason: string };

export type InputProblem =
  | 'invalid-action' | 'invalid-number' | 'invalid-brand' | 'invalid-organisation' | 'invalid-report' | 'missing-reason' | 'reason-too-long';

export type Checked = { readonly ok: true; readonly decision: DecisionInput } | { readonly ok: false; readonly problem: InputProblem };

const ACTIONS: readonly DecisionAction[] = ['list', 'reject', 'official', 'remove', 'keep', 'reject-report', 'reject-no-number'];
const BRAND_IDS = new Set<string>(BRANDS.map((b) => b.id));
export const MAX_REASON = 1000;
export const MAX_ORGANISATION = 200;

function isAction(value: unknown, allowed: readonly DecisionAction[]): value is DecisionAction {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

/**
 * Text a reviewer typed: trimmed, and refused if it holds control, direction-changing or invisible characters.
 * They have no place in a reason, and an organisation name is published in the signed list every install
 * shows, where a right-to-left override would make it read as something else.
 */
function cleanText(value: unknown, max: number): string | undefined | 'too-long' {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  // eslint-disable-next-line no-control-regex -- refusing control characters (tab and newline too) is the point
  if (text === '' || /[\u0000-\u001f\u007f-\u009f]/.test(text) || hasInvisible(text)) return undefined;
  return text.length > max ? 'too-long' : text;
}

/** `fields` is untrusted: a form body or a parsed JSON object. `allowed` narrows the actions (the API has four). */
export function checkDecision(fields: Readonly<Record<string, unknown>>, allowed: readonly DecisionAction[] = ACTIONS): Checked {
  const action = fields.action;
  if (!isAction(action, allowed)) return { ok: false, problem: 'invalid-action' };
  const reason = cleanText(fields.reason, MAX_REASON);
  if (reason === undefined) return { ok: false, problem: 'missing-reason' };
  if (reason === 'too-long') return { ok: false, problem: 'reason-too-long' };
  if (action === 'reject-report' || action === 'reject-no-number') {
    const reportId = fields.report;
    // The shape intake accepts (src/core/report/validate-report.ts); anything else cannot name a stored report.
    if (typeof reportId !== 'string' || !/^[A-Za-z0-9-]{1,64}$/.test(reportId)) return { ok: false, problem: 'invalid-report' };
    return { ok: true, decision: { action, reportId, reason } };
  }
  const number = typeof fields.number === 'string' ? asE164(fields.number) : undefined;
  if (!number) return { ok: false, problem: 'invalid-number' };
  if (action === 'list') {
    const brand = fields.brand;
    if (typeof brand !== 'string' || !BRAND_IDS.has(brand)) return { ok: false, problem: 'invalid-brand' };
    return { ok: true, decision: { action, number, brand: brand as BrandId, reason } };
  }
  if (action === 'official') {
    const organisation = cleanText(fields.organisation, MAX_ORGANISATION);
    if (organisation === undefined || organisation === 'too-long') return { ok: false, problem: 'invalid-organisation' };
    return { ok: true, decision: { action, number, organisation, reason } };
  }
  return { ok: true, decision: { action, number, reason } };
}
