/**
 * Turns a verdict into the banner's words in the user's language. The headline names the brand when the
 * page poses as one ("Microsoft never shows a phone number in a warning"); the reason line is the strongest
 * single reason, because a frightened reader takes in one sentence, not a list.
 */
import { brandById } from '../core/brands/brand-lexicon.ts';
import type { Verdict } from '../core/verdict/verdict.ts';
import type { Translate } from '../shared/i18n.ts';
import type { BannerModel } from '../shared/views.ts';
import { formatNumber } from '../shared/format-number.ts';
import { reasonText } from '../shared/reason-text.ts';

export function bannerFor(verdict: Verdict, t: Translate, lang: string): BannerModel | undefined {
  if (verdict.level === 'clean') return undefined;
  const brand = verdict.brand ? brandById(verdict.brand).name : undefined;
  const headline =
    verdict.level === 'suspicious'
      ? t('bannerHeadlineSuspicious')
      : brand
        ? t('bannerHeadlineScamBrand', brand)
        : t('bannerHeadlineScam');
  const concerned = verdict.numbers.filter((n) => n.status !== 'official' && (n.presentedAsContact || n.status !== 'unknown'));
  const first = verdict.reasons[0];
  return {
    level: verdict.level,
    lang,
    headline,
    reason: first ? reasonText(first, t, formatNumber) : '',
    numbersLabel: t('bannerNumbersLabel'),
    numbers: concerned.map((n) => formatNumber(n.e164)),
    written: concerned.flatMap((n) => n.written),
    markLabel: t('bannerMarkLabel'),
    regionLabel: t('bannerRegionLabel'),
    actions: { leave: t('bannerLeave'), report: t('bannerReport'), dismiss: t('bannerDismiss'), notScam: t('bannerNotScam') },
    ...(verdict.level === 'scam'
      ? { confirmHide: { question: t('bannerHideQuestion'), yes: t('bannerHideYes'), no: t('bannerHideNo') } }
      : {}),
    defuse: verdict.level === 'scam',
  };
}
