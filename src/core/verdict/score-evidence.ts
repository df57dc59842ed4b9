/**
 * From evidence to a verdict. Points are added for what fake helpdesks do and subtracted for what honest
 * warnings about them do; hard rules sit on top (a listed number presented as a contact is a scam whatever
 * the score). docs/detection.md explains every weight and how it was tuned; change them there too.
 *
 * The shape of the rules: a brand and a phone number together are ordinary (shops, repairers, news); what
 * makes a fake helpdesk is the *claim* (locked, infected, charged) plus the *call to action*, on a site that
 * is not the brand's own. So language carries most of the weight, a number presented as the brand's contact
 * adds to it, and nothing turns red without both a way to call and an impersonation or lock-screen act.
 */
import { brandById, type BrandId } from '../brands/brand-lexicon.ts';
import { brandOfficialHere } from '../brands/find-brands.ts';
import type { PhraseCategory } from '../language/scam-phrases.ts';
import { PHRASE_WEIGHTS } from '../language/scam-phrases.ts';
import { judgeBehaviour, type BehaviourCounts, type BehaviourFindings } from './behaviour.ts';
import type { Evidence } from './collect-evidence.ts';
import type { NumberLists } from './number-lists.ts';
import { viewNumbers, type NumberView } from './number-views.ts';
import { ownVoice } from './own-voice.ts';
import type { Reason, ScorePart, Verdict, VerdictLevel, VerdictNumber } from './verdict.ts';

export type Sensitivity = 'low' | 'normal' | 'high';

/** Score needed for amber, per sensitivity; red always needs SCAM_SCORE. */
export const SUSPICIOUS_SCORE: Readonly<Record<Sensitivity, number>> = { low: 8, normal: 6, high: 4 };
export const SCAM_SCORE = 10;

export const WEIGHTS = {
  techBrandNamed: 1,
  otherBrandNamed: 0.5,
  numberAsBrandContact: 2,
  unknownContact: 1,
  disguisedBrand: 4,
  disguisedNumber: 3,
  numberInUrl: 3,
  foreignNumber: 1,
  manyCountries: 1,
  premiumNumber: 1,
  callbackForm: 1,
  warningPhrase: -2,
  maxLanguage: 12,
  maxBehaviour: 8,
  maxWarningDiscount: -6,
} as const;

const BEHAVIOUR_WEIGHTS: Readonly<Record<keyof BehaviourFindings, number>> = {
  fullscreenAbuse: 3, inputLock: 3, dialogLoop: 3, unloadTrap: 1, historyTrap: 2, popupLoop: 2, noisy: 2, hiddenCursor: 1,
};

interface Impersonation {
  readonly brand: BrandId | undefined;
  readonly officialSite: boolean;
  readonly disguised: boolean;
}

function judgeImpersonation(evidence: Evidence, brands: Evidence['brands']): Impersonation {
  const officialSite = evidence.brands.some((m) => brandOfficialHere(m.brand, evidence.host));
  const counts = new Map<BrandId, number>();
  for (const mention of brands) counts.set(mention.brand, (counts.get(mention.brand) ?? 0) + 1);
  // The brand named most often leads; tech and security brands before banks and shops on a tie.
  const isTech = (id: BrandId): number => Number(['tech', 'security'].includes(brandById(id).kind));
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || isTech(b[0]) - isTech(a[0]));
  // A disguised name is impersonation wherever it stands: no quotation needs "Місrоsоft".
  return { brand: ranked[0]?.[0], officialSite, disguised: evidence.brands.some((m) => m.disguised) };
}

class Tally {
  readonly parts: ScorePart[] = [];
  readonly reasons: Reason[] = [];

  add(signal: string, points: number, reason?: Reason): void {
    if (points === 0) return;
    this.parts.push({ signal, points: Math.round(points * 10) / 10 });
    if (reason) this.reasons.push(reason);
  }

  get score(): number {
    return Math.round(this.parts.reduce((sum, p) => sum + p.points, 0) * 10) / 10;
  }
}

/** What a page claims about the visitor's computer or account, as opposed to how it asks to be called. */
const CLAIMS: readonly PhraseCategory[] = ['lock', 'infection', 'doNotClose', 'dataTheft', 'errorCode', 'refund'];

function scoreLanguage(phrases: Evidence['phrases'], tally: Tally): { categories: Set<PhraseCategory>; warnings: number } {
  const distinct = new Map<PhraseCategory, Set<string>>();
  for (const hit of phrases) {
    const set = distinct.get(hit.category) ?? new Set<string>();
    set.add(hit.text);
    distinct.set(hit.category, set);
  }
  let total = 0;
  for (const [category, texts] of distinct) {
    // A second and third different phrase of one kind add half as much again: kits repeat their claims.
    const points = PHRASE_WEIGHTS[category] * (1 + 0.5 * (Math.min(texts.size, 3) - 1));
    const room = WEIGHTS.maxLanguage - total;
    if (points > 0 && room > 0) {
      tally.add(`phrases:${category}`, Math.min(points, room));
      total += Math.min(points, room);
    }
  }
  const categories = new Set(distinct.keys());
  if (categories.has('lock')) tally.reasons.push({ key: 'reasonLockClaim', values: [] });
  if (categories.has('remoteTool')) tally.reasons.push({ key: 'reasonRemoteAccess', values: [] });
  if (categories.has('refund')) tally.reasons.push({ key: 'reasonRefundLure', values: [] });
  if (['infection', 'doNotClose', 'dataTheft', 'errorCode'].some((c) => categories.has(c as PhraseCategory))) {
    tally.reasons.push({ key: 'reasonScareLanguage', values: [] });
  }
  return { categories, warnings: distinct.get('warning')?.size ?? 0 };
}

function scoreBehaviour(findings: BehaviourFindings, tally: Tally): number {
  let total = 0;
  let count = 0;
  for (const key of Object.keys(BEHAVIOUR_WEIGHTS) as (keyof BehaviourFindings)[]) {
    if (!findings[key]) continue;
    const points = Math.min(BEHAVIOUR_WEIGHTS[key], WEIGHTS.maxBehaviour - total);
    tally.add(`behaviour:${key}`, points);
    total += points;
    count++;
  }
  if (count > 0) tally.reasons.push({ key: 'reasonLockScreenBehaviour', values: [] });
  return count;
}

/**
 * A number the page puts forward as the way to reach someone, not one merely mentioned. On a page about scams,
 * a number it quotes or labels with a warning is one it shows in order to warn, not to be called.
 */
function isContact(view: NumberView, reporting = false): boolean {
  if (view.sources.has('url')) return true;
  if (reporting && view.sources.size === 1 && view.sources.has('text') && (view.quoted || view.warned)) return false;
  return view.sources.has('tel') || view.nearCue;
}

function scoreNumbers(evidence: Evidence, contacts: readonly NumberView[], judged: readonly NumberView[], tally: Tally): void {
  if (contacts.some((v) => v.status === 'unknown')) tally.add('number:unknown-contact', WEIGHTS.unknownContact);
  const disguised = judged.find((v) => v.disguised);
  if (disguised) tally.add('number:disguised', WEIGHTS.disguisedNumber, { key: 'reasonDisguisedNumber', values: [disguised.e164] });
  const inUrl = judged.find((v) => v.sources.has('url') && v.sources.has('text'));
  if (inUrl) tally.add('number:in-url', WEIGHTS.numberInUrl, { key: 'reasonNumberInUrl', values: [inUrl.e164] });
  const home = evidence.regions.slice(0, 2);
  const foreign = contacts.find((v) => v.parsed.country !== undefined && !(home as readonly string[]).includes(v.parsed.country));
  if (foreign && evidence.language !== 'en' && evidence.language !== '') {
    tally.add('number:foreign', WEIGHTS.foreignNumber, { key: 'reasonForeignNumber', values: [foreign.e164] });
  }
  if (new Set(contacts.map((v) => v.parsed.country).filter(Boolean)).size >= 2) {
    tally.add('number:many-countries', WEIGHTS.manyCountries, { key: 'reasonManyCountries', values: [] });
  }
  const premium = contacts.find((v) => v.parsed.kind === 'premium-rate');
  if (premium) tally.add('number:premium', WEIGHTS.premiumNumber, { key: 'reasonPremiumNumber', values: [premium.e164] });
}

export interface ScoreOptions {
  readonly sensitivity: Sensitivity;
}

export function scoreEvidence(evidence: Evidence, lists: NumberLists, behaviour: BehaviourCounts, options: ScoreOptions): Verdict {
  const voice = ownVoice(evidence);
  const views = viewNumbers(evidence, lists, voice);
  const imp = judgeImpersonation(evidence, voice.brands);
  const tally = new Tally();
  const judged = views.filter((v) => v.status !== 'official');
  const contacts = judged.filter((v) => isContact(v, voice.reporting));
  for (const view of judged.filter((v) => v.status === 'listed' || v.status === 'reported')) {
    tally.reasons.push({ key: view.status === 'listed' ? 'reasonListedNumber' : 'reasonReportedNumber', values: [view.e164] });
  }

  const impersonating = imp.brand !== undefined && !imp.officialSite;
  const brandName = imp.brand ? brandById(imp.brand).name : '';
  if (impersonating && imp.brand) {
    const tech = ['tech', 'security'].includes(brandById(imp.brand).kind);
    tally.add('brand:named', tech ? WEIGHTS.techBrandNamed : WEIGHTS.otherBrandNamed);
    if (contacts.some((v) => v.nearBrand)) {
      tally.add('number:brand-contact', WEIGHTS.numberAsBrandContact, { key: 'reasonNumberNearBrand', values: [brandName] });
    }
  }
  if (imp.disguised) tally.add('brand:disguised', WEIGHTS.disguisedBrand, { key: 'reasonDisguisedBrand', values: [brandName] });
  const language = scoreLanguage(voice.phrases, tally);
  scoreNumbers(evidence, contacts, judged, tally);
  const acts = scoreBehaviour(judgeBehaviour(behaviour), tally);
  // A page that poses as a brand, frightens, and asks for your number so "support" can call you back; or any
  // page with a phone field that says a technician will call.
  const callback = evidence.phoneFields > 0 && ((impersonating && tally.score >= 4) || language.categories.has('callback'));
  if (callback) tally.add('channel:callback-form', WEIGHTS.callbackForm, { key: 'reasonCallbackForm', values: [] });

  // Honest pages about these scams use their words too; what they add is the warning. Page-world acts and
  // disguises are never excused by it: no honest page locks the screen or misspells Microsoft on purpose.
  // Nor is a number the page itself puts forward as the brand's line, right after "call": a kit that adds a
  // "beware of scammers" box to its own pitch gets the discount of one warning at most.
  const hardEvidence = imp.disguised || acts >= 2 || judged.some((v) => v.disguised);
  const ownPitch = impersonating && CLAIMS.some((c) => language.categories.has(c)) && contacts.some((v) => v.nearBrand && v.nearCall && !v.warned);
  if (!hardEvidence && language.warnings > 0) {
    const discount = Math.max(WEIGHTS.maxWarningDiscount, WEIGHTS.warningPhrase * language.warnings);
    tally.add('phrases:warning', ownPitch ? Math.max(discount, WEIGHTS.warningPhrase) : discount);
  }
  let score = tally.score;
  if (imp.officialSite) score = Math.min(score, SUSPICIOUS_SCORE[options.sensitivity] - 1);

  // A page that claims nothing about the visitor's computer or account (a repair shop, an IT partner, a
  // support line) is not a fake helpdesk however often it says "call our technicians". A user who chose high
  // sensitivity asked to hear about those too.
  // A page that earns the red score without a claim but with numbers no local business shows (foreign
  // lines, lines in several countries, premium rate, the number in the address: Japanese kits that only say
  // "call Microsoft support now" on a US number) is judged on that score.
  const oddNumbers = tally.parts.some((p) => ['number:foreign', 'number:many-countries', 'number:premium', 'number:in-url'].includes(p.signal));
  const claims =
    CLAIMS.some((c) => language.categories.has(c)) || hardEvidence || acts > 0 || options.sensitivity === 'high' || (score >= SCAM_SCORE && oddNumbers);
  const hasChannel = contacts.length > 0 || acts >= 2 || callback || (impersonating && evidence.messengerChannels > 0);
  // Kits whose number cannot be read (an image, an unusual shape) still ask to be called: enough for amber.
  const asksToCall = impersonating && language.categories.has('callNow');
  let level: VerdictLevel = 'clean';
  if (!claims) level = 'clean';
  else if (score >= SCAM_SCORE && hasChannel && (impersonating || acts >= 2 || imp.disguised)) level = 'scam';
  else if (score >= SUSPICIOUS_SCORE[options.sensitivity] && (hasChannel || asksToCall || score >= SCAM_SCORE)) level = 'suspicious';
  const listedContact = judged.some((v) => v.status === 'listed' && (isContact(v) || v.nearBrand) && !v.nearWarning);
  if (listedContact || judged.some((v) => v.status === 'reported')) level = 'scam';
  const reasons = [...tally.reasons];
  if (impersonating && level !== 'clean') reasons.unshift({ key: 'reasonImpersonation', values: [brandName] });
  return {
    level,
    score,
    breakdown: tally.parts,
    brand: impersonating ? imp.brand : undefined,
    numbers: views.map((v) => toVerdictNumber(v, voice.reporting)),
    reasons: level === 'clean' ? [] : orderReasons(dedupeReasons(reasons)),
  };
}

/** The strongest reason first: that one line is what the banner shows. */
const REASON_ORDER = [
  'reasonListedNumber', 'reasonReportedNumber', 'reasonDisguisedBrand', 'reasonImpersonation', 'reasonLockScreenBehaviour',
  'reasonLockClaim', 'reasonRefundLure', 'reasonRemoteAccess', 'reasonNumberInUrl', 'reasonDisguisedNumber',
  'reasonScareLanguage', 'reasonCallbackForm', 'reasonNumberNearBrand', 'reasonForeignNumber', 'reasonManyCountries', 'reasonPremiumNumber',
];

function orderReasons(reasons: Reason[]): Reason[] {
  return reasons.sort((a, b) => REASON_ORDER.indexOf(a.key) - REASON_ORDER.indexOf(b.key));
}

function toVerdictNumber(view: NumberView, reporting: boolean): VerdictNumber {
  return {
    e164: view.e164,
    status: view.status,
    kind: view.parsed.kind,
    country: view.parsed.country,
    written: view.written,
    presentedAsContact: isContact(view, reporting) || view.nearBrand,
  };
}

function dedupeReasons(reasons: readonly Reason[]): Reason[] {
  const seen = new Set<string>();
  return reasons.filter((r) => {
    const id = `${r.key}:${r.values.join(',')}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
