import { describe, expect, it } from 'vitest';
import { CONTACT_CUE } from '../../../src/core/phone/contact-cue.ts';
import { findNumberRuns } from '../../../src/core/phone/number-runs.ts';
import { fromBothEnds, prioritiseRuns, splitByCue } from '../../../src/core/phone/prioritise-runs.ts';

const written = (text: string, runs: readonly { start: number; end: number }[]): string[] => runs.map((r) => text.slice(r.start, r.end));

describe('prioritising runs on a crowded page', () => {
  it('takes items alternately from both ends', () => {
    expect(fromBothEnds([1, 2, 3, 4, 5])).toEqual([1, 5, 2, 4, 3]);
    expect(fromBothEnds([1, 2, 3, 4])).toEqual([1, 4, 2, 3]);
    expect(fromBothEnds([])).toEqual([]);
  });

  it('keeps runs a contact word introduces, in any of the languages, within 80 characters', () => {
    const text = [
      'Order 2025 100 200 300.', 'Call us: 020 555 0100.', 'Bel ons op 085 555 0102.', 'Rufen Sie an: 030 555 0103.',
      'お電話は 03 5555 0104 まで', `Support${' '.repeat(100)}020 555 0105`, 'Invoice 020 555 0106.',
    ].join(' ');
    const { cued, rest } = splitByCue(text, findNumberRuns(text));
    expect(written(text, cued)).toEqual(['020 555 0100', '085 555 0102', '030 555 0103', '03 5555 0104']);
    expect(written(text, rest)).toEqual(['2025 100 200 300', '020 555 0105', '020 555 0106']);
  });

  it('puts the introduced runs first, then the rest from both ends', () => {
    const far = ' (kept apart) '.repeat(7);
    const text = `ref 0417 1000 00 · ref 0417 1001 00 · ref 0417 1002 00 · call 0800 555 0199 ${far} ref 0417 1003 00`;
    expect(written(text, prioritiseRuns(text, findNumberRuns(text)))).toEqual(['0800 555 0199', '0417 1000 00', '0417 1003 00', '0417 1001 00', '0417 1002 00']);
  });

  it('knows the contact words in any case, and the phone symbols', () => {
    for (const cue of ['CALL', 'Phone', 'TEL:', 'Helpdesk', 'help desk', 'BEL ons', 'Bellen', 'TÉLÉPHONE', 'Numéro', 'Anruf', '電話', '☎', '📞', '✆']) {
      expect(CONTACT_CUE.test(cue), cue).toBe(true);
    }
    for (const plain of ['belt', 'hotel', 'order', 'invoice']) expect(CONTACT_CUE.test(plain), plain).toBe(false);
  });
});
