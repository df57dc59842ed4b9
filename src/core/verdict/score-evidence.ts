/**
 * From evidence to a verdict. Points are added for what fake helpdesks do and subtracted for what honest
 * warnings about them do; hard rules sit on top (a listed number presented as a contact is a scam whatever
 * the score). docs/detection.md explains every weight and how it was tuned; change them there too.
 */
import { brandById, type BrandId } from '../brands/brand-lexicon.ts';
import { brandOfficialHere } from '../brands/find-brands.ts';
import type { PhraseCategory } from '../language/scam-phrases.ts';
import { PHRASE_WEIGHTS } from '../language/scam-phrases.ts';
import { judgeBehaviour, type BehaviourCounts, type BehaviourFindings } from './behaviour.ts';
import type { Evidence } from './collect-evidence.ts';
import type { NumberLists } from './number-lists.ts';
import { viewNumbers, type NumberView } from './number-views.ts';
import type { Reason, Verdict, VerdictLevel, VerdictNumber } from './verdict.ts';

export type Sensitivity = 'low' | 'normal' | 'high';

/** Score needed for amber, per sensitivity; red always needs SCAM_SCORE. */
export const SUSPICIOUS_SCORE: Readonly<Record<Sensitivity, number>> = { low: 8, normal: 6, high: 4 };
export const SCAM_SCORE = 10;

const MAX_LANGUAGE_POINTS = 12;
const MAX_BEHAVIOUR_POINTS = 8;
const MAX_WARNING_DISCOUNT = 6;

interface Impersonation {
  readonly brand: BrandId | undefined;
  readonly officialSite: boolean;
  readonly disguised: boolean;
  readonly mentions: number;
}

function judgeImpersonation(evidence: Evidence): Impersonation {
  const officialSite = evidence.brands.some((m) => brandOfficialHere(m.brand, evidence.host));
  const counts = new Map<BrandId, number>();
  for (const mention of evidence.brands) counts.set(mention.brand, (counts.get(mention.brand) ?? 0) + 1);
  // The brand named most often leads; tech and security brands before banks and shops on a tie.
  const ranked = [...counts.entries()].sort(
    (a, b) => b[1] - a[1] || Number(brandById(b[0]).kind === 'tech') - Number(brandById(a[0]).kind === 'tech'),
  );
  return {
    brand: ranked[0]?.[0],
    officialSite,
    disguised: evidence.brands.some((m) => m.disguised),
    mentions: evidence.brands.length,
  };
}

function languagePoints(evidence: Evidence): { points: number; categories: Set<PhraseCategory>; warnings: number } {
  const distinct = new Map<PhraseCategory, Set<string>>();
  for (const hit of evidence.phrases) {
    const set = distinct.get(hit.category) ?? new Set<string>();
    set.add(hit.text);
    distinct.set(hit.category, set);
  }
  let points = 0;
  for (const [category, texts] of distinct) {
    // A second and third different phrase of one kind add half as much again: repetition is a kit's habit.
    points += PHRASE_WEIGHTS[category] * (1 + 0.5 * (Math.min(texts.size, 3) - 1));
  }
  return {
    points: Math.min(points, MAX_LANGUAGE_POINTS),
    categories: new Set(distinct.keys()),
    warnings: distinct.get('warning')?.size ?? 0,
  };
}

function behaviourPoints(findings: BehaviourFindings): { points: number; count: number } {
  const weights: Readonly<Record<keyof BehaviourFindings, number>> = {
    fullscreenAbuse: 3, inputLock: 3, dialogLoop: 3, unloadTrap: 1, historyTrap: 2, popupLoop: 2, noisy: 2, hiddenCursor: 1,
  };
  let points = 0;
  let count = 0;
  for (const key of Object.keys(weights) as (keyof BehaviourFindings)[]) {
    if (!findings[key]) continue;
    points += weights[key];
    count++;
  }
  return { points: Math.min(points, MAX_BEHAVIOUR_POINTS), count };
}

/** The number the page puts forward as its contact: listed first, then unknown ones near a brand or cue. */
function isContact(view: NumberView): boolean {
  return view.sources.has('url') || view.sources.has('tel') || view.nearCue || view.nearBrand;
}

export interface ScoreOptions {
  readonly sensitivity: Sensitivity;
}

export function scoreEvidence(
  evidence: Evidence,
  lists: NumberLists,
  behaviour: BehaviourCounts,
  options: ScoreOptions,
): Verdict {
  const views = viewNumbers(evidence, lists);
  const imp = judgeImpersonation(evidence);
  const language = languagePoints(evidence);
  const acts = behaviourPoints(judgeBehaviour(behaviour));
  const reasons: Reason[] = [];
  const numbers = views.map(toVerdictNumber);
  const judged = views.filter((v) => v.status !== 'official');
  const contacts = judged.filter(isContact);

  const listedContact = contacts.find((v) => (v.status === 'listed' || v.status === 'reported') && !v.nearWarning);
  const reported = judged.find((v) => v.status === 'reported');
  for (const view of judged.filter((v) => v.status === 'listed' || v.status === 'reported')) {
    reasons.push({ key: view.status === 'listed' ? 'reasonListedNumber' : 'reasonReportedNumber', values: [view.e164] });
  }

  let score = 0;
  const impersonating = imp.brand !== undefined && !imp.officialSite;
  if (impersonating && imp.brand) {
    const kind = brandById(imp.brand).kind;
    score += kind === 'tech' || kind === 'security' ? 2 : 1;
    if (contacts.some((v) => v.nearBrand)) {
      score += 2;
      reasons.push({ key: 'reasonNumberNearBrand', values: [brandById(imp.brand).name] });
    }
  }
  if (imp.disguised) {
    score += 4;
    reasons.push({ key: 'reasonDisguisedBrand', values: [imp.brand ? brandById(imp.brand).name : ''] });
  }
  score += language.points;
  addLanguageReasons(language.categories, reasons);

  const contactUnknown = contacts.filter((v) => v.status === 'unknown');
  if (contactUnknown.length > 0) score += 2;
  const disguisedNumber = judged.find((v) => v.disguised);
  if (disguisedNumber) {
    score += 3;
    reasons.push({ key: 'reasonDisguisedNumber', values: [disguisedNumber.e164] });
  }
  const urlNumber = judged.find((v) => v.sources.has('url') && v.sources.has('text'));
  if (urlNumber) {
    score += 3;
    reasons.push({ key: 'reasonNumberInUrl', values: [urlNumber.e164] });
  }
  score += foreignNumberPoints(evidence, contacts, reasons);
  if (acts.count > 0) {
    score += acts.points;
    reasons.push({ key: 'reasonLockScreenBehaviour', values: [] });
  }
  const hardEvidence = imp.disguised || acts.count >= 2 || disguisedNumber !== undefined;
  if (!hardEvidence && language.warnings > 0) {
    score -= Math.min(MAX_WARNING_DISCOUNT, 2 * language.warnings);
  }
  if (imp.officialSite) score = Math.min(score, SUSPICIOUS_SCORE[options.sensitivity] - 1);

  const hasChannel = contacts.length > 0 || acts.count >= 2;
  let level: VerdictLevel = 'clean';
  if (score >= SCAM_SCORE && hasChannel && (impersonating || acts.count >= 2 || imp.disguised)) level = 'scam';
  else if (score >= SUSPICIOUS_SCORE[options.sensitivity] && (hasChannel || score >= SCAM_SCORE)) level = 'suspicious';
  if (listedContact || reported) level = 'scam';
  if (impersonating && imp.brand && level !== 'clean') {
    reasons.unshift({ key: 'reasonImpersonation', values: [brandById(imp.brand).name] });
  }
  return {
    level,
    score: Math.round(score * 10) / 10,
    brand: imp.brand !== undefined && !imp.officialSite ? imp.brand : undefined,
    numbers,
    reasons: level === 'clean' ? [] : dedupeReasons(reasons),
  };
}

function addLanguageReasons(categories: ReadonlySet<PhraseCategory>, reasons: Reason[]): void {
  if (categories.has('lock')) reasons.push({ key: 'reasonLockClaim', values: [] });
  if (categories.has('remoteTool')) reasons.push({ key: 'reasonRemoteAccess', values: [] });
  if (categories.has('refund')) reasons.push({ key: 'reasonRefundLure', values: [] });
  const scare: PhraseCategory[] = ['infection', 'doNotClose', 'dataTheft', 'errorCode'];
  if (scare.some((c) => categories.has(c))) reasons.push({ key: 'reasonScareLanguage', values: [] });
}

/** A contact number from another country than the page's readers, or several countries at once. */
function foreignNumberPoints(evidence: Evidence, contacts: readonly NumberView[], reasons: Reason[]): number {
  let points = 0;
  const home = evidence.regions.slice(0, 2);
  const foreign = contacts.find((v) => v.parsed.country !== undefined && !home.includes(v.parsed.country as never));
  if (foreign && evidence.language !== 'en') {
    points += 1;
    reasons.push({ key: 'reasonForeignNumber', values: [foreign.e164] });
  }
  const countries = new Set(contacts.map((v) => v.parsed.country).filter((c) => c !== undefined));
  if (countries.size >= 2) {
    points += 1;
    reasons.push({ key: 'reasonManyCountries', values: [] });
  }
  const premium = contacts.find((v) => v.parsed.kind === 'premium-rate');
  if (premium) {
    points += 1;
    reasons.push({ key: 'reasonPremiumNumber', values: [premium.e164] });
  }
  return points;
}

function toVerdictNumber(view: NumberView): VerdictNumber {
  return {
    e164: view.e164,
    status: view.status,
    kind: view.parsed.kind,
    country: view.parsed.country,
    written: view.written,
    presentedAsContact: isContact(view),
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
