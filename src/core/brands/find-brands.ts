/**
 * Finds brand names in folded page text and tells whether the page is the brand's own site. A brand named
 * on a site that is not its own is the first half of impersonation; written with look-alike letters it is
 * impersonation outright (no honest page writes "Місrоsоft").
 */
import type { FoldedText } from '../text/fold-lookalikes.ts';
import { BRANDS, type Brand, type BrandId } from './brand-lexicon.ts';
import { isOfficialHost } from './official-host.ts';

export interface BrandMention {
  readonly brand: BrandId;
  /** Offsets in the original text. */
  readonly start: number;
  readonly end: number;
  readonly disguised: boolean;
}

interface CompiledBrand {
  readonly brand: Brand;
  readonly pattern: RegExp;
  readonly exactCase: ReadonlyMap<string, string>;
}

const WORD_EDGE_BEFORE = '(?<![a-z0-9])';
const WORD_EDGE_AFTER = '(?![a-z0-9])';

function compile(brand: Brand): CompiledBrand {
  const exact = brand.exactCase ?? [];
  const sources = [...brand.aliases, ...exact.map((word) => word.toLowerCase())];
  return {
    brand,
    pattern: new RegExp(`${WORD_EDGE_BEFORE}(?:${sources.join('|')})${WORD_EDGE_AFTER}`, 'g'),
    exactCase: new Map(exact.map((word) => [word.toLowerCase(), word])),
  };
}

let compiled: readonly CompiledBrand[] | undefined;

/** Capitals must match where the exact-case form has them ("ING", "Windows"); look-alikes count as letters. */
function hasRequiredCapitals(original: string, exact: string): boolean {
  if (original.length !== exact.length) return true; // folded from a disguise: judged by the disguise instead
  for (let i = 0; i < exact.length; i++) {
    const wanted = exact[i] ?? '';
    const got = original[i] ?? '';
    if (wanted !== wanted.toLowerCase() && got === got.toLowerCase()) return false;
  }
  return true;
}

export function findBrands(raw: string, folded: FoldedText): BrandMention[] {
  compiled ??= BRANDS.map(compile);
  const mentions: BrandMention[] = [];
  for (const { brand, pattern, exactCase } of compiled) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(folded.text); match; match = pattern.exec(folded.text)) {
      const startFolded = match.index;
      const endFolded = startFolded + match[0].length;
      const start = folded.origin[startFolded] ?? 0;
      const end = (folded.origin[endFolded - 1] ?? start) + 1;
      const exact = exactCase.get(match[0]);
      if (exact && !hasRequiredCapitals(raw.slice(start, end), exact)) continue;
      const disguised = folded.disguised.subarray(startFolded, endFolded).some((flag) => flag === 1);
      mentions.push({ brand: brand.id, start, end, disguised });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** The page is the brand's own site (support.microsoft.com, amazon.co.jp), so naming it is no impersonation. */
export function brandOfficialHere(id: BrandId, host: string): boolean {
  const brand = BRANDS.find((b) => b.id === id);
  return brand !== undefined && isOfficialHost(brand, host);
}
