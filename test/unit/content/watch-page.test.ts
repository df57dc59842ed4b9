// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { watchPage, type PageChanges } from '../../../src/content/watch-page.ts';

const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 30));

function watch(options = { minInterval: 0, quietAfter: 10_000, maxRoots: 5 }): { changes: PageChanges[]; stop: () => void } {
  document.body.replaceChildren();
  const changes: PageChanges[] = [];
  const controller = new AbortController();
  watchPage(document, window, controller.signal, (c) => changes.push(c), options);
  return { changes, stop: () => controller.abort() };
}

describe('watching the page', () => {
  it('hands over where the page changed, in one batch', async () => {
    const { changes, stop } = watch();
    const list = document.createElement('ul');
    document.body.append(list);
    await settle();
    const items = [0, 1, 2].map((i) => Object.assign(document.createElement('li'), { textContent: `item ${i}` }));
    for (const item of items) list.append(item);
    await settle();
    // Only appended to: the part from the first new item on.
    expect(changes.at(-1)?.roots).toEqual([{ node: list, from: items[0] }]);
    expect(changes.at(-1)?.everything).toBe(false);
    stop();
  });

  it('keeps the earliest append when several batches arrive before a flush', async () => {
    const { changes, stop } = watch({ minInterval: 200, quietAfter: 10_000, maxRoots: 5 });
    const list = document.createElement('ul');
    document.body.append(list);
    await new Promise((r) => setTimeout(r, 250));
    const first = list.appendChild(document.createElement('li'));
    await Promise.resolve();
    await Promise.resolve();
    list.append(document.createElement('li'), document.createElement('li'));
    await new Promise((r) => setTimeout(r, 250));
    expect(changes.at(-1)?.roots).toEqual([{ node: list, from: first }]);
    stop();
  });

  it('hands over the whole node when it changed other than at its end', async () => {
    const { changes, stop } = watch();
    const list = document.createElement('ul');
    list.append(document.createElement('li'), document.createElement('li'));
    document.body.append(list);
    await settle();
    list.insertBefore(document.createElement('li'), list.firstChild);
    await settle();
    expect(changes.at(-1)?.roots).toEqual([{ node: list }]);
    // Appended, then something removed in the same batch: the whole node again.
    list.append(document.createElement('li'));
    list.firstChild?.remove();
    await settle();
    expect(changes.at(-1)?.roots).toEqual([{ node: list }]);
    stop();
  });

  it('ignores what the extension adds to <html>, but not what the page adds there', async () => {
    const { changes, stop } = watch();
    const own = document.createElement('helpdesk-guard-banner');
    own.setAttribute('data-helpdesk-guard', 'banner');
    document.documentElement.append(own);
    await settle();
    expect(changes).toEqual([]);
    const theirs = document.createElement('div');
    document.documentElement.append(theirs);
    await settle();
    expect(changes.at(-1)?.roots).toEqual([{ node: theirs }]);
    own.remove();
    theirs.remove();
    stop();
  });

  it('says "everything" when too much changed to list', async () => {
    const { changes, stop } = watch();
    for (let i = 0; i < 10; i++) {
      const section = document.createElement('section');
      section.append(document.createElement('p'));
      document.body.append(section);
    }
    for (const p of document.querySelectorAll('section > p')) p.textContent = 'changed';
    await settle();
    expect(changes.at(-1)).toMatchObject({ everything: true, roots: [] });
    stop();
  });

  it('stops when aborted', async () => {
    const { changes, stop } = watch();
    stop();
    document.body.append(document.createElement('div'));
    await settle();
    expect(changes).toEqual([]);
  });
});
