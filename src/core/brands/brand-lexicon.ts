/**
 * The brands that fake helpdesks impersonate, how pages name them, and where the brand really lives. An
 * alias is matched on folded text (see fold-lookalikes.ts); `exactCase` aliases are also checked against the
 * page's own capitals, because "ING" is a bank and "ing" is a suffix, "AVG" an antivirus and "avg" an average.
 *
 * Official domains: a brand named on its own site (support.microsoft.com) is not impersonation. A domain
 * here also covers its subdomains. `countrySites` adds `<name>.<tld>` and `<name>.co.<tld>` for brands that
 * run a site per country (amazon.nl, google.co.jp).
 */

export type BrandId =
  | 'microsoft' | 'apple' | 'mcafee' | 'norton' | 'avast' | 'avg' | 'bitdefender' | 'kaspersky' | 'eset'
  | 'malwarebytes' | 'webroot' | 'paypal' | 'amazon' | 'google' | 'facebook' | 'netflix' | 'ing'
  | 'rabobank' | 'abnamro' | 'sns' | 'asn' | 'regiobank' | 'triodos' | 'knab' | 'bunq' | 'kbc'
  | 'belfius' | 'bnpparibasfortis' | 'argenta' | 'postnl' | 'digid';

export interface Brand {
  readonly id: BrandId;
  readonly name: string;
  /** Regex sources matched on folded, lower-case text; word boundaries are added around each. */
  readonly aliases: readonly string[];
  /** Aliases that only count when the page writes them with exactly these capitals. */
  readonly exactCase?: readonly string[];
  readonly domains: readonly string[];
  readonly countrySites?: readonly string[];
  /** Tech-support and security brands: the ones scareware pages pose as. Banks are named in refund lures. */
  readonly kind: 'tech' | 'security' | 'payment' | 'retail' | 'bank' | 'government';
}

export const BRANDS: readonly Brand[] = [
  {
    id: 'microsoft', name: 'Microsoft', kind: 'tech',
    aliases: ['microsoft', 'windows ?defender', 'microsoft ?defender', 'defender ?smart ?screen', 'windows ?security',
      'windows ?firewall', 'office ?365', 'microsoft ?365', 'onedrive', 'hotmail', 'outlook', 'internet ?explorer',
      'microsoft ?edge', 'マイクロソフト', 'ウィンドウズ'],
    exactCase: ['Windows'],
    domains: ['microsoft.com', 'microsoft365.com', 'live.com', 'office.com', 'outlook.com', 'windows.com', 'bing.com',
      'msn.com', 'xbox.com', 'skype.com', 'azure.com', 'microsoftonline.com', 'sharepoint.com', 'onedrive.com'],
  },
  {
    id: 'apple', name: 'Apple', kind: 'tech',
    aliases: ['apple ?id', 'apple ?care', 'apple ?support', 'icloud', 'macos', 'mac ?book', 'iphone', 'ipad', 'apple ?inc',
      'アップル'],
    exactCase: ['Apple'],
    domains: ['apple.com', 'icloud.com'],
  },
  { id: 'mcafee', name: 'McAfee', kind: 'security', aliases: ['mcafee', 'mc afee'], domains: ['mcafee.com'] },
  {
    id: 'norton', name: 'Norton', kind: 'security', aliases: ['norton ?360', 'norton ?antivirus', 'norton ?security', 'nortonlifelock'],
    exactCase: ['Norton'], domains: ['norton.com', 'nortonlifelock.com', 'gendigital.com'],
  },
  { id: 'avast', name: 'Avast', kind: 'security', aliases: ['avast'], domains: ['avast.com'] },
  { id: 'avg', name: 'AVG', kind: 'security', aliases: ['avg ?antivirus'], exactCase: ['AVG'], domains: ['avg.com'] },
  { id: 'bitdefender', name: 'Bitdefender', kind: 'security', aliases: ['bitdefender'], domains: ['bitdefender.com'], countrySites: ['bitdefender'] },
  { id: 'kaspersky', name: 'Kaspersky', kind: 'security', aliases: ['kaspersky'], domains: ['kaspersky.com'], countrySites: ['kaspersky'] },
  { id: 'eset', name: 'ESET', kind: 'security', aliases: ['eset ?nod32', 'eset ?internet ?security'], exactCase: ['ESET'], domains: ['eset.com'] },
  { id: 'malwarebytes', name: 'Malwarebytes', kind: 'security', aliases: ['malwarebytes'], domains: ['malwarebytes.com'] },
  { id: 'webroot', name: 'Webroot', kind: 'security', aliases: ['webroot'], domains: ['webroot.com'] },
  { id: 'paypal', name: 'PayPal', kind: 'payment', aliases: ['paypal', 'pay pal'], domains: ['paypal.com', 'paypal.me'], countrySites: ['paypal'] },
  {
    id: 'amazon', name: 'Amazon', kind: 'retail', aliases: ['amazon ?prime', 'amazon', 'アマゾン'],
    domains: ['amazon.com', 'amazon.jobs', 'aboutamazon.com'], countrySites: ['amazon'],
  },
  {
    id: 'google', name: 'Google', kind: 'tech', aliases: ['google', 'gmail', 'google ?chrome', 'グーグル'],
    domains: ['google.com', 'youtube.com', 'gmail.com', 'chrome.com', 'android.com', 'blog.google'], countrySites: ['google'],
  },
  {
    id: 'facebook', name: 'Facebook', kind: 'tech', aliases: ['facebook', 'meta ?platforms'],
    domains: ['facebook.com', 'fb.com', 'meta.com', 'messenger.com', 'instagram.com'],
  },
  { id: 'netflix', name: 'Netflix', kind: 'retail', aliases: ['netflix'], domains: ['netflix.com'] },
  { id: 'ing', name: 'ING', kind: 'bank', aliases: ['ing ?bank'], exactCase: ['ING'], domains: ['ing.nl', 'ing.be', 'ing.com', 'ing.de'] },
  { id: 'rabobank', name: 'Rabobank', kind: 'bank', aliases: ['rabobank'], domains: ['rabobank.nl', 'rabobank.com'] },
  { id: 'abnamro', name: 'ABN AMRO', kind: 'bank', aliases: ['abn ?amro'], domains: ['abnamro.nl', 'abnamro.com'] },
  { id: 'sns', name: 'SNS', kind: 'bank', aliases: ['sns ?bank'], domains: ['snsbank.nl', 'sns.nl'] },
  { id: 'asn', name: 'ASN Bank', kind: 'bank', aliases: ['asn ?bank'], domains: ['asnbank.nl'] },
  { id: 'regiobank', name: 'RegioBank', kind: 'bank', aliases: ['regiobank'], domains: ['regiobank.nl'] },
  { id: 'triodos', name: 'Triodos', kind: 'bank', aliases: ['triodos'], domains: ['triodos.nl', 'triodos.com', 'triodos.be'] },
  { id: 'knab', name: 'Knab', kind: 'bank', aliases: ['knab'], domains: ['knab.nl'] },
  { id: 'bunq', name: 'bunq', kind: 'bank', aliases: ['bunq'], domains: ['bunq.com'] },
  { id: 'kbc', name: 'KBC', kind: 'bank', aliases: ['kbc ?bank'], exactCase: ['KBC'], domains: ['kbc.be', 'kbc.com'] },
  { id: 'belfius', name: 'Belfius', kind: 'bank', aliases: ['belfius'], domains: ['belfius.be'] },
  { id: 'bnpparibasfortis', name: 'BNP Paribas Fortis', kind: 'bank', aliases: ['bnp ?paribas'], domains: ['bnpparibasfortis.be', 'bnpparibas.com'] },
  { id: 'argenta', name: 'Argenta', kind: 'bank', aliases: ['argenta'], domains: ['argenta.be'] },
  { id: 'postnl', name: 'PostNL', kind: 'retail', aliases: ['postnl'], domains: ['postnl.nl'] },
  { id: 'digid', name: 'DigiD', kind: 'government', aliases: ['digid'], domains: ['digid.nl', 'overheid.nl', 'rijksoverheid.nl'] },
];

export function brandById(id: BrandId): Brand {
  const brand = BRANDS.find((b) => b.id === id);
  if (!brand) throw new Error(`unknown brand ${id}`);
  return brand;
}

export function isBrandId(value: unknown): value is BrandId {
  return typeof value === 'string' && BRANDS.some((b) => b.id === value);
}
