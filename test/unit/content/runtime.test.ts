/**
 * The content script's listener for the background's pushes: only our own extension's pushes, and only of a
 * known shape, reach the handler; its reply goes back through sendResponse.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { onPush } from '../../../src/content/runtime.ts';
import type { BackgroundPush } from '../../../src/shared/messages.ts';

type Listener = (message: unknown, sender: { id?: string }, sendResponse: (response: unknown) => void) => unknown;

function fakeRuntime(): { deliver: (message: unknown, senderId?: string) => unknown[]; listeners: Set<Listener> } {
  const listeners = new Set<Listener>();
  vi.stubGlobal('chrome', { runtime: { id: 'ext', onMessage: { addListener: (l: Listener) => listeners.add(l), removeListener: (l: Listener) => listeners.delete(l) } } });
  const deliver = (message: unknown, senderId = 'ext'): unknown[] => {
    const replies: unknown[] = [];
    for (const listener of listeners) listener(message, { id: senderId }, (reply) => replies.push(reply));
    return replies;
  };
  return { deliver, listeners };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('onPush', () => {
  it('hands a valid push to the handler and sends its reply back', () => {
    const { deliver } = fakeRuntime();
    const handle = vi.fn((push: BackgroundPush) => (push.type === 'ping' ? { documentId: 'abcdef0123' } : undefined));
    onPush(handle);
    expect(deliver({ type: 'ping' })).toEqual([{ documentId: 'abcdef0123' }]);
    expect(deliver({ type: 'verdict' })).toEqual([]);
    expect(handle.mock.calls).toEqual([[{ type: 'ping' }], [{ type: 'verdict', banner: undefined }]]);
  });

  it('drops malformed pushes and other extensions’ messages before the handler sees them', () => {
    const { deliver } = fakeRuntime();
    const handle = vi.fn(() => 'reply');
    onPush(handle);
    expect(deliver({ type: 'verdict', banner: { level: 'scam' } })).toEqual([]);
    expect(deliver({ type: 'uninstall' })).toEqual([]);
    expect(deliver('ping')).toEqual([]);
    expect(deliver({ type: 'ping' }, 'evil')).toEqual([]);
    expect(handle).not.toHaveBeenCalled();
  });

  it('stops listening when told to', () => {
    const { deliver, listeners } = fakeRuntime();
    const handle = vi.fn(() => undefined);
    const stop = onPush(handle);
    stop();
    deliver({ type: 'ping' });
    expect(listeners.size).toBe(0);
    expect(handle).not.toHaveBeenCalled();
  });
});
