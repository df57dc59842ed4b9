/**
 * How the banner's host element must look whatever the page does: fixed across the top, above everything,
 * unscaled and fully visible. Every rule is !important; see banner-style.ts for why that wins.
 */
export const HOST_RULES = [
  'all: initial', 'display: block', 'position: fixed', 'inset: 0 0 auto 0', 'width: 100%', 'height: auto',
  'margin: 0', 'padding: 0', 'border: 0', 'z-index: 2147483647', 'visibility: visible', 'opacity: 1',
  'transform: none', 'filter: none', 'clip-path: none', 'mask: none', 'overflow: visible', 'pointer-events: auto',
  'background: transparent', 'max-width: none', 'max-height: none', 'min-height: 0', 'contain: none', 'zoom: 1',
  'translate: none', 'scale: none', 'rotate: none', 'content-visibility: visible', 'color-scheme: normal',
]
  .map((rule) => `${rule} !important`)
  .join('; ');
