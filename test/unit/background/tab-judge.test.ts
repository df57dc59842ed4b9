import { describe, expect, it, vi } from 'vitest';
import { TabJudge, type TabJudgeDeps } from '../../../src/background/tab-judge.ts';
import { TabStore, type TabRecord } from '../../../src/background/tab-state.ts';
import { compileList } from '../../../src/core/blocklist/compiled-list.ts';
import { CLEAN_VERDICT } from '../../../src/core/verdict/verdict.ts';
import { defaultSettings } from '../../../src/shared/storage/settings.ts';
import { MemoryStorage } from '../support/memory-storage.ts';

function judge() {
  const tabs = new TabStore(new MemoryStorage());
  const showOnToolbar = vi.fn(async () => undefined);
  const pushToTab = vi.fn(async (): Promise<void> => undefined);
  const log = { warn: vi.fn() };
  const deps: TabJudgeDeps = {
    tabs,
    local: new MemoryStorage(),
    defaults: defaultSettings(6),
    activeList: async () => compileList({ format: 'helpdesk-guard-blocklist', formatVersion: 1, version: 1, generated: '2026-01-01T00:00:00Z', entries: [], allow: [], domains: [] }),
    translator: async () => ({ t: (key) => key, lang: 'en' }),
    showOnToolbar,
    pushToTab,
    openExtensionPage: vi.fn(async () => undefined),
    log,
  };
  return { judge: new TabJudge(deps), tabs, showOnToolbar, pushToTab, log };
}

const red = (documentId: string): TabRecord => ({ topUrl: 'http://x.test/', frames: {}, verdict: { ...CLEAN_VERDICT, level: 'scam' }, dismissed: false, documentId });
const sample = { url: 'http://scam.test/', title: 'Windows Defender', lang: 'en', text: 'Your computer has been locked. Virus detected. Do not close this page. Call Microsoft Support: +1 844 555 0147', telLinks: [], phoneFields: 0 };

describe('TabJudge', () => {
  it('judges a scan, sets the toolbar and answers with the banner', async () => {
    const { judge: g, showOnToolbar } = judge();
    const reply = await g.handleScan(3, 0, sample, 'doc1');
    expect(reply.banner?.level).toBe('scam');
    expect(showOnToolbar).toHaveBeenLastCalledWith(3, 'scam', expect.any(Function));
  });

  it('keeps a verdict when only a subframe loaded, even if the page reported while it asked', async () => {
    const { judge: g, tabs } = judge();
    await tabs.update(1, () => red('old'));
    await g.handleLoaded(1, async () => {
      // The new document reports while the background is still waiting for the ping's answer.
      await tabs.update(1, () => red('new'));
      return 'new';
    });
    expect((await tabs.get(1))?.verdict?.level).toBe('scam');
  });

  it('drops the verdict when the top frame no longer answers (a PDF, a browser page)', async () => {
    const { judge: g, tabs, showOnToolbar } = judge();
    await tabs.update(1, () => red('old'));
    await g.handleLoaded(1, async () => {
      throw new Error('Receiving end does not exist');
    });
    expect(await tabs.get(1)).toBeUndefined();
    expect(showOnToolbar).toHaveBeenLastCalledWith(1, 'clean', expect.any(Function));
  });

  it('a tab with no content script to receive is expected and stays quiet; any other failure is logged', async () => {
    const { judge: g, tabs, pushToTab, log } = judge();
    pushToTab.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await tabs.update(1, () => red('old'));
    await g.handleLoaded(1, async () => undefined);
    expect(pushToTab).toHaveBeenCalled();
    expect(log.warn).not.toHaveBeenCalled();
    const broken = new TypeError('message could not be cloned');
    pushToTab.mockRejectedValue(broken);
    await tabs.update(2, () => red('old'));
    await g.handleLoaded(2, async () => undefined);
    expect(log.warn).toHaveBeenCalledWith(expect.any(String), broken);
  });

  it('a new document in the top frame starts the tab afresh; subframes cannot reset it', async () => {
    const { judge: g, tabs } = judge();
    await tabs.update(1, () => red('old'));
    await g.handleHello(1, 2, 'sub');
    expect((await tabs.get(1))?.documentId).toBe('old');
    await g.handleHello(1, 0, 'new');
    expect(await tabs.get(1)).toMatchObject({ documentId: 'new', verdict: undefined });
  });

  it('a page that said hello but passed no gate is checked and clean, with its site named for the popup', async () => {
    const { judge: g } = judge();
    expect((await g.tabView(4)).status).toBe('not-scanned');
    await g.handleHello(4, 0, 'quiet', 'https://library.example/opening-hours');
    expect(await g.tabView(4)).toMatchObject({ status: 'scanned', host: 'library.example', verdict: undefined });
    expect(await g.reportSource(4)).toMatchObject({ url: 'https://library.example/opening-hours', verdict: undefined });
  });

  it('a single-page app that changes its route keeps its document name', async () => {
    const { judge: g, tabs } = judge();
    await g.handleHello(5, 0, 'spa', 'https://app.example/');
    await g.handleScan(5, 0, { ...sample, url: 'https://app.example/' }, 'spa');
    await g.handleScan(5, 0, { ...sample, url: 'https://app.example/route-2' }, 'spa');
    expect(await tabs.get(5)).toMatchObject({ documentId: 'spa', topUrl: 'https://app.example/route-2' });
  });

  it('keeps what subframes reported before the top frame said hello', async () => {
    const { judge: g, tabs } = judge();
    await g.handleScan(2, 7, { ...sample, url: 'about:srcdoc' });
    await g.handleHello(2, 0, 'top');
    expect(Object.keys((await tabs.get(2))?.frames ?? {})).toEqual(['7']);
  });

  it('page-world signals only add to a page: a lock-screen page with a mild text turns red', async () => {
    const { judge: g } = judge();
    const mild = { ...sample, text: 'Microsoft: threats detected. Call +1 844 555 0147' };
    expect((await g.handleScan(5, 0, mild, 'd')).banner?.level).toBe('suspicious');
    const reply = await g.handleBehaviour(5, 0, { dialog: 5, fullscreenWithoutGesture: 1, historyPush: 40 });
    expect(reply.banner?.level).toBe('scam');
  });
});
