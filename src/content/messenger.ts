/**
 * Typed sending to the background from a content script. When the extension is updated or removed, the
 * old content script lives on in open pages with a dead connection ("Extension context invalidated"); the
 * first failed send reports that, and the caller tears everything down through its abort signal.
 */
import type { ContentRequest, ReplyTo } from '../shared/messages.ts';
import { extensionId, sendMessage } from './runtime.ts';

export class OrphanedError extends Error {}

export function isOrphaned(): boolean {
  return !extensionId();
}

export async function send<T extends ContentRequest>(request: T): Promise<ReplyTo<T> | undefined> {
  if (isOrphaned()) throw new OrphanedError('the extension was updated or removed');
  try {
    return (await sendMessage(request)) as ReplyTo<T> | undefined;
  } catch (error) {
    if (isOrphaned() || /context invalidated|Receiving end does not exist/i.test(String(error))) {
      throw new OrphanedError(String(error));
    }
    throw error;
  }
}
