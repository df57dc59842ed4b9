/**
 * The element name of the banner's host, in its one home: the content script creates the host under this
 * name (content/banner.ts), and the page-world script recognises it by this name to refuse the page's
 * attempts to remove it (page/protect-banner.ts). Two copies could drift apart, and the banner would lose
 * its protection without any test failing in one context alone.
 */
export const BANNER_TAG = 'helpdesk-guard-banner';
