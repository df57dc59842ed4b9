import { describe, expect, it } from 'vitest';
import { isOwnServiceOrigin } from '../../../src/shared/own-service.ts';

describe('own service origin', () => {
  it('is exactly the built-in service origin, nothing near it', () => {
    expect(isOwnServiceOrigin('https://reports.example.org', 'https://reports.example.org')).toBe(true);
    expect(isOwnServiceOrigin('https://reports.example.org', 'https://reports.example.org/base/')).toBe(true);
    expect(isOwnServiceOrigin('http://127.0.0.1:8787', 'http://127.0.0.1:8787')).toBe(true);
    expect(isOwnServiceOrigin('http://127.0.0.1:8788', 'http://127.0.0.1:8787')).toBe(false);
    expect(isOwnServiceOrigin('https://reports.example.org.evil.example', 'https://reports.example.org')).toBe(false);
    expect(isOwnServiceOrigin('http://reports.example.org', 'https://reports.example.org')).toBe(false);
    expect(isOwnServiceOrigin('https://reports.example.org', undefined)).toBe(false);
    expect(isOwnServiceOrigin('null', 'not a url')).toBe(false);
  });
});
