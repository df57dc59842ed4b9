/**
 * Where the real browsers are, and the flags every test launch needs. A missing browser is an error with
 * instructions, never a skipped test: a suite that quietly skips its browsers proves nothing.
 */
import { existsSync } from 'node:fs';

/** Without the background-networking flags Chromium floods this machine's closed network with requests. */
export const browserLaunchArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-default-apps', '--no-default-browser-check',
];

function found(variable: string, fallback: string, install: string): string {
  const path = process.env[variable] ?? fallback;
  if (!existsSync(path)) {
    throw new Error(
      `${variable === 'CHROME_PATH' ? 'Chromium' : 'Firefox'} not found at ${path}. Install it (${install}) ` +
        `or set ${variable} to the browser's executable. The end-to-end tests never skip a missing browser.`,
    );
  }
  return path;
}

export function chromiumPath(): string {
  return found('CHROME_PATH', '/usr/bin/chromium', 'sudo apt-get install -y chromium');
}

export function firefoxPath(): string {
  return found('FIREFOX_PATH', '/usr/bin/firefox-esr', 'sudo apt-get install -y firefox-esr');
}
