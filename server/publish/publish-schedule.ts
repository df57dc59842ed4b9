/**
 * When to publish: decisions are batched (the first one waits at most the publish delay, so a burst of
 * clicks becomes one version), and the list is rebuilt on a schedule so that expiry happens without anyone
 * deciding. A timer per instance asks the database; with several instances, the advisory lock in
 * publisher.ts makes the second one find nothing left to do.
 */
import type { Queryable } from '../store/db.ts';

export interface ScheduleInput {
  readonly now: number;
  readonly dirtySince: number | undefined;
  /** The last build, whether it published, held or found nothing new. */
  readonly lastPublishAt: number | undefined;
  readonly delayMs: number;
  readonly everyMs: number;
}

/** Pure: whether to publish now. */
export function isPublishDue(input: ScheduleInput): boolean {
  if (input.lastPublishAt === undefined) return true;
  if (input.dirtySince !== undefined && input.now - input.dirtySince >= input.delayMs) return true;
  return input.now - input.lastPublishAt >= input.everyMs;
}

export async function scheduleInput(db: Queryable, now: number, delayMs: number, everyMs: number): Promise<ScheduleInput> {
  const [state] = await db.query<{ dirty_since: Date | null; last_built_at: Date | null }>('SELECT dirty_since, last_built_at FROM publish_state WHERE id = 1');
  return { now, dirtySince: state?.dirty_since?.getTime(), lastPublishAt: state?.last_built_at?.getTime(), delayMs, everyMs };
}
