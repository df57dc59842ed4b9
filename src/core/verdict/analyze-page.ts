/**
 * The one entry point the rest of the product calls: page sample + lists + page behaviour → verdict.
 * Pure and synchronous; the service worker, the evaluation command and the tests all call exactly this.
 */
import type { BehaviourCounts } from './behaviour.ts';
import { collectEvidence } from './collect-evidence.ts';
import type { NumberLists } from './number-lists.ts';
import type { PageSample } from './page-sample.ts';
import { scoreEvidence, type ScoreOptions } from './score-evidence.ts';
import type { Verdict } from './verdict.ts';

export interface AnalyzeContext {
  readonly lists: NumberLists;
  readonly behaviour: BehaviourCounts;
  readonly options: ScoreOptions;
}

export function analyzePage(sample: PageSample, context: AnalyzeContext): Verdict {
  return scoreEvidence(collectEvidence(sample), context.lists, context.behaviour, context.options);
}
