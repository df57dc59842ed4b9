/**
 * `npm run package`: builds both targets and writes store-ready archives to artifacts/:
 *   helpdesk-guard-<version>-chrome.zip    upload to the Chrome Web Store
 *   helpdesk-guard-<version>-firefox.zip   upload to addons.mozilla.org (web-ext lint runs first)
 *   helpdesk-guard-<version>-source.zip    the sources AMO asks for, since the bundle is built by vite
 *
 * It is a release build (HG_RELEASE=1): it needs HG_SERVICE_URL (https) and a trusted key
 * (HG_TRUSTED_KEYS or keys/trusted-keys.json), and it never trusts the local development service's key.
 */
import { execFileSync, execSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildSettings } from '../build/build-settings.ts';
import { zip, type ZipEntry } from './zip.ts';

const root = resolve(import.meta.dirname, '../..');

function filesUnder(dir: string): ZipEntry[] {
  const out: ZipEntry[] = [];
  const walk = (current: string): void => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push({ name: relative(dir, path).split('\\').join('/'), data: readFileSync(path) });
    }
  };
  walk(dir);
  return out;
}

function sourceFiles(): ZipEntry[] {
  const tracked = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
  return tracked.map((name) => ({ name, data: readFileSync(join(root, name)) }));
}

function main(): void {
  const { version } = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as { version: string };
  const env = { ...process.env, HG_RELEASE: '1' };
  try {
    buildSettings(env); // the same check vite.config.ts makes, said once and plainly before anything is built
  } catch (error) {
    console.error(`npm run package: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  execSync('npm run build', { cwd: root, stdio: 'inherit', env });
  execSync('npm run lint:firefox', { cwd: root, stdio: 'inherit' });
  const out = join(root, 'artifacts');
  mkdirSync(out, { recursive: true });
  const archives: [string, ZipEntry[]][] = [
    [`helpdesk-guard-${version}-chrome.zip`, filesUnder(join(root, 'dist/chrome'))],
    [`helpdesk-guard-${version}-firefox.zip`, filesUnder(join(root, 'dist/firefox'))],
    [`helpdesk-guard-${version}-source.zip`, sourceFiles()],
  ];
  for (const [name, entries] of archives) {
    const data = zip(entries);
    writeFileSync(join(out, name), data);
    console.log(`${relative(root, join(out, name))}: ${entries.length} files, ${(data.length / 1024).toFixed(0)} KB`);
  }
}

main();
