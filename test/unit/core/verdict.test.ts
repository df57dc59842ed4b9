/**
 * The verdict's rules, one by one, on small hand-written samples. The fixture table (test/unit/fixtures)
 * covers whole pages; these pin each rule so a weight change that breaks one says which.
 */
import { describe, expect, it } from 'vitest';
import type { E164 } from '../../../src/core/phone/e164.ts';
import type { BehaviourCounts } from '../../../src/core/verdict/behaviour.ts';
import { analyzePage } from '../../../src/core/verdict/analyze-page.ts';
import { NO_LISTS, type NumberLists } from '../../../src/core/verdict/number-lists.ts';
import type { PageSample } from '../../../src/core/verdict/page-sample.ts';
import type { Sensitivity } from '../../../src/core/verdict/score-evidence.ts';

const page = (text: string, url = 'http://some-site.example/', title = ''): PageSample => ({ url, title, lang: 'en', text, telLinks: [], phoneFields: 0 });
const judge = (sample: PageSample, lists: NumberLists = NO_LISTS, behaviour: BehaviourCounts = {}, sensitivity: Sensitivity = 'normal') =>
  analyzePage(sample, { lists, behaviour, options: { sensitivity } });
const listing = (blocked: Record<string, 'list' | 'user'>, allowed: string[] = []): NumberLists => ({
  blockedBy: (n: E164) => blocked[n],
  isAllowed: (n: E164) => allowed.includes(n),
});

const SCAREWARE = 'Windows Defender: your computer has been locked. Virus detected. Do not close this page. Call Microsoft Support now: +1 844 555 0147';

describe('verdict rules', () => {
  it('a known scam number presented as a contact is a scam, whatever the wording', () => {
    const verdict = judge(page('Microsoft help: +1 888 664 4090'), listing({ '+18886644090': 'list' }));
    expect(verdict.level).toBe('scam');
    expect(verdict.reasons[0]?.key).toBe('reasonListedNumber');
    expect(verdict.numbers[0]?.status).toBe('listed');
  });

  it('a known scam number quoted in a warning is not', () => {
    const text = 'Beware of scammers: do not call this number: +1 888 664 4090. Microsoft never calls you.';
    expect(judge(page(text), listing({ '+18886644090': 'list' })).level).toBe('clean');
  });

  it("a number the user reported is red on any page", () => {
    const verdict = judge(page('Reservations: +1 844 555 0111'), listing({ '+18445550111': 'user' }));
    expect(verdict.level).toBe('scam');
    expect(verdict.reasons.map((r) => r.key)).toContain('reasonReportedNumber');
  });

  it('an official or trusted number is never counted against a page', () => {
    const verdict = judge(page(SCAREWARE.replace('+1 844 555 0147', '1-800-642-7676')), listing({}, ['+18006427676']));
    expect(verdict.numbers[0]?.status).toBe('official');
    expect(verdict.level).not.toBe('scam');
  });

  it('impersonation + call to action + scareware is a scam even with a number nobody has listed', () => {
    const verdict = judge(page(SCAREWARE));
    expect(verdict.level).toBe('scam');
    expect(verdict.brand).toBe('microsoft');
    expect(verdict.reasons.map((r) => r.key)).toEqual(expect.arrayContaining(['reasonImpersonation', 'reasonLockClaim']));
  });

  it("the same words on the brand's own site are not", () => {
    expect(judge(page(SCAREWARE, 'http://support.microsoft.com/scams')).level).toBe('clean');
  });

  it('weaker combinations are amber, not red', () => {
    const verdict = judge(page('Microsoft security warning: threats detected on your PC. Call +1 844 555 0147'));
    expect(verdict.level).toBe('suspicious');
  });

  it('nothing turns red without a way to call or a lock-screen act', () => {
    const text = 'Windows Defender: your computer has been locked. Virus detected. Do not close this page. Call Microsoft Support now.';
    expect(judge(page(text)).level).not.toBe('scam');
  });

  it('lock-screen behaviour raises a page and never lowers it', () => {
    const mild = page('Microsoft: threats detected. Call +1 844 555 0147');
    const quiet = judge(mild);
    const trapping = judge(mild, NO_LISTS, { dialog: 5, fullscreenWithoutGesture: 1, historyPush: 30 });
    expect(trapping.score).toBeGreaterThan(quiet.score);
    expect(trapping.level).toBe('scam');
    expect(trapping.reasons.map((r) => r.key)).toContain('reasonLockScreenBehaviour');
  });

  it('sensitivity moves the amber line, not the red one', () => {
    const mid = page('Our Windows support line: +1 844 555 0147');
    const levels = (['low', 'normal', 'high'] as const).map((s) => judge(mid, NO_LISTS, {}, s).level);
    expect(levels).toEqual(['clean', 'clean', 'suspicious']);
  });

  it('a disguised brand name is evidence on its own', () => {
    expect(judge(page('Місrоsоft Wіndоws Security. Contact us: +1 (877) 555-0124')).level).toBe('scam');
  });

  it('a number carried in the address and shown on the page adds weight', () => {
    const withUrl = judge(page('Windows security alert. Call +1 844 555 0155', 'http://x.example/?ph0ne=18445550155'));
    const without = judge(page('Windows security alert. Call +1 844 555 0155'));
    expect(withUrl.score - without.score).toBe(3);
  });

  it('gives the reasons as message keys with their evidence, strongest first', () => {
    const verdict = judge(page(SCAREWARE), listing({ '+18445550147': 'list' }));
    expect(verdict.reasons[0]).toEqual({ key: 'reasonListedNumber', values: ['+18445550147'] });
  });

  it('a clean page has no reasons', () => {
    expect(judge(page('Bakery, call (415) 555-0132')).reasons).toEqual([]);
  });
});
