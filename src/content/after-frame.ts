/**
 * Waits until the browser has rendered a frame. `innerText` needs the page's layout: read before the page has
 * been laid out (a content script at document_idle often runs before the first frame), it makes the browser
 * do that layout there and then, inside the extension's call, and holds back the page's first paint until it
 * is done. Read just after a frame, the layout is already there and the read only walks it.
 */

type FrameWindow = Pick<Window, 'setTimeout' | 'clearTimeout' | 'requestAnimationFrame'>;

/** Documents that render no frames (a tab in the background, a hidden frame) are read after `fallbackMs`. */
export const FRAME_FALLBACK_MS = 100;

export function afterNextFrame(win: FrameWindow, fallbackMs = FRAME_FALLBACK_MS): Promise<void> {
  return new Promise((resolve) => {
    const fallback = win.setTimeout(resolve, fallbackMs);
    // The frame's callbacks run before its layout; the task after them runs once it has been rendered.
    win.requestAnimationFrame(() => {
      win.setTimeout(() => {
        win.clearTimeout(fallback);
        resolve();
      }, 0);
    });
  });
}
