/**
 * Firefox asks for the user's consent before an extension sends data it declared as optional
 * (browser_specific_settings.gecko.data_collection_permissions: a report's page address and content).
 * Chrome has no such step. Must be called from a user gesture (the Send button).
 */
import { browser, isFirefox } from './platform.ts';

const REPORT_DATA = ['browsingActivity', 'websiteContent'];

export async function ensureReportConsent(): Promise<boolean> {
  if (!isFirefox) return true;
  const permissions = browser.permissions as unknown as {
    contains(p: { data_collection: string[] }): Promise<boolean>;
    request(p: { data_collection: string[] }): Promise<boolean>;
  };
  try {
    if (await permissions.contains({ data_collection: REPORT_DATA })) return true;
    return await permissions.request({ data_collection: REPORT_DATA });
  } catch {
    // A Firefox without data-collection consent (before 142) sends as before.
    return true;
  }
}
