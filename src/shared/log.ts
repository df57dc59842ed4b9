/**
 * One small logger for real failures, so they show in the extension's console (the service worker's, the
 * popup's) instead of vanishing in `.catch(() => undefined)`. Expected cases stay quiet: a message to a tab
 * that has no content script (closed, still loading, a browser page, a PDF) fails every day and means
 * nothing. Code that can fail takes a `Logger` (as it takes `now` or `fetch`), so tests pass a recording
 * one and assert what was logged. Nothing logged here leaves the machine.
 */

export interface Logger {
  /** A failure that was handled (the list in force stays, the report waits) but a developer should see. */
  readonly warn: (where: string, error: unknown) => void;
}

export type LogSink = Pick<Console, 'warn'>;

export function consoleLogger(sink: LogSink = console): Logger {
  return { warn: (where, error) => sink.warn(`[Helpdesk Guard] ${where}:`, error) };
}

/**
 * Errors the browser gives when a message has nobody to receive it or its tab is gone: Chrome and Firefox
 * say "Could not establish connection. Receiving end does not exist.", a closed tab is "No tab with id"
 * (Chrome) or "Invalid tab ID" (Firefox), and a frame that went away meanwhile "No frame with id".
 */
const NO_RECEIVER = /Receiving end does not exist|No tab with id|Invalid tab ID|No frame with id|message port closed before a response|Frame with ID \d+ was removed/i;

export function isNoReceiver(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return NO_RECEIVER.test(message);
}

/** A `.catch` handler: quiet for a missing receiver or closed tab, logged for anything else. */
export function unlessNoReceiver(log: Logger, where: string): (error: unknown) => void {
  return (error) => {
    if (!isNoReceiver(error)) log.warn(where, error);
  };
}

/** A `.catch` handler for a handled failure that is always worth a line in the console. */
export function logged(log: Logger, where: string): (error: unknown) => void {
  return (error) => log.warn(where, error);
}
