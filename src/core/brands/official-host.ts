/**
 * Whether a host is one of a brand's own sites (support.microsoft.com, amazon.co.jp): naming the brand there
 * is no impersonation. Its own file because the content script's title gate needs it without the lexicon.
 */
import type { Brand } from './brand-lexicon.ts';

export type OfficialSites = Pick<Brand, 'domains' | 'countrySites'>;

export function isOfficialHost(brand: OfficialSites, host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (brand.domains.some((domain) => h === domain || h.endsWith(`.${domain}`))) return true;
  return (brand.countrySites ?? []).some((name) => new RegExp(`(?:^|\\.)${name}\\.(?:co\\.|com\\.)?[a-z]{2,3}$`).test(h));
}
