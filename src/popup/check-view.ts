/** "Check a number": any format in, each number found out with what the lists say about it. */
import type { Translate } from '../shared/i18n.ts';
import { send } from '../shared/send-to-background.ts';
import { byId } from './dom.ts';
import { numberItem } from './render-verdict.ts';

const ADVICE = { listed: 'checkListed', reported: 'checkReported', official: 'checkOfficial', unknown: 'checkUnknown' } as const;

export async function check(text: string, t: Translate): Promise<void> {
  const reply = await send({ type: 'check-number', text });
  byId('check-none').hidden = reply.results.length > 0;
  byId('check-results').replaceChildren(
    ...reply.results.map((r) => {
      const item = numberItem(document, r.display, r.status, t);
      item.append(Object.assign(document.createElement('p'), { className: 'advice', textContent: t(ADVICE[r.status]) }));
      return item;
    }),
  );
}

export function setUpCheck(initial: string | null, t: Translate): void {
  const input = byId<HTMLInputElement>('check-input');
  byId<HTMLFormElement>('check-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void check(input.value, t);
  });
  if (initial) {
    input.value = initial;
    void check(initial, t);
  }
}
