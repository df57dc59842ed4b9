/**
 * The maintainer command line, run as maintainers run it (npm run list -- …), in a temporary folder:
 * keygen writes no private key inside the repository, build reports bad rows by line, sign and verify
 * agree, a tampered list fails verification, diff names what changed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(root, 'tools/list/cli.ts'), ...args], { cwd: root, encoding: 'utf8' });

describe('npm run list', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hg-list-'));

  it('keygen refuses to write a private key inside the repository', () => {
    const result = cli('keygen', '--id', 'test', '--out', join(root, 'artifacts'));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('refusing to write a private key inside a git work tree');
  });

  it('build, sign, verify and diff work end to end; bad rows are named by line', () => {
    const keys = cli('keygen', '--id', 'k-2026', '--out', dir);
    expect(keys.status, keys.stderr).toBe(0);
    const trusted = JSON.parse(keys.stdout.slice(keys.stdout.indexOf('{'))) as unknown;
    writeFileSync(join(dir, 'keys.json'), JSON.stringify({ keys: [trusted] }));
    writeFileSync(join(dir, 'numbers.csv'), 'number,brands,first_seen,last_seen,source,country\n+1 844 555 0101,microsoft,2026-01-01,2026-02-01,https://r.example/1,\n020 555 0118,,,,https://r.example/2,NL\n+18445550101,apple,2025-12-01,,https://r.example/3,\n');
    const built = cli('build', '--entries', join(dir, 'numbers.csv'), '--version', '5', '--out', join(dir, 'v5.json'));
    expect(built.status, built.stderr).toBe(0);
    const v5 = JSON.parse(readFileSync(join(dir, 'v5.json'), 'utf8')) as { entries: { number: string; brands: string[]; firstSeen?: string }[] };
    expect(v5.entries).toEqual([
      { number: '+18445550101', brands: ['apple', 'microsoft'], firstSeen: '2025-12-01', lastSeen: '2026-02-01', source: 'https://r.example/1' },
      { number: '+31205550118', brands: [], source: 'https://r.example/2' },
    ]);
    expect(cli('sign', '--list', join(dir, 'v5.json'), '--key', join(dir, 'k-2026.private.jwk')).status).toBe(0);
    const verified = cli('verify', '--list', join(dir, 'v5.json'), '--keys', join(dir, 'keys.json'));
    expect(verified.stdout).toContain('valid: version 5, 2 numbers, signed by k-2026');
    writeFileSync(join(dir, 'v5.json'), readFileSync(join(dir, 'v5.json'), 'utf8').replace('0118', '0119'));
    const tampered = cli('verify', '--list', join(dir, 'v5.json'), '--keys', join(dir, 'keys.json'));
    expect(tampered.status).not.toBe(0);
    expect(tampered.stderr).toContain('signature does not match');
    writeFileSync(join(dir, 'more.csv'), 'number,brands,source\n+18445550102,norton,https://r.example/4\n');
    cli('build', '--entries', join(dir, 'more.csv'), '--version', '6', '--out', join(dir, 'v6.json'));
    const diff = cli('diff', join(dir, 'v5.json'), join(dir, 'v6.json'));
    expect(diff.stdout).toContain('version 5 → 6');
    expect(diff.stdout).toMatch(/added: 1\n {2}\+18445550102/);
  });

  it('build rejects invalid rows with their line numbers and writes nothing', () => {
    writeFileSync(join(dir, 'bad.csv'), 'number,brands,first_seen,last_seen,source\n+18445550103,microsoft,,,https://ok\n12345,,,,https://r\n+18445550104,notabrand,,,https://r\n+18445550105,,2026-13-45,,https://r\n+18445550106,,,,\n');
    const result = cli('build', '--entries', join(dir, 'bad.csv'), '--out', join(dir, 'bad.json'));
    expect(result.status).toBe(1);
    for (const line of [3, 4, 5, 6]) expect(result.stderr).toContain(`bad.csv:${line}`);
    expect(spawnSync('test', ['-e', join(dir, 'bad.json')]).status).not.toBe(0);
  });

  it('the committed seed list is exactly what the seed CSVs build', () => {
    const out = join(dir, 'seed.json');
    const seed = JSON.parse(readFileSync(join(root, 'lists/seed.json'), 'utf8')) as { version: number; entries: unknown; allow: unknown };
    execFileSync(process.execPath, ['--import', 'tsx', join(root, 'tools/list/cli.ts'), 'build', '--entries', 'lists/seed.csv', '--allow', 'lists/allow.csv', '--version', String(seed.version), '--out', out], { cwd: root });
    const rebuilt = JSON.parse(readFileSync(out, 'utf8')) as typeof seed;
    expect({ entries: rebuilt.entries, allow: rebuilt.allow }).toEqual({ entries: seed.entries, allow: seed.allow });
  });
});
