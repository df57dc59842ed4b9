/**
 * Whether a page is *about* tech-support scams (news, an encyclopedia, a forum victim asking, an anti-fraud
 * list, a bank's warning) and, if so, what it says in its own voice. Such pages quote the scam's words and
 * numbers; only what they say themselves should be judged. Two cues make a page one that reports:
 * warning language ("this is a scam", "never call", "reported numbers") or markup that says it is an
 * article, a discussion or a reference work; and, whichever it is, most of its text must be its own, so a kit
 * that wraps itself in one big `<blockquote>` or "scammers say" sentence is not quoting anything.
 *
 * What a page says in its own voice is never excused here: a kit that adds `og:type=article` and a "beware
 * of scammers" box keeps every point its own claims and its own number earn (score-evidence.ts).
 */
import type { BrandMention } from '../brands/find-brands.ts';
import type { PhraseHit } from '../language/find-phrases.ts';
import { isInside, quotedShare } from '../language/reported-speech.ts';
import type { Evidence } from './collect-evidence.ts';

/** Above this share of quoted text the page is not quoting: it is the scam, in quotation marks. */
const MAX_QUOTED_SHARE = 0.6;

/**
 * "Microsoft Partner", "Microsoft Certified", "authorised Apple reseller": a company naming its credentials
 * speaks about the brand, not as it.
 */
const AFFILIATION_AFTER = /^[\s-]*(?:gold |silver |solutions |certified |authori[sz]ed |official )?(?:partner|certified|reseller|specialist|expert|gecertificeerd|zertifiziert|partenaire|certificat|socio|partner)/i;
const AFFILIATION_BEFORE = /(?:authori[sz]ed|certified|official|erkend|gecertificeerd|zertifizierter?|agréé|certificado|certificato|autorizzato|autorizado)[\s-]+$/i;

export function isAffiliation(text: string, mention: BrandMention): boolean {
  return AFFILIATION_AFTER.test(text.slice(mention.end, mention.end + 30)) || AFFILIATION_BEFORE.test(text.slice(Math.max(0, mention.start - 20), mention.start));
}

export interface OwnVoice {
  /** The page is about scams, and its quotations may be set aside. */
  readonly reporting: boolean;
  readonly brands: readonly BrandMention[];
  /** Phrase hits in the page's own voice (all of them when it is not reporting); warnings always count. */
  readonly phrases: readonly PhraseHit[];
}

export function ownVoice(evidence: Evidence): OwnVoice {
  const brands = evidence.brands.filter((m) => !isAffiliation(evidence.text, m));
  // Warnings count wherever they stand: "scammers say …" is itself a reported sentence.
  const warnings = evidence.phrases.filter((p) => p.category === 'warning').length;
  const reporting = (warnings > 0 || evidence.kinds.length > 0) && quotedShare(evidence.quotations, evidence.text.length) <= MAX_QUOTED_SHARE;
  if (!reporting) return { reporting, brands, phrases: evidence.phrases };
  return {
    reporting,
    brands: brands.filter((m) => !isInside(evidence.reported, m.start)),
    phrases: evidence.phrases.filter((p) => p.category === 'warning' || !isInside(evidence.reported, p.start)),
  };
}
