/**
 * Builds the extension with test settings (a local list URL, throw-away trusted keys) into artifacts/, for
 * end-to-end tests of what only a configured build does. Same sources, same build as `npm run build`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

export function buildVariant(name: string, target: 'chrome' | 'firefox', env: Readonly<Record<string, string>>): string {
  const out = resolve('artifacts', `${name}-${target}`);
  mkdirSync(resolve('artifacts'), { recursive: true });
  execFileSync(process.execPath, [resolve('node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], {
    env: { ...process.env, ...env, TARGET: target, HG_OUT_DIR: out },
    stdio: 'pipe',
  });
  return out;
}
