import { describe, expect, it } from 'vitest';
import { isOwnServiceOrigin, serviceOrigin } from '../../../src/shared/own-service.ts';

describe('own service origin', () => {
  it('is worked out from the service URL at build time, and nothing for a missing, malformed or opaque one', () => {
    expect(serviceOrigin('https://reports.example.org/base/')).toBe('https://reports.example.org');
    expect(serviceOrigin('http://127.0.0.1:8787')).toBe('http://127.0.0.1:8787');
    expect(serviceOrigin('HTTPS://Reports.Example.ORG:443/')).toBe('https://reports.example.org');
    expect(serviceOrigin(undefined)).toBeUndefined();
    expect(serviceOrigin('not a url')).toBeUndefined();
    expect(serviceOrigin('data:text/html,hi')).toBeUndefined();
  });

  it('is exactly the built-in service origin, nothing near it', () => {
    const own = (origin: string, url: string | undefined): boolean => isOwnServiceOrigin(origin, serviceOrigin(url));
    expect(own('https://reports.example.org', 'https://reports.example.org')).toBe(true);
    expect(own('https://reports.example.org', 'https://reports.example.org/base/')).toBe(true);
    expect(own('http://127.0.0.1:8787', 'http://127.0.0.1:8787')).toBe(true);
    expect(own('http://127.0.0.1:8788', 'http://127.0.0.1:8787')).toBe(false);
    expect(own('https://reports.example.org.evil.example', 'https://reports.example.org')).toBe(false);
    expect(own('http://reports.example.org', 'https://reports.example.org')).toBe(false);
    expect(own('https://reports.example.org', undefined)).toBe(false);
    expect(own('null', 'not a url')).toBe(false);
    expect(own('null', 'data:text/html,hi')).toBe(false);
  });
});
