/**
 * The extension's own report service is never judged: its moderation pages list reported scam numbers next
 * to the brands they abused and the victims' own words, which is exactly what a fake helpdesk looks like, and
 * a reviewer with the extension installed would otherwise get a red warning over their own work. Only the
 * origin fixed at build time counts; a page cannot make itself that origin.
 */
export function isOwnServiceOrigin(origin: string, serviceUrl: string | undefined): boolean {
  if (!serviceUrl) return false;
  try {
    return new URL(serviceUrl).origin === origin;
  } catch {
    return false;
  }
}
