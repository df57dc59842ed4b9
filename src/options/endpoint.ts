/**
 * Addresses the user types for the list or for reports: https only (http on localhost, for people running
 * their own test server), and host permission for exactly that origin, asked from the user's click.
 */
import { browser } from '../shared/platform.ts';
import { isHttpUrl } from '../shared/storage/settings.ts';

export function validEndpoint(url: string): boolean {
  return isHttpUrl(url);
}

/** Asks for access to the URL's origin; false when the user (or a headless browser) declines. */
export async function askOriginPermission(url: string): Promise<boolean> {
  const { protocol, hostname } = new URL(url);
  const origins = [`${protocol}//${hostname}/*`];
  try {
    if (await browser.permissions.contains({ origins })) return true;
    return await browser.permissions.request({ origins });
  } catch {
    return false;
  }
}
