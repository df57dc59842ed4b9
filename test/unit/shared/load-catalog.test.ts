import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadCatalog } from '../../../src/shared/load-catalog.ts';

const root = resolve(import.meta.dirname, '../../..');
const files = { getURL: (path: string) => `chrome-extension://ext/${path}` };
/** The extension's packaged files, read from the repository. */
const packaged = vi.fn(async (url: string) => new Response(readFileSync(resolve(root, url.replace('chrome-extension://ext/', '')))));

describe('loadCatalog', () => {
  it('reads the chosen language’s packaged messages.json', async () => {
    const catalog = await loadCatalog('nl', files, packaged);
    expect(packaged).toHaveBeenCalledWith('chrome-extension://ext/_locales/nl/messages.json');
    expect(catalog).toEqual(JSON.parse(readFileSync(resolve(root, '_locales/nl/messages.json'), 'utf8')));
    expect(catalog['extName']?.message).toBe('Helpdesk Guard');
  });

  it('fails when the file cannot be read, so that the caller falls back to the browser’s language', async () => {
    await expect(loadCatalog('de', files, async () => Promise.reject(new TypeError('Failed to fetch')))).rejects.toThrow('Failed to fetch');
    await expect(loadCatalog('fr', files, async () => new Response('not json'))).rejects.toThrow(SyntaxError);
  });
});
