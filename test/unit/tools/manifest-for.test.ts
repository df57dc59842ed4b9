import { describe, expect, it } from 'vitest';
import { manifestFor } from '../../../tools/build/manifest-for.ts';

describe('manifestFor', () => {
  it('gives Chrome a service worker and nothing Firefox-specific', () => {
    const m = manifestFor('chrome', []);
    expect(m['background']).toEqual({ service_worker: 'src/background/index.ts', type: 'module' });
    expect(m['browser_specific_settings']).toBeUndefined();
    expect(m['host_permissions']).toBeUndefined();
  });

  it('gives Firefox background scripts, a gecko id, a lint-clean minimum version and a data declaration', () => {
    const m = manifestFor('firefox', []);
    expect(m['background']).toEqual({ scripts: ['src/background/index.ts'], type: 'module' });
    expect(m['browser_specific_settings']).toMatchObject({
      gecko: {
        id: 'helpdesk-guard@helpdesk-guard',
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'], optional: ['browsingActivity', 'websiteContent'] },
      },
    });
  });

  it('grants only the origins fixed at build time as host permissions, and keeps the optional ones for the user', () => {
    for (const target of ['chrome', 'firefox'] as const) {
      const m = manifestFor(target, ['https://service.example.org/*']);
      expect(m['host_permissions']).toEqual(['https://service.example.org/*']);
      expect(m['optional_host_permissions']).toEqual(['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*']);
    }
  });

  it('exposes no file to web pages in either browser', () => {
    for (const target of ['chrome', 'firefox'] as const) expect(manifestFor(target, [])['web_accessible_resources']).toBeUndefined();
  });
});
