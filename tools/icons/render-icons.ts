/**
 * Draws the extension's icons as SVG and renders them to PNG in headless Chromium (`npm run icons`). The
 * PNGs are committed; this script is how they were made and how to change them. The store icon is a blue
 * shield with a phone handset; the toolbar shows the verdict of the current tab in colour and shape, not
 * colour alone (a tick, a question mark, an exclamation mark), for users who cannot tell red from green.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { browserLaunchArgs, chromiumPath } from '../../harness/browsers.ts';

const SHIELD = 'M64 6 L114 24 V58 C114 92 92 114 64 124 C36 114 14 92 14 58 V24 Z';
const HANDSET =
  '<path d="M42 44 C38 48 38 56 44 66 C50 78 58 86 68 90 C76 93 82 92 86 88 L90 84 C92 82 92 79 90 77 L80 69 ' +
  'C78 67 75 67 73 69 L69 73 C63 70 57 64 54 58 L58 54 C60 52 60 49 58 47 L50 37 C48 35 45 35 43 37 Z" fill="#fff"/>';

const MARKS = {
  clean: '<path d="M44 66 L58 80 L86 50" fill="none" stroke="#fff" stroke-width="13" stroke-linecap="round" stroke-linejoin="round"/>',
  suspicious:
    '<path d="M48 50 C48 38 56 32 64 32 C73 32 80 38 80 47 C80 56 72 59 67 63 C65 65 64 67 64 72" fill="none" stroke="#1f1300" stroke-width="11" stroke-linecap="round"/>' +
    '<circle cx="64" cy="92" r="7" fill="#1f1300"/>',
  scam: '<path d="M64 30 V74" stroke="#fff" stroke-width="14" stroke-linecap="round"/><circle cx="64" cy="96" r="8" fill="#fff"/>',
};

const VARIANTS = {
  icon: { fill: '#1d4ed8', edge: '#1e3a8a', mark: HANDSET },
  'toolbar-clean': { fill: '#1d4ed8', edge: '#1e3a8a', mark: MARKS.clean },
  'toolbar-suspicious': { fill: '#f59e0b', edge: '#92400e', mark: MARKS.suspicious },
  'toolbar-scam': { fill: '#dc2626', edge: '#7f1d1d', mark: MARKS.scam },
};

const SIZES: Readonly<Record<keyof typeof VARIANTS, readonly number[]>> = {
  icon: [16, 32, 48, 96, 128],
  'toolbar-clean': [16, 32],
  'toolbar-suspicious': [16, 32],
  'toolbar-scam': [16, 32],
};

function svg({ fill, edge, mark }: { fill: string; edge: string; mark: string }): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128"><path d="${SHIELD}" fill="${fill}" stroke="${edge}" stroke-width="5" stroke-linejoin="round"/>${mark}</svg>`;
}

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: browserLaunchArgs });
  const page = await browser.newPage();
  const out = resolve(import.meta.dirname, '../../icons');
  for (const [name, variant] of Object.entries(VARIANTS) as [keyof typeof VARIANTS, (typeof VARIANTS)['icon']][]) {
    writeFileSync(resolve(out, `${name}.svg`), `${svg(variant)}\n`);
    for (const size of SIZES[name]) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="data:image/svg+xml,${encodeURIComponent(svg(variant))}" width="${size}" height="${size}">`);
      const png = await page.locator('img').screenshot({ omitBackground: true });
      writeFileSync(resolve(out, `${name}-${size}.png`), png);
    }
  }
  await browser.close();
  console.log(`icons written to ${out}`);
}

void main();
