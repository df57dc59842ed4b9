/**
 * After a report: which numbers are now blocked, whether the report went out, where to report officially
 * in the user's country (and to the brand), and the report as text to paste into those forms. The heading
 * says what really happened: "Thank you" only when something was sent.
 */
import type { Translate } from '../shared/i18n.ts';
import type { SendReportReply } from '../shared/messages.ts';
import { brandById } from '../core/brands/brand-lexicon.ts';
import { reportChannels, type Channel } from '../shared/official-channels.ts';
import type { TabStateView } from '../shared/views.ts';
import { byId } from './dom.ts';

/** The country's official channels (names as the services write them), then the brand's, named in the user's language. */
function channels(view: TabStateView | undefined, t: Translate, lang: string): { channel: Channel; name: string }[] {
  const brand = view?.verdict?.brand;
  const found = reportChannels(lang, brand);
  const country = found.country.map((channel) => ({ channel, name: channel.name }));
  return brand && found.brand ? [...country, { channel: found.brand, name: t('sentBrandChannel', brandById(brand).name) }] : country;
}

export function showSent(reply: SendReportReply, report: { page: { url: string }; numbers: { e164: string }[] }, view: TabStateView | undefined, t: Translate, lang: string): void {
  const display = (n: string): string => view?.display[n] ?? n;
  byId('sent-blocked').textContent = reply.blocked.length > 0 ? t('sentBlocked', reply.blocked.map(display).join(', ')) : '';
  const delivery = { sent: 'sentDelivered', queued: 'sentQueued', failed: 'sentFailed', local: 'sentLocal' } as const;
  const title = { sent: 'sentTitleSent', queued: 'sentTitleQueued', failed: 'sentTitleFailed', local: 'sentTitleLocal' } as const;
  byId('sent-title').textContent = t(title[reply.delivery]);
  byId('sent-delivery').textContent = t(delivery[reply.delivery]);
  byId('official-channels').replaceChildren(
    ...channels(view, t, lang).map(({ channel, name }) => {
      const item = document.createElement('li');
      item.append(name);
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
