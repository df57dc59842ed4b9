/**
 * Before any end-to-end test: the built extension must exist (the tests run on `dist/`, never on sources),
 * and both browsers must be installed. Each missing piece is a failure that says how to fix it.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromiumPath, firefoxPath } from '../../../harness/browsers.ts';

export default function setup(): void {
  for (const target of ['chrome', 'firefox']) {
    if (!existsSync(resolve(`dist/${target}/manifest.json`))) {
      throw new Error(`dist/${target} is missing: run \`npm run build\` first (npm test does it for you)`);
    }
  }
  chromiumPath();
  firefoxPath();
}
