/**
 * Judges a tab from everything its frames reported: merges the samples, asks core for a verdict with the
 * current lists and settings, and applies the user's own decisions (a trusted site is never flagged).
 */
import type { CompiledList } from '../core/blocklist/compiled-list.ts';
import { hostOf } from '../core/web/host-of.ts';
import { analyzePage } from '../core/verdict/analyze-page.ts';
import { combineLists } from '../core/verdict/list-lookup.ts';
import { CLEAN_VERDICT, type Verdict } from '../core/verdict/verdict.ts';
import type { Settings } from '../shared/storage/settings.ts';
import { isTrustedSite, userNumbers, type UserLists } from '../shared/storage/user-lists.ts';
import { mergeBehaviour, mergeSamples } from './merge-frames.ts';
import type { TabRecord } from './tab-state.ts';

export interface EvaluationInputs {
  readonly list: CompiledList | undefined;
  readonly user: UserLists;
  readonly settings: Settings;
}

export function evaluateTab(record: TabRecord, inputs: EvaluationInputs): Verdict {
  const sample = mergeSamples(record);
  if (!sample) return CLEAN_VERDICT;
  const verdict = analyzePage(sample, {
    lists: combineLists(inputs.list, userNumbers(inputs.user)),
    behaviour: mergeBehaviour(record),
    options: { sensitivity: inputs.settings.sensitivity },
  });
  const host = hostOf(record.topUrl ?? sample.url);
  if (host && isTrustedSite(inputs.user, host)) return { ...verdict, level: 'clean', reasons: [] };
  return verdict;
}
