import { describe, expect, it } from 'vitest';
import { manifestFor } from '../../../tools/build/manifest-for.ts';

describe('manifestFor', () => {
  it('gives Chrome a service worker and nothing Firefox-specific', () => {
    const m = manifestFor('chrome', undefined);
    expect(m['background']).toEqual({ service_worker: 'src/background/index.ts', type: 'module' });
    expect(m['browser_specific_settings']).toBeUndefined();
    expect(m['host_permissions']).toBeUndefined();
  });

  it('gives Firefox background scripts, a gecko id, a lint-clean minimum version and a data declaration', () => {
    const m = manifestFor('firefox', undefined);
    expect(m['background']).toEqual({ scripts: ['src/background/index.ts'], type: 'module' });
    expect(m['browser_specific_settings']).toMatchObject({
      gecko: {
        id: 'helpdesk-guard@helpdesk-guard',
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'], optional: ['browsingActivity', 'websiteContent'] },
      },
    });
  });

  it('grants only the list origin fixed at build time as a host permission', () => {
    expect(manifestFor('chrome', 'https://lists.example.org/v1/list.json')['host_permissions']).toEqual(['https://lists.example.org/*']);
  });

  it('exposes no file to web pages in either browser', () => {
    for (const target of ['chrome', 'firefox'] as const) expect(manifestFor(target, undefined)['web_accessible_resources']).toBeUndefined();
  });
});
