/** Real failures reach the console through one logger; a tab with nobody listening does not. */
import { describe, expect, it, vi } from 'vitest';
import { consoleLogger, isNoReceiver, logged, unlessNoReceiver } from '../../../src/shared/log.ts';

describe('log', () => {
  it('writes where and what to the console', () => {
    const sink = { warn: vi.fn() };
    const error = new Error('QuotaExceededError');
    consoleLogger(sink).warn('report queue: send', error);
    expect(sink.warn).toHaveBeenCalledWith('[Helpdesk Guard] report queue: send:', error);
  });

  it('tells a tab without a receiver from a real failure', () => {
    expect(isNoReceiver(new Error('Could not establish connection. Receiving end does not exist.'))).toBe(true);
    expect(isNoReceiver(new Error('No tab with id: 12.'))).toBe(true);
    expect(isNoReceiver(new Error('Invalid tab ID: 12'))).toBe(true);
    expect(isNoReceiver(new Error('The quota has been exceeded.'))).toBe(false);
    expect(isNoReceiver(new TypeError("Cannot read properties of undefined (reading 'level')"))).toBe(false);
  });

  it('catch handlers: quiet for the expected case, one line for anything else', () => {
    const log = { warn: vi.fn() };
    unlessNoReceiver(log, 'push')(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(log.warn).not.toHaveBeenCalled();
    const real = new Error('boom');
    unlessNoReceiver(log, 'push')(real);
    logged(log, 'status')(real);
    expect(log.warn.mock.calls).toEqual([['push', real], ['status', real]]);
  });
});
