/**
 * After a report: which numbers are now blocked, whether the report went out, where to report officially
 * in the user's country (and to the brand), and the report as text to paste into those forms.
 */
import type { Translate } from '../shared/i18n.ts';
import type { SendReportReply } from '../shared/messages.ts';
import { channelsFor } from '../shared/official-channels.ts';
import { browser } from '../shared/platform.ts';
import type { TabStateView } from '../shared/views.ts';
import { byId } from './dom.ts';

export function showSent(reply: SendReportReply, report: { page: { url: string }; numbers: { e164: string }[] }, view: TabStateView | undefined, t: Translate, lang: string): void {
  const display = (n: string): string => view?.display[n] ?? n;
  byId('sent-blocked').textContent = reply.blocked.length > 0 ? t('sentBlocked', reply.blocked.map(display).join(', ')) : '';
  const delivery = { sent: 'sentDelivered', queued: 'sentQueued', failed: 'sentFailed', local: 'sentLocal' } as const;
  byId('sent-delivery').textContent = t(delivery[reply.delivery]);
  byId('official-channels').replaceChildren(
    ...channelsFor(browser.i18n.getUILanguage(), view?.verdict?.brand).map((channel) => {
      const item = document.createElement('li');
      item.append(channel.name);
      if (channel.phone) item.append(` · ${channel.phone}`);
      if (channel.email) item.append(` · ${channel.email}`);
      if (channel.url) {
        item.append(' · ');
        item.append(Object.assign(document.createElement('a'), { href: channel.url, target: '_blank', rel: 'noreferrer', textContent: new URL(channel.url).hostname }));
      }
      return item;
    }),
  );
  const date = new Date().toLocaleDateString(lang);
  const text = byId<HTMLTextAreaElement>('copy-text');
  text.value = t('copyText', report.page.url, report.numbers.map((n) => display(n.e164)).join(', ') || '–', date);
  byId('copy-button').onclick = () => {
    void navigator.clipboard.writeText(text.value).then(() => {
      byId('copy-done').hidden = false;
    });
  };
}
