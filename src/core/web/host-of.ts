/**
 * The host name of a page address, or undefined when the text is not an absolute URL. One home, because the
 * background (trusted sites, reports) and the verdict (own-domain numbers) must agree on what a page's host is.
 */
export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}
