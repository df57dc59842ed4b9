/**
 * The evaluation's summary, written so it can be pasted into docs/detection.md as it is: recall on scam
 * pages per set and language, precision on benign pages, and every miss and false positive by name.
 */
import type { EvalPage } from './corpora.ts';

export interface EvalResult {
  readonly page: EvalPage;
  readonly level: string;
  readonly score: number;
  readonly numbers: readonly string[];
  readonly reasons: readonly string[];
}

const pct = (n: number, d: number): string => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`);

export function report(results: readonly EvalResult[], run: { dist: string; seconds: number; command: string }): string {
  const lines = [`command: ${run.command}`, `build: ${run.dist}`, `pages: ${results.length} in ${run.seconds.toFixed(0)} s`, ''];
  for (const set of ['corpus', 'fixtures', 'adversarial', 'excerpts'] as const) {
    const inSet = results.filter((r) => r.page.set === set);
    if (inSet.length === 0) continue;
    const scam = inSet.filter((r) => r.page.label === 'scam');
    const benign = inSet.filter((r) => r.page.label === 'benign');
    lines.push(`## ${set}`);
    if (scam.length > 0) {
      lines.push('', '| language | scam pages | flagged (red or amber) | red |', '|---|---|---|---|');
      // Rows whose language the corpus did not label count under the language detected from their text.
      const langOf = (r: EvalResult): string => r.page.lang.replace(' (detected)', '');
      const langs = [...new Set(scam.map(langOf))].sort();
      for (const lang of [...langs, 'all']) {
        const rows = lang === 'all' ? scam : scam.filter((r) => langOf(r) === lang);
        const flagged = rows.filter((r) => r.level !== 'clean').length;
        const red = rows.filter((r) => r.level === 'scam').length;
        lines.push(`| ${lang} | ${rows.length} | ${flagged} (${pct(flagged, rows.length)}) | ${red} (${pct(red, rows.length)}) |`);
      }
      const detected = scam.filter((r) => r.page.lang.endsWith('(detected)'));
      if (detected.length > 0) lines.push('', `language detected from the text for ${detected.length} unlabelled page(s): ${detected.map((r) => `${r.page.id} → ${langOf(r)}`).join(', ')}`);
      const misses = scam.filter((r) => r.level === 'clean');
      lines.push('', `misses (${misses.length}):`);
      for (const r of misses) lines.push(`  - ${r.page.id} [${r.page.lang}] score ${r.score} numbers ${r.numbers.join(' ') || 'none'}`);
    }
    if (benign.length > 0) {
      const red = benign.filter((r) => r.level === 'scam');
      const amber = benign.filter((r) => r.level === 'suspicious');
      const clean = benign.length - red.length - amber.length;
      lines.push('', `benign pages: ${benign.length}; clean ${clean} (${pct(clean, benign.length)}), amber ${amber.length}, red ${red.length}`);
      lines.push(`false positives (${red.length + amber.length}):`);
      for (const r of [...red, ...amber]) lines.push(`  - ${r.level} ${r.page.id} [${r.page.lang}] score ${r.score} reasons ${r.reasons.join(',')}`);
    }
    if (set === 'fixtures' || set === 'adversarial') {
      const wrong = inSet.filter((r) => r.page.expected !== undefined && r.level !== r.page.expected);
      lines.push('', `fixtures at their expected level: ${inSet.length - wrong.length}/${inSet.length}`);
      for (const r of wrong) lines.push(`  - ${r.page.id}: expected ${r.page.expected}, got ${r.level} (score ${r.score})`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
