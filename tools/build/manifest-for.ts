/**
 * The one manifest source (manifest.json) is written for Chrome; this applies the Firefox differences and the
 * build-time settings, so that no browser difference is spread over the tree. Firefox needs
 * `background.scripts` (it disables `service_worker`), a gecko id, a `strict_min_version` that makes
 * `web-ext lint` clean, and a truthful `data_collection_permissions` declaration.
 */
import source from '../../manifest.json' with { type: 'json' };

export type Target = 'chrome' | 'firefox';

export const GECKO_ID = 'helpdesk-guard@helpdesk-guard';

/** Version 142 is the first where `web-ext lint` accepts data_collection_permissions without warnings. */
const FIREFOX_MIN_VERSION = '142.0';

type Manifest = { manifest_version: number; name: string; version: string } & Record<string, unknown>;

/**
 * `hosts`: origin patterns of the addresses fixed at build time (the report service; build-settings.ts
 * `builtInOrigins`), granted at install so the list sync, reports and their status need no prompt. The
 * optional host permissions stay for addresses the user types in the options.
 */
export function manifestFor(target: Target, hosts: readonly string[]): Manifest {
  const manifest: Manifest = structuredClone(source) as Manifest;
  if (hosts.length > 0) manifest['host_permissions'] = [...hosts];
  if (target === 'chrome') return manifest;
  return {
    ...manifest,
    background: { scripts: [source.background.service_worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        data_collection_permissions: {
          // Nothing leaves the machine unless the user sends a report; a report carries the page address
          // (browsing activity) and the numbers and text it showed, optionally a screenshot (website content).
          required: ['none'],
          optional: ['browsingActivity', 'websiteContent'],
        },
      },
    },
  };
}
