/**
 * The tab judge: the background's verdict on each tab. (Not to be confused with the content script's
 * page-life.ts, which runs in the page, or banner-keeper.ts, which keeps the banner on screen.)
 * What the background does with each message, independent of how messages arrive (message-router.ts) and of
 * the real browser (index.ts passes the APIs in). Evidence from a frame → a verdict for the tab → toolbar,
 * and a banner model back to the page.
 */
import type { CompiledList } from '../core/blocklist/compiled-list.ts';
import type { BehaviourCounts } from '../core/verdict/behaviour.ts';
import type { PageSample } from '../core/verdict/page-sample.ts';
import type { Verdict, VerdictLevel } from '../core/verdict/verdict.ts';
import { hostOf } from '../core/web/host-of.ts';
import type { Translate } from '../shared/i18n.ts';
import type { BackgroundPush, BannerAction, ScanReply } from '../shared/messages.ts';
import { readSettings, type Settings } from '../shared/storage/settings.ts';
import type { StorageArea } from '../shared/storage/storage-area.ts';
import { isTrustedSite, readUserLists } from '../shared/storage/user-lists.ts';
import type { TabStateView } from '../shared/views.ts';
import { formatNumber } from '../shared/format-number.ts';
import { consoleLogger, unlessNoReceiver, type Logger } from '../shared/log.ts';
import { bannerFor } from './banner-model.ts';
import { evaluateTab } from './evaluate-tab.ts';
import { forDocument, withFrame, type FrameRecord, type TabRecord, type TabStore } from './tab-state.ts';
import type { LocalisedTranslator } from './translator.ts';

export interface TabJudgeDeps {
  readonly tabs: TabStore;
  readonly local: StorageArea;
  readonly defaults: Settings;
  readonly activeList: () => Promise<CompiledList | undefined>;
  readonly translator: (language: Settings['language']) => Promise<LocalisedTranslator>;
  readonly showOnToolbar: (tabId: number, level: VerdictLevel, t: Translate) => Promise<void>;
  readonly pushToTab: (tabId: number, message: BackgroundPush, frameId?: number) => Promise<void>;
  readonly openExtensionPage: (tabId: number, page: 'leave' | 'report' | 'not-a-scam') => Promise<void>;
  /** Where real failures go (a tab without a content script is expected and stays quiet); the console by default. */
  readonly log?: Logger;
}

/** New evidence from one frame of a tab. */
interface FrameEvidence {
  readonly frameId: number;
  readonly frame: FrameRecord;
  /** The page's address, when the top frame reported it. */
  readonly topUrl: string | undefined;
}

/** A tab judged again on what it already reported: after a list update, a trust or a report. */
const NO_NEW_EVIDENCE = 'no-new-evidence';

export class TabJudge {
  readonly #log: Logger;

  constructor(private readonly deps: TabJudgeDeps) {
    this.#log = deps.log ?? consoleLogger();
  }

  handleScan(tabId: number, frameId: number, sample: PageSample, documentId?: string): Promise<ScanReply> {
    return this.#judge(tabId, { frameId, frame: { sample }, topUrl: frameId === 0 ? sample.url : undefined }, frameId === 0 ? documentId : undefined);
  }

  /** A new document in the top frame: whatever the tab showed before no longer applies. */
  async handleHello(tabId: number, frameId: number, documentId: string, url?: string): Promise<void> {
    if (frameId !== 0) return;
    const before = await this.deps.tabs.get(tabId);
    if (before?.documentId === documentId) return;
    // The address comes from the browser (the sender's frame), not from the page: the popup names the site
    // and offers "report" and "safe" for a page that passed no gate and so never sent a sample.
    await this.deps.tabs.update(tabId, (record) => ({ ...forDocument(record, documentId), helloUrl: url }));
    if (before?.verdict && before.verdict.level !== 'clean') await this.#showClean(tabId);
    // Subframes of the new page may have reported before it said hello; their reports went with the old
    // record, so every frame that has something to say is asked to say it again.
    if (before?.documentId !== undefined && Object.keys(before.frames).some((id) => id !== '0')) {
      await this.deps.pushToTab(tabId, { type: 'send-sample' }).catch(unlessNoReceiver(this.#log, 'ask frames to report again'));
    }
  }

  /**
   * The tab finished loading something. If its top frame still holds the document it reported, a subframe
   * navigated and the verdict stands; if the top frame has a new document or none that answers (a PDF, a
   * browser page), the old verdict goes.
   */
  async handleLoaded(tabId: number, askTopFrame: () => Promise<string | undefined>): Promise<void> {
    if (!(await this.deps.tabs.get(tabId))?.documentId) return;
    const current = await askTopFrame().catch(() => undefined);
    // Decided against the record as it is after the answer: the new page may have reported meanwhile.
    const cleared = await this.deps.tabs.clearIf(tabId, (record) => record.documentId !== undefined && record.documentId !== current);
    if (!cleared) return;
    await this.#showClean(tabId);
    // The answer may have come from the document being unloaded (Firefox answers from it during a reload):
    // whatever page is there now is asked to report again. If none answers, clean was right.
    await this.deps.pushToTab(tabId, { type: 'send-sample' }, 0).catch(unlessNoReceiver(this.#log, 'ask the new page to report'));
  }

  /** Page-world signals only ever add evidence; they are kept per frame and summed for the tab. */
  /** `from`: the sending frame's origin or address, as the browser (not the page) gives it. */
  handleBehaviour(tabId: number, frameId: number, behaviour: BehaviourCounts, from?: string): Promise<ScanReply> {
    let origin: string | undefined;
    try {
      origin = from ? new URL(from).origin : undefined;
    } catch {
      origin = undefined;
    }
    return this.#judge(tabId, { frameId, frame: { behaviour, origin }, topUrl: undefined });
  }

  async handleBannerAction(tabId: number, action: BannerAction): Promise<void> {
    if (action === 'dismiss') {
      await this.deps.tabs.update(tabId, (r) => ({ ...r, dismissed: true }));
      return;
    }
    await this.deps.openExtensionPage(tabId, action === 'not-a-scam' ? 'not-a-scam' : action);
  }

  /** Judges tabs again with the current lists and settings (after a list update, a trust or a report). */
  async rejudge(tabId?: number): Promise<void> {
    const ids = tabId === undefined ? await this.deps.tabs.ids() : [tabId];
    for (const id of ids) {
      const existing = await this.deps.tabs.get(id);
      if (!existing) continue;
      await this.#judge(id, NO_NEW_EVIDENCE).catch(unlessNoReceiver(this.#log, `judge tab ${id} again`));
    }
  }

  /** A navigation in the tab: the old page's verdict no longer applies. */
  async forgetTab(tabId: number): Promise<void> {
    await this.deps.tabs.clear(tabId);
    await this.#showClean(tabId);
  }

  async #showClean(tabId: number): Promise<void> {
    const { settings } = await readSettings(this.deps.local, this.deps.defaults);
    const { t } = await this.deps.translator(settings.language);
    await this.deps.showOnToolbar(tabId, 'clean', t).catch(unlessNoReceiver(this.#log, 'clear the toolbar'));
  }

  /** What a report about this tab is made of. */
  async reportSource(tabId: number): Promise<{ url: string; title: string; verdict: Verdict | undefined } | undefined> {
    const record = await this.deps.tabs.get(tabId);
    const url = record?.topUrl ?? record?.helloUrl;
    if (!record || !url) return undefined;
    return { url, title: record.frames['0']?.sample?.title ?? '', verdict: record.verdict };
  }

  async tabView(tabId: number): Promise<TabStateView> {
    const record = await this.deps.tabs.get(tabId);
    const user = await readUserLists(this.deps.local);
    const host = hostOf(record?.topUrl ?? record?.helloUrl);
    return {
      tabId,
      // A page that said hello has been through the gate: no verdict then means nothing phone-shaped on it.
      status: record?.verdict || record?.documentId !== undefined ? 'scanned' : 'not-scanned',
      host,
      verdict: record?.verdict,
      trustedSite: host !== undefined && isTrustedSite(user, host),
      dismissed: record?.dismissed ?? false,
      display: Object.fromEntries((record?.verdict?.numbers ?? []).map((n) => [n.e164, formatNumber(n.e164)])),
    };
  }

  /** Records what one frame reported (if anything) and judges the whole tab on everything it has reported. */
  async #judge(tabId: number, evidence: FrameEvidence | typeof NO_NEW_EVIDENCE, documentId?: string): Promise<ScanReply> {
    const [{ settings }, user, list] = await Promise.all([
      readSettings(this.deps.local, this.deps.defaults),
      readUserLists(this.deps.local),
      this.deps.activeList(),
    ]);
    let previous: VerdictLevel = 'clean';
    const record = await this.deps.tabs.update(tabId, (current) => {
      const base = forDocument(current, documentId);
      const updated = evidence === NO_NEW_EVIDENCE ? base : withFrame(base, evidence.frameId, evidence.frame, evidence.topUrl);
      previous = base === current && (updated === current || updated.topUrl === current.topUrl) ? (current.verdict?.level ?? 'clean') : 'clean';
      return { ...updated, verdict: evaluateTab(updated, { list, user, settings }) };
    });
    const level = record.verdict?.level ?? 'clean';
    const { t, lang } = await this.deps.translator(settings.language);
    await this.deps.showOnToolbar(tabId, level, t);
    const banner = record.dismissed || !record.verdict ? undefined : bannerFor(record.verdict, t, lang);
    // Other frames (the top frame, when the number sat in an iframe) learn of a changed verdict by push.
    if (level !== previous || evidence === NO_NEW_EVIDENCE) await this.deps.pushToTab(tabId, { type: 'verdict', banner }).catch(unlessNoReceiver(this.#log, 'show the banner'));
    // A number in an iframe and the brand in the page: the top frame may not have passed its own gate.
    if (evidence !== NO_NEW_EVIDENCE && evidence.frameId > 0 && !record.frames['0']?.sample) await this.deps.pushToTab(tabId, { type: 'send-sample' }, 0).catch(unlessNoReceiver(this.#log, 'ask the top frame to report'));
    return { banner };
  }
}

export type { TabRecord };
