import { describe, expect, it } from 'vitest';
import { mergeBehaviour, mergeSamples } from '../../../src/background/merge-frames.ts';
import { EMPTY_TAB, TabStore, withFrame } from '../../../src/background/tab-state.ts';
import type { PageSample } from '../../../src/core/verdict/page-sample.ts';
import { MemoryStorage } from '../support/memory-storage.ts';

const sample = (url: string, text: string): PageSample => ({ url, title: url, lang: 'en', text, telLinks: [], phoneFields: 0 });

describe('tab records', () => {
  it('keep each frame apart and start afresh when the top frame moves to a new address', () => {
    let record = withFrame(EMPTY_TAB, 0, { sample: sample('http://a.test/', 'top') }, 'http://a.test/');
    record = withFrame(record, 3, { sample: sample('about:srcdoc', 'frame') }, undefined);
    expect(Object.keys(record.frames)).toEqual(['0', '3']);
    record = withFrame(record, 0, { sample: sample('http://a.test/next', 'next') }, 'http://a.test/next');
    expect(Object.keys(record.frames)).toEqual(['0']);
  });

  it('do not grow without bound on pages full of frames', () => {
    let record = withFrame(EMPTY_TAB, 0, { sample: sample('http://a.test/', 'top') }, 'http://a.test/');
    for (let id = 1; id < 100; id++) record = withFrame(record, id, { sample: sample('about:blank', `f${id}`) }, undefined);
    expect(Object.keys(record.frames).length).toBeLessThanOrEqual(12);
  });

  it('merge frames with the top frame leading, and sum page-world counts of the page\'s own origin', () => {
    let record = withFrame(EMPTY_TAB, 5, { sample: sample('about:srcdoc', 'Call +1 844 555 0164'), behaviour: { dialog: 2 }, origin: 'http://a.test' }, undefined);
    record = withFrame(record, 0, { sample: sample('http://a.test/', 'Windows Defender'), behaviour: { dialog: 3 } }, 'http://a.test/');
    expect(mergeSamples(record)).toMatchObject({ url: 'http://a.test/', text: 'Windows Defender\n\nCall +1 844 555 0164' });
    expect(mergeBehaviour(record)).toEqual({ dialog: 5 });
  });

  it('ignores lock-screen counts from frames of other origins: an ad cannot make its host page look locked', () => {
    let record = withFrame(EMPTY_TAB, 0, { sample: sample('https://news.example/', 'Today') }, 'https://news.example/');
    record = withFrame(record, 3, { behaviour: { fullscreenWithoutGesture: 9, dialog: 50 }, origin: 'https://ads.example' }, undefined);
    record = withFrame(record, 4, { behaviour: { dialog: 50 } }, undefined);
    expect(mergeBehaviour(record)).toEqual({});
  });
});

describe('TabStore', () => {
  it('serialises concurrent updates so no frame overwrites another', async () => {
    const store = new TabStore(new MemoryStorage());
    await Promise.all(
      Array.from({ length: 10 }, (_, id) => store.update(7, (r) => withFrame(r, id, { sample: sample('about:blank', `f${id}`) }, undefined))),
    );
    expect(Object.keys((await store.get(7))?.frames ?? {})).toHaveLength(10);
  });

  it('keeps each tab under `tab:<id>` in the session area, where the end-to-end tests read it', async () => {
    const area = new MemoryStorage();
    const store = new TabStore(area);
    await store.update(42, (r) => ({ ...r, dismissed: true }));
    expect([...area.data.keys()]).toEqual(['tab:42']);
    expect(area.data.get('tab:42')).toEqual({ ...EMPTY_TAB, dismissed: true });
  });

  it('lists the tabs it has records for and nothing else in the area', async () => {
    const area = new MemoryStorage();
    await area.set({ browserSessionStart: 1, 'report:abc': { json: '{}', tabId: 3 } });
    const store = new TabStore(area);
    await Promise.all([store.update(3, (r) => r), store.update(11, (r) => r)]);
    expect((await store.ids()).sort((a, b) => a - b)).toEqual([3, 11]);
  });

  it('reads a record that is not one as no record, and starts that tab afresh', async () => {
    const area = new MemoryStorage();
    await area.set({ 'tab:5': { frames: 'x' } });
    const store = new TabStore(area);
    expect(await store.get(5)).toBeUndefined();
    expect(await store.update(5, (r) => r)).toEqual(EMPTY_TAB);
  });

  it('forgets a tab', async () => {
    const store = new TabStore(new MemoryStorage());
    await store.update(1, (r) => ({ ...r, dismissed: true }));
    await store.clear(1);
    expect(await store.get(1)).toBeUndefined();
  });
});
