/**
 * A reviewer's or trusted partner's organisation name goes into the signed list every install receives, and
 * reasons are shown in the audit log as plain text: neither may carry direction overrides or invisible
 * characters that make it read differently from what it is (a control character was already refused).
 */
import { describe, expect, it } from 'vitest';
import { checkDecision } from '../../../server/moderation/decision-input.ts';

const NUMBER = '+18445550147';

describe('text typed into a decision', () => {
  it.each([
    ['right-to-left override', 'Microsoft \u202eetadpu\u202c'],
    ['zero-width space', 'Micro\u200bsoft'],
    ['byte-order mark', 'Micro\ufeffsoft'],
    ['tag characters', 'Microsoft\u{e0041}'],
  ])('refuses an organisation with a %s', (_label, organisation) => {
    expect(checkDecision({ action: 'official', number: NUMBER, organisation, reason: 'their support line' })).toEqual({ ok: false, problem: 'invalid-organisation' });
  });

  it('refuses a reason with a direction override', () => {
    expect(checkDecision({ action: 'reject', number: NUMBER, reason: 'not a scam \u202edetsil\u202c' })).toEqual({ ok: false, problem: 'missing-reason' });
  });

  it('keeps ordinary text of any script', () => {
    const checked = checkDecision({ action: 'official', number: NUMBER, organisation: 'Службa поддержки — خدمة العملاء', reason: 'Überprüft: offizielle Nummer' });
    expect(checked.ok).toBe(true);
  });
});

describe('text typed into a decision, control characters', () => {
  it('still refuses a newline in an organisation', () => {
    expect(checkDecision({ action: 'official', number: NUMBER, organisation: 'Micro\nsoft', reason: 'their support line' })).toEqual({ ok: false, problem: 'invalid-organisation' });
  });
});
